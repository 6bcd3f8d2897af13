import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { createHomeStore } from '../../../renderer/src/features/home/home-store'
import { HomeScreen } from '../../../renderer/src/features/home/HomeScreen'
import { createInMemoryApi } from '../support/in-memory-api'
import { tinyQuestionnaire } from '../../support/tiny-questionnaire'

function renderHome(backend = createInMemoryApi(tinyQuestionnaire), onOpen = vi.fn()) {
  const store = createHomeStore(backend.api)
  function Harness() {
    const [isCreating, setCreating] = useState(false)
    return (
      <HomeScreen
        store={store}
        onOpen={onOpen}
        isCreating={isCreating}
        onCreatingChange={setCreating}
      />
    )
  }
  render(<Harness />)
  return { backend, onOpen }
}

describe('HomeScreen', () => {
  it('invites a first-time user to start an assessment', async () => {
    renderHome()
    expect(await screen.findByRole('heading', { name: 'No assessments yet' })).toBeInTheDocument()
  })

  it('asks for a country and a period before creating anything', async () => {
    const { backend } = renderHome()
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: /New assessment/ }))
    const dialog = screen.getByRole('dialog', { name: 'New assessment' })
    await user.clear(within(dialog).getByLabelText(/Assessment period/))
    await user.click(within(dialog).getByRole('button', { name: 'Create assessment' }))

    expect(within(dialog).getByText('Choose the country being assessed.')).toBeInTheDocument()
    expect(within(dialog).getByText('Enter the period the assessment covers.')).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/Country/)).toHaveAttribute('aria-invalid', 'true')
    expect(backend.assessments.size).toBe(0)
  })

  it('creates an assessment for the chosen country and opens it', async () => {
    const { backend, onOpen } = renderHome()
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: /New assessment/ }))
    const dialog = screen.getByRole('dialog', { name: 'New assessment' })
    await user.selectOptions(within(dialog).getByLabelText(/Country/), 'Ghana')
    await user.type(within(dialog).getByLabelText('Lead agency'), 'Cyber Security Authority')
    await user.click(within(dialog).getByRole('button', { name: 'Create assessment' }))

    const [created] = [...backend.assessments.values()]
    expect(created?.profile).toMatchObject({
      country: 'GHA',
      leadAgency: 'Cyber Security Authority',
    })
    expect(onOpen).toHaveBeenCalledWith(created?.id)
  })

  it('closes the form with Escape and returns focus to the button', async () => {
    renderHome()
    const user = userEvent.setup()
    const button = await screen.findByRole('button', { name: /New assessment/ })
    await user.click(button)
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(button).toHaveFocus()
  })

  it('lists saved assessments with their country name and progress', async () => {
    const backend = createInMemoryApi(tinyQuestionnaire)
    await backend.api.createAssessment({
      profile: { country: 'URY', period: '2025–2026' },
      questionnaire: { id: 'tiny', version: '1.0.0' },
    })
    renderHome(backend)
    const row = (
      await screen.findByRole('button', { name: /^Uruguay.*open the assessment/ })
    ).closest('tr')!
    expect(within(row).getByText('2025–2026')).toBeInTheDocument()
    expect(within(row).getByText('0 of 2 items')).toBeInTheDocument()
  })

  describe('managing assessments', () => {
    async function withTwo() {
      const backend = createInMemoryApi(tinyQuestionnaire)
      for (const [country, period] of [
        ['KEN', '2026'],
        ['FJI', '2025'],
      ] as const) {
        await backend.api.createAssessment({
          profile: { country, period },
          questionnaire: { id: 'tiny', version: '1.0.0' },
        })
      }
      const rendered = renderHome(backend)
      await screen.findByRole('button', { name: /^Kenya, 2026.*open the assessment/ })
      return { ...rendered, user: userEvent.setup() }
    }

    it('deletes only after confirmation and offers to undo', async () => {
      const { backend, user } = await withTwo()
      await user.click(screen.getByRole('button', { name: 'Delete the assessment of Kenya, 2026' }))
      const dialog = screen.getByRole('dialog', { name: /Delete the assessment of Kenya, 2026\?/ })
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
      expect(backend.assessments.size).toBe(2)

      await user.click(screen.getByRole('button', { name: 'Delete the assessment of Kenya, 2026' }))
      await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }))
      expect(
        await screen.findByText('The assessment of Kenya, 2026 was deleted.'),
      ).toBeInTheDocument()
      expect(
        screen.queryByRole('button', { name: /^Kenya.*open the assessment/ }),
      ).not.toBeInTheDocument()

      await user.click(screen.getByRole('button', { name: 'Undo' }))
      expect(
        await screen.findByRole('button', { name: /^Kenya, 2026.*open the assessment/ }),
      ).toBeInTheDocument()
      expect(backend.assessments.size).toBe(2)
    })

    it('hides archived assessments until asked, and can unarchive them', async () => {
      const { user } = await withTwo()
      await user.click(screen.getByRole('button', { name: 'Archive the assessment of Fiji, 2025' }))
      await screen.findByLabelText('Show 1 archived assessment')
      expect(
        screen.queryByRole('button', { name: /^Fiji.*open the assessment/ }),
      ).not.toBeInTheDocument()
      await user.click(screen.getByLabelText('Show 1 archived assessment'))
      await user.click(
        screen.getByRole('button', { name: 'Unarchive the assessment of Fiji, 2025' }),
      )
      await screen.findByRole('button', { name: /^Fiji, 2025.*open the assessment/ })
      expect(screen.queryByLabelText(/archived assessment/)).not.toBeInTheDocument()
    })

    it('starts a follow-up from a copy and opens it', async () => {
      const { backend, onOpen, user } = await withTwo()
      await user.click(screen.getByRole('button', { name: 'Start a follow-up of Kenya, 2026' }))
      expect(backend.assessments.size).toBe(3)
      const copy = [...backend.assessments.values()].find((a) => a.derivedFrom)
      expect(onOpen).toHaveBeenCalledWith(copy?.id)
    })
  })
})
