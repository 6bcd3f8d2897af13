import { describe, expect, it } from 'vitest'
import type { Assessment } from '../../../shared/assessment/assessment'
import { createAssessmentSession } from '../../../renderer/src/features/assessment/assessment-session'
import { createInMemoryApi } from '../support/in-memory-api'
import { tinyQuestionnaire } from '../../support/tiny-questionnaire'

async function openSession(delayMs = 10) {
  const backend = createInMemoryApi(tinyQuestionnaire)
  const created = await backend.api.createAssessment({
    profile: { country: 'KEN', period: '2026' },
    questionnaire: { id: 'tiny', version: '1.0.0' },
  })
  if (!created.ok) throw new Error('setup failed')
  const session = createAssessmentSession(backend.api, delayMs)
  await session.load(created.value.id)
  return { backend, session, id: created.value.id }
}

const retitle = (title: string) => (a: Assessment) => ({ ...a, profile: { ...a.profile, title } })

describe('autosave', () => {
  it('marks a change unsaved at once and saves it after a short pause', async () => {
    const { backend, session, id } = await openSession()
    session.update(retitle('Review'))
    expect(session.store.getState().saveStatus).toBe('unsaved')
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(session.store.getState().saveStatus).toBe('saved')
    expect(backend.assessments.get(id)?.profile.title).toBe('Review')
  })

  it('saves a burst of keystrokes as one write', async () => {
    const { backend, session } = await openSession(30)
    for (const title of ['R', 'Re', 'Rev', 'Revi', 'Review']) session.update(retitle(title))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(backend.saves.map((s) => s.profile.title)).toEqual(['Review'])
  })

  it('a change made while a save is running is saved right after it, never lost', async () => {
    const { backend, session, id } = await openSession()
    const release = backend.holdSaves()
    session.update(retitle('first'))
    const firstSave = session.flush()
    expect(session.store.getState().saveStatus).toBe('saving')
    session.update(retitle('second'))
    release()
    await firstSave
    await session.flush()
    expect(session.store.getState().saveStatus).toBe('saved')
    expect(backend.assessments.get(id)?.profile.title).toBe('second')
    expect(backend.saves.map((s) => s.profile.title)).toEqual(['first', 'second'])
  })

  it('shows why a save failed and keeps the change in memory', async () => {
    const { backend, session } = await openSession()
    backend.api.saveAssessment = async () => ({
      ok: false,
      error: { code: 'io-error', message: 'The disk is full.' },
    })
    session.update(retitle('kept'))
    await session.flush()
    expect(session.store.getState()).toMatchObject({
      saveStatus: 'error',
      saveError: 'The disk is full.',
    })
    expect(session.store.getState().assessment?.profile.title).toBe('kept')
  })
})
