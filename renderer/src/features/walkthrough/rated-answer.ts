import type { Answer } from '../../../../shared/assessment/answer'

/**
 * An answer without its evidence. The item card subscribes to this projection (compared field by
 * field), so typing evidence notes re-renders only the evidence fields, not the whole card.
 */
export type RatedAnswer = Omit<Answer, 'evidence'>

export const BLANK_RATED_ANSWER: RatedAnswer = {
  supportKinds: [],
  modalities: [],
  readiness: { hasCounterpart: false, hasStaff: false, hasCoFunding: false },
  canOffer: false,
  offerKinds: [],
  context: '',
}

export function ratedPart(answer: Answer | undefined): RatedAnswer {
  if (!answer) return BLANK_RATED_ANSWER
  const { evidence, ...rated } = answer
  return rated
}
