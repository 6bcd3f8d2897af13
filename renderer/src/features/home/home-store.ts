import { createStore } from 'zustand/vanilla'
import type {
  AppApi,
  AssessmentSummary,
  NewAssessmentRequest,
  QuestionnaireSummary,
  StorageProblem,
} from '../../../../shared/api/contract'
import type { Assessment } from '../../../../shared/assessment/assessment'
import { unwrap } from '../../api/app-api'

export interface HomeState {
  status: 'loading' | 'ready' | 'error'
  errorMessage: string
  assessments: AssessmentSummary[]
  problems: StorageProblem[]
  questionnaires: QuestionnaireSummary[]
  /** The last deletion, undoable for a short while. */
  recentlyDeleted: AssessmentSummary | null
  actionError: string
  refresh: () => Promise<void>
  create: (request: NewAssessmentRequest) => Promise<Assessment>
  duplicate: (id: string) => Promise<Assessment>
  remove: (summary: AssessmentSummary) => Promise<void>
  undoRemove: () => Promise<void>
  forgetRemoved: () => void
  setArchived: (id: string, isArchived: boolean) => Promise<void>
}

/** The home screen's state: the saved assessments and the questionnaires a new one can use. */
export function createHomeStore(api: AppApi) {
  return createStore<HomeState>()((set, get) => {
    /** Runs an action and refreshes the list; a failure is shown, never thrown at the user. */
    async function act(action: () => Promise<void>): Promise<void> {
      try {
        await action()
        set({ actionError: '' })
      } catch (error) {
        set({ actionError: error instanceof Error ? error.message : String(error) })
      }
      await get().refresh()
    }

    return {
      status: 'loading',
      errorMessage: '',
      assessments: [],
      problems: [],
      questionnaires: [],
      recentlyDeleted: null,
      actionError: '',
      refresh: async () => {
        try {
          const [list, questionnaires] = await Promise.all([
            api.listAssessments().then(unwrap),
            api.listQuestionnaires().then(unwrap),
          ])
          set({ status: 'ready', errorMessage: '', ...list, questionnaires })
        } catch (error) {
          set({
            status: 'error',
            errorMessage: error instanceof Error ? error.message : String(error),
          })
        }
      },
      create: async (request) => unwrap(await api.createAssessment(request)),
      duplicate: async (id) => unwrap(await api.duplicateAssessment(id)),
      remove: (summary) =>
        act(async () => {
          unwrap(await api.deleteAssessment(summary.id))
          set({ recentlyDeleted: summary })
        }),
      undoRemove: () =>
        act(async () => {
          const deleted = get().recentlyDeleted
          if (!deleted) return
          set({ recentlyDeleted: null })
          unwrap(await api.restoreAssessment(deleted.id))
        }),
      forgetRemoved: () => set({ recentlyDeleted: null }),
      setArchived: (id, isArchived) =>
        act(async () => {
          const assessment = unwrap(await api.loadAssessment(id))
          unwrap(await api.saveAssessment({ ...assessment, isArchived }))
        }),
    }
  })
}

export type HomeStore = ReturnType<typeof createHomeStore>
