import type { QuestionnaireSummary } from '../../../shared/api/contract'
import { fail, ok, type ApiResult } from '../../../shared/api/result'
import type { QuestionnaireRef } from '../../../shared/assessment/assessment'
import { localize } from '../../../shared/questionnaire/localized-text'
import { Questionnaire } from '../../../shared/questionnaire/schema'
import coreQuestionnaire from '../../../questionnaires/cyber-capacity-core.json'

/** The questionnaires shipped with the app, bundled at build time so no file lookup can fail. */
const BUNDLED: readonly unknown[] = [coreQuestionnaire]

/** Looks questionnaires up by id and version. Parsed once; a bad bundled file fails at start-up. */
export class QuestionnaireCatalog {
  private readonly questionnaires: Questionnaire[]

  constructor(sources: readonly unknown[] = BUNDLED) {
    this.questionnaires = sources.map((source) => Questionnaire.parse(source))
  }

  summaries(): QuestionnaireSummary[] {
    return this.questionnaires.map((questionnaire) => ({
      id: questionnaire.id,
      version: questionnaire.version,
      title: localize(questionnaire.title, 'en'),
      itemCount: questionnaire.sections.reduce((count, section) => count + section.items.length, 0),
    }))
  }

  /** The questionnaire regional aggregation maps submissions onto: the newest bundled one. */
  reference(): Questionnaire {
    return this.questionnaires[0]!
  }

  get(ref: QuestionnaireRef): ApiResult<Questionnaire> {
    const found = this.questionnaires.find((q) => q.id === ref.id && q.version === ref.version)
    return found
      ? ok(found)
      : fail(
          'not-found',
          `The questionnaire ${ref.id} version ${ref.version} is not available in this app.`,
        )
  }
}
