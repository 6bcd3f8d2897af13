import type { Item, MaturityLevel } from '../questionnaire/schema'
import { Answer, type CurrentRating } from './answer'
import type { Assessment } from './assessment'

const BLANK: Answer = Answer.parse({})

/** The team's answer to `itemId`, or a blank one if the item is untouched. */
export function answerFor(assessment: Assessment, itemId: string): Answer {
  return assessment.answers[itemId] ?? BLANK
}

/** A copy of `assessment` with `patch` applied to one item's answer (other answers are shared). */
export function withAnswer(
  assessment: Assessment,
  itemId: string,
  patch: Partial<Answer>,
): Assessment {
  return {
    ...assessment,
    answers: { ...assessment.answers, [itemId]: { ...answerFor(assessment, itemId), ...patch } },
  }
}

/** Whether the item may leave the team: the team's choice, else shared unless sensitive. */
export function isAnswerShared(
  answer: Pick<Answer, 'isShared'>,
  item: Pick<Item, 'isSensitive'>,
): boolean {
  return answer.isShared ?? !item.isSensitive
}

/** The current level when one is rated; undefined for "don't know", N/A and unanswered. */
export function ratedLevel(current: CurrentRating | undefined): MaturityLevel | undefined {
  return current?.kind === 'level' ? current.level : undefined
}

/** Whether the answer shows a gap the team may want support for (target above current). */
export function hasOpenGap(
  answer: Pick<Answer, 'current' | 'target'>,
  defaultTarget: MaturityLevel,
): boolean {
  const level = ratedLevel(answer.current)
  return level !== undefined && (answer.target ?? defaultTarget) > level
}
