import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createAssessmentSession } from '../../../renderer/src/features/assessment/assessment-session'
import { WalkthroughView } from '../../../renderer/src/features/walkthrough/WalkthroughView'
import { createWalkthroughStore } from '../../../renderer/src/features/walkthrough/walkthrough-store'
import { createInMemoryApi } from '../support/in-memory-api'
import { tinyQuestionnaire } from '../../support/tiny-questionnaire'

async function renderWalkthrough() {
  const backend = createInMemoryApi(tinyQuestionnaire)
  const created = await backend.api.createAssessment({
    profile: { country: 'KEN', period: '2026' },
    questionnaire: { id: 'tiny', version: '1.0.0' },
  })
  if (!created.ok) throw new Error('setup failed')
  const session = createAssessmentSession(backend.api, 5)
  await session.load(created.value.id)
  const walkthrough = createWalkthroughStore('strategy.national-strategy')
  render(
    <WalkthroughView
      questionnaire={tinyQuestionnaire}
      session={session}
      walkthrough={walkthrough}
    />,
  )
  const answer = (itemId: string) => session.store.getState().assessment?.answers[itemId]
  return { session, answer, user: userEvent.setup() }
}

const card = (code: string) => screen.getByText(code).closest('article') as HTMLElement

describe('the walk-through', () => {
  it('rates current level, target and priority from the keyboard, then moves on', async () => {
    const { answer, user } = await renderWalkthrough()
    card('A1').focus()
    await user.keyboard('1{Shift>}3{/Shift}h')
    expect(answer('strategy.national-strategy')).toMatchObject({
      current: { kind: 'level', level: 1 },
      target: 3,
      priority: 'high',
    })
    await user.keyboard('{PageDown}')
    expect(screen.queryByText('A1')).not.toBeInTheDocument()
    expect(card('G1')).toHaveFocus()
    expect(screen.getByText('Item 2 of 2')).toBeInTheDocument()
  })

  it('shows the support panel only once there is a gap', async () => {
    const { user } = await renderWalkthrough()
    card('A1').focus()
    await user.keyboard('4')
    expect(screen.queryByRole('region', { name: /support needed/i })).not.toBeInTheDocument()
    await user.keyboard('1')
    expect(screen.getByRole('region', { name: /support needed/i })).toBeInTheDocument()
  })

  it("keeps don't know apart and asks why an item does not apply", async () => {
    const { answer, user } = await renderWalkthrough()
    card('A1').focus()
    await user.keyboard('d')
    expect(answer('strategy.national-strategy')?.current).toEqual({ kind: 'dont-know' })
    await user.keyboard('n')
    await user.type(screen.getByLabelText('Why it does not apply'), 'No such sector')
    expect(answer('strategy.national-strategy')?.current).toEqual({
      kind: 'not-applicable',
      reason: 'No such sector',
    })
  })

  it("filters to don't-know items and searches by text", async () => {
    const { user } = await renderWalkthrough()
    card('A1').focus()
    await user.keyboard('d')
    await user.selectOptions(screen.getByLabelText('Show'), 'dont-know')
    expect(screen.getByText('1 matching item')).toBeInTheDocument()
    await user.selectOptions(screen.getByLabelText('Show'), 'unanswered')
    expect(card('G1')).toBeInTheDocument()
    await user.selectOptions(screen.getByLabelText('Show'), 'all')
    await user.type(screen.getByLabelText('Search'), 'point of contact')
    expect(screen.getByText('1 matching item')).toBeInTheDocument()
    expect(card('G1')).toBeInTheDocument()
  })

  it('lists a whole section and counts answers per section in the navigator', async () => {
    const { user } = await renderWalkthrough()
    card('A1').focus()
    await user.keyboard('2')
    const nav = screen.getByRole('navigation', { name: 'Sections' })
    expect(within(nav).getByRole('button', { name: /Strategy and governance/ })).toHaveTextContent(
      '1 of 1',
    )
    await user.click(within(nav).getByRole('button', { name: /Confidence-building/ }))
    expect(card('G1')).toHaveFocus()
    await user.selectOptions(screen.getByLabelText('View'), 'list')
    expect(screen.getAllByRole('article')).toHaveLength(1)
  })
})
