import { createStore } from 'zustand/vanilla'
import type { AppApi } from '../../../../shared/api/contract'
import type { Assessment } from '../../../../shared/assessment/assessment'
import type { Questionnaire } from '../../../../shared/questionnaire/schema'
import { unwrap } from '../../api/app-api'

/** What the "Saved / Saving…" indicator shows. */
export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error'

export interface AssessmentSessionState {
  status: 'loading' | 'ready' | 'error'
  errorMessage: string
  assessment: Assessment | null
  questionnaire: Questionnaire | null
  saveStatus: SaveStatus
  saveError: string
  lastSavedAt: string
}

/** Autosave waits this long after the last change, so typing is one save, not one per key. */
export const AUTOSAVE_DELAY_MS = 600

/**
 * One open assessment and its autosave. Every change reaches disk within about a second;
 * saves never overlap, and a change made during a save is saved right after it.
 */
export function createAssessmentSession(api: AppApi, delayMs = AUTOSAVE_DELAY_MS) {
  const store = createStore<AssessmentSessionState>()(() => ({
    status: 'loading',
    errorMessage: '',
    assessment: null,
    questionnaire: null,
    saveStatus: 'saved',
    saveError: '',
    lastSavedAt: '',
  }))
  let timer: ReturnType<typeof setTimeout> | undefined
  let saving: Promise<void> | null = null

  async function load(id: string): Promise<void> {
    try {
      const assessment = unwrap(await api.loadAssessment(id))
      const questionnaire = unwrap(await api.getQuestionnaire(assessment.questionnaire))
      store.setState({
        status: 'ready',
        assessment,
        questionnaire,
        lastSavedAt: assessment.updatedAt,
      })
    } catch (error) {
      store.setState({
        status: 'error',
        errorMessage: error instanceof Error ? error.message : String(error),
      })
    }
  }

  function update(recipe: (assessment: Assessment) => Assessment): void {
    const current = store.getState().assessment
    if (!current) return
    store.setState({ assessment: recipe(current), saveStatus: 'unsaved' })
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), delayMs)
  }

  async function flush(): Promise<void> {
    clearTimeout(timer)
    if (saving) {
      await saving
      return store.getState().saveStatus === 'unsaved' ? flush() : undefined
    }
    const snapshot = store.getState().assessment
    if (!snapshot || store.getState().saveStatus !== 'unsaved') return
    store.setState({ saveStatus: 'saving' })
    saving = api.saveAssessment(snapshot).then((result) => {
      const changedMeanwhile = store.getState().assessment !== snapshot
      if (result.ok) {
        store.setState({
          saveStatus: changedMeanwhile ? 'unsaved' : 'saved',
          saveError: '',
          lastSavedAt: result.value.updatedAt,
        })
      } else {
        store.setState({ saveStatus: 'error', saveError: result.error.message })
      }
    })
    try {
      await saving
    } finally {
      saving = null
    }
    if (store.getState().saveStatus === 'unsaved') await flush()
  }

  return { store, load, update, flush }
}

export type AssessmentSession = ReturnType<typeof createAssessmentSession>
