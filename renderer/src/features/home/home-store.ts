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
  refresh: () => Promise<void>
  create: (request: NewAssessmentRequest) => Promise<Assessment>
}

/** The home screen's state: the saved assessments and the questionnaires a new one can use. */
export function createHomeStore(api: AppApi) {
  return createStore<HomeState>()((set) => ({
    status: 'loading',
    errorMessage: '',
    assessments: [],
    problems: [],
    questionnaires: [],
    refresh: async () => {
      try {
        const [list, questionnaires] = await Promise.all([
          api.listAssessments().then(unwrap),
          api.listQuestionnaires().then(unwrap),
        ])
        set({ status: 'ready', errorMessage: '', ...list, questionnaires })
      } catch (error) {
        set({ status: 'error', errorMessage: error instanceof Error ? error.message : String(error) })
      }
    },
    create: async (request) => unwrap(await api.createAssessment(request)),
  }))
}

export type HomeStore = ReturnType<typeof createHomeStore>
