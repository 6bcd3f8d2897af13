import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { createHomeStore } from '../../../renderer/src/features/home/home-store'
import { HomeScreen } from '../../../renderer/src/features/home/HomeScreen'
import { createInMemoryApi } from '../support/in-memory-api'
import { tinyQuestionnaire } from '../support/tiny-questionnaire'

function renderHome(backend = createInMemoryApi(tinyQuestionnaire), onOpen = vi.fn()) {
  const store = createHomeStore(backend.api)
  function Harness() {
    const [isCreating, setCreating] = useState(false)
    return <HomeScreen store={store} onOpen={onOpen} isCreating={isCreating} onCreatingChange={setCreating} />
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
    expect(created?.profile).toMatchObject({ country: 'GHA', leadAgency: 'Cyber Security Authority' })
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
    const row = (await screen.findByRole('button', { name: /Uruguay/ })).closest('tr')!
    expect(within(row).getByText('2025–2026')).toBeInTheDocument()
    expect(within(row).getByText('0 of 2 items')).toBeInTheDocument()
  })
})
