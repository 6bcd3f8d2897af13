import type { Answer } from '../assessment/answer'
import { isAnswerShared } from '../assessment/answer-edits'
import type { Assessment } from '../assessment/assessment'
import type { Questionnaire } from '../questionnaire/schema'

/**
 * What the team chose to let leave the machine. The defaults protect the country: sensitive items
 * follow their own share flag (internal unless ticked), and evidence notes and team names stay
 * home unless included here.
 */
export interface SharingChoices {
  includeEvidence: boolean
  includeTeam: boolean
}

export const DEFAULT_SHARING: SharingChoices = { includeEvidence: false, includeTeam: false }

/** The assessment reduced to what may be shared: everything downstream is computed from this. */
export interface SharedAssessment {
  answers: Record<string, Answer>
  /** How many answered items were kept internal (only the count leaves the machine). */
  withheldCount: number
  team: Assessment['profile']['team']
  choices: SharingChoices
}

/**
 * Applies the sharing choices. Withheld items are removed entirely — not blanked — so no score,
 * list, count per section or metadata computed later can reveal them.
 */
export function shareableAssessment(
  questionnaire: Questionnaire,
  assessment: Assessment,
  choices: SharingChoices,
): SharedAssessment {
  const answers: Record<string, Answer> = {}
  let withheldCount = 0
  for (const item of questionnaire.sections.flatMap((section) => section.items)) {
    const answer = assessment.answers[item.id]
    if (!answer) continue
    if (!isAnswerShared(answer, item)) {
      withheldCount++
      continue
    }
    answers[item.id] = choices.includeEvidence
      ? answer
      : { ...answer, evidence: { notes: '', references: [] }, context: answer.context }
  }
  return {
    answers,
    withheldCount,
    team: choices.includeTeam ? assessment.profile.team : [],
    choices,
  }
}
