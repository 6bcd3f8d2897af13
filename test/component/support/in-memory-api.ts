import type {
  AppApi,
  AssessmentSummary,
  MenuCommand,
  QuestionnaireSummary,
} from '../../../shared/api/contract'
import { fail, ok, type ApiResult } from '../../../shared/api/result'
import {
  Assessment,
  AssessmentProfile,
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
} from '../../../shared/assessment/assessment'
import type { Questionnaire } from '../../../shared/questionnaire/schema'

/**
 * An in-memory AppApi for component tests. It `satisfies AppApi`, so it cannot drift from the
 * contract; it keeps assessments in a Map and lets a test hold saves open to observe "Saving…".
 */
export function createInMemoryApi(questionnaire: Questionnaire) {
  const assessments = new Map<string, Assessment>()
  const saves: Assessment[] = []
  const trash = new Map<string, Assessment>()
  const menuListeners = new Set<(command: MenuCommand) => void>()
  let nextId = 1
  let saveGate: Promise<void> = Promise.resolve()

  const summary: QuestionnaireSummary = {
    id: questionnaire.id,
    version: questionnaire.version,
    title: questionnaire.title.en,
    itemCount: questionnaire.sections.reduce((n, s) => n + s.items.length, 0),
  }

  const api = {
    getAppInfo: async () => ok({ name: 'Test', version: '0.0.0', isDesktop: false }),
    listQuestionnaires: async () => ok([summary]),
    getQuestionnaire: async (ref): Promise<ApiResult<Questionnaire>> =>
      ref.id === questionnaire.id && ref.version === questionnaire.version
        ? ok(questionnaire)
        : fail('not-found', 'no such questionnaire'),
    listAssessments: async () =>
      ok({ assessments: [...assessments.values()].map(summarize), problems: [] }),
    createAssessment: async (request) => {
      const now = new Date().toISOString()
      const assessment = Assessment.parse({
        format: ASSESSMENT_FORMAT,
        formatVersion: ASSESSMENT_FORMAT_VERSION,
        id: `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`,
        createdAt: now,
        updatedAt: now,
        questionnaire: request.questionnaire,
        profile: AssessmentProfile.parse(request.profile),
      })
      assessments.set(assessment.id, assessment)
      return ok(assessment)
    },
    loadAssessment: async (id) => {
      const found = assessments.get(id)
      return found ? ok(found) : fail('not-found', 'gone')
    },
    saveAssessment: async (assessment) => {
      await saveGate
      saves.push(assessment)
      const updatedAt = new Date().toISOString()
      assessments.set(assessment.id, { ...assessment, updatedAt })
      return ok({ updatedAt })
    },
    deleteAssessment: async (id) => {
      const found = assessments.get(id)
      if (!found) return fail('not-found', 'gone')
      assessments.delete(id)
      trash.set(id, found)
      return ok(null)
    },
    restoreAssessment: async (id) => {
      const found = trash.get(id)
      if (!found) return fail('not-found', 'gone')
      trash.delete(id)
      assessments.set(id, found)
      return ok(null)
    },
    duplicateAssessment: async (id) => {
      const found = assessments.get(id)
      if (!found) return fail('not-found', 'gone')
      const copy = {
        ...found,
        id: `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`,
        derivedFrom: id,
      }
      assessments.set(copy.id, copy)
      return ok(copy)
    },
    exportWorkingCopy: async () => fail('cancelled', 'not in component tests'),
    openFile: async () => fail('cancelled', 'not in component tests'),
    openDroppedFile: async () => fail('invalid-request', 'not in component tests'),
    exportReport: async () => fail('cancelled', 'not in component tests'),
    exportShortlist: async () => fail('cancelled', 'not in component tests'),
    listCollections: async () => ok([]),
    exportRegionalReport: async () => fail('cancelled', 'not in component tests'),
    createCollection: async () => fail('internal', 'not in component tests'),
    getCollection: async () => fail('not-found', 'not in component tests'),
    importSubmissions: async () => fail('cancelled', 'not in component tests'),
    importDroppedSubmissions: async () => fail('cancelled', 'not in component tests'),
    chooseSubmission: async () => fail('not-found', 'not in component tests'),
    getSigningKey: async () => ok({ fingerprint: null }),
    createSigningKey: async () => ok({ fingerprint: '0000 1111' }),
    onFileOpened: () => () => undefined,
    onImportProgress: () => () => undefined,
    onMenuCommand: (listener) => {
      menuListeners.add(listener)
      return () => menuListeners.delete(listener)
    },
  } satisfies AppApi

  return {
    api,
    assessments,
    saves,
    sendMenuCommand: (command: MenuCommand) =>
      menuListeners.forEach((listener) => listener(command)),
    /** Holds every save until the returned function is called. */
    holdSaves: () => {
      let release!: () => void
      saveGate = new Promise((resolve) => (release = resolve))
      return release
    },
  }
}

function summarize(assessment: Assessment): AssessmentSummary {
  return {
    id: assessment.id,
    country: assessment.profile.country,
    period: assessment.profile.period,
    title: assessment.profile.title,
    leadAgency: assessment.profile.leadAgency,
    questionnaire: assessment.questionnaire,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
    isArchived: assessment.isArchived,
    answeredCount: Object.values(assessment.answers).filter((a) => a.current).length,
  }
}
