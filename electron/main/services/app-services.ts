import type { AppInfo } from '../../../shared/api/contract'
import { fail, ok } from '../../../shared/api/result'
import type { AppServices } from '../ipc/dispatch'
import { AssessmentRepository } from './assessment-repository'
import { QuestionnaireCatalog } from './questionnaire-catalog'

export interface AppServicesOptions {
  /** Folder holding one file per assessment. */
  dataDir: string
  appInfo: AppInfo
}

/**
 * Builds the plain-Node implementation of the API. The Electron shell and the browser test
 * harness both call this, so everything but the transport is the real thing in tests.
 */
export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const repository = new AssessmentRepository(options.dataDir)
  await repository.prepare()
  const catalog = new QuestionnaireCatalog()

  return {
    getAppInfo: async () => ok(options.appInfo),
    listQuestionnaires: async () => ok(catalog.summaries()),
    getQuestionnaire: async (ref) => catalog.get(ref),
    listAssessments: async () => ok(await repository.list()),
    createAssessment: async (request) => {
      const questionnaire = catalog.get(request.questionnaire)
      if (!questionnaire.ok) return questionnaire
      return ok(await repository.create(request.profile, request.questionnaire))
    },
    loadAssessment: async (id) => repository.load(id),
    saveAssessment: async (assessment) => {
      if (!catalog.get(assessment.questionnaire).ok) {
        return fail('unsupported-version', 'This assessment uses a questionnaire this app does not have.')
      }
      return ok(await repository.save(assessment))
    },
    deleteAssessment: async (id) => repository.remove(id),
  }
}
