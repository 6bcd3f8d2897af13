import type { Answer } from '../assessment/answer'
import type { Questionnaire } from '../questionnaire/schema'
import type { ScoredItem } from './item-score'
import { tierRank } from './tiers'

/**
 * Support kinds a team can usually arrange without a partner programme; a need asking only for
 * these (or for no outside support) is a quick win (content basis c.3).
 */
export const QUICK_WIN_SUPPORT_KINDS: readonly string[] = [
  'policy-legal-advice',
  'knowledge-resources',
]

/** A two-way offer: the country can support others on this item, with these kinds of support. */
export interface Offer {
  itemId: string
  offerKinds: string[]
}

/** Absorptive readiness is complete: a counterpart unit, staff, and co-funding. */
function isReady(answer: Answer | undefined): boolean {
  const readiness = answer?.readiness
  return (
    readiness !== undefined &&
    readiness.hasCounterpart &&
    readiness.hasStaff &&
    readiness.hasCoFunding
  )
}

/**
 * Needs (scored items with a gap) in report order (content basis c.3): tier, then need score, then
 * enablers, then the more urgent timeframe (the questionnaire lists timeframes most urgent first),
 * then complete readiness, then questionnaire order, so equal scores always come out the same way.
 * Tier comes before score so an "act now" critical item is never listed under a "plan" item.
 */
export function orderNeeds(
  scored: readonly ScoredItem[],
  answers: Readonly<Record<string, Answer>>,
  questionnaire: Questionnaire,
  itemOrder: ReadonlyMap<string, number>,
): ScoredItem[] {
  const timeframeIndex = new Map(questionnaire.timeframes.map((t, index) => [t.id, index]))
  const timeframeRank = (itemId: string) => {
    const id = answers[itemId]?.timeframe
    return (id === undefined ? undefined : timeframeIndex.get(id)) ?? Number.MAX_SAFE_INTEGER
  }
  return scored
    .filter((item) => item.gap > 0)
    .sort(
      (a, b) =>
        tierRank(a.tier) - tierRank(b.tier) ||
        b.needScore - a.needScore ||
        Number(b.isEnabler) - Number(a.isEnabler) ||
        timeframeRank(a.itemId) - timeframeRank(b.itemId) ||
        Number(isReady(answers[b.itemId])) - Number(isReady(answers[a.itemId])) ||
        (itemOrder.get(a.itemId) ?? 0) - (itemOrder.get(b.itemId) ?? 0),
    )
}

/** Needs the team can close with little outside help: no support needed, or only advice and resources. */
export function isQuickWin(item: ScoredItem, answer: Answer | undefined): boolean {
  if (item.gap < 1 || !answer) return false
  if (answer.supportNeed === 'no') return true
  return (
    answer.supportKinds.length > 0 &&
    answer.supportKinds.every((kind) => QUICK_WIN_SUPPORT_KINDS.includes(kind))
  )
}

/** Items where the country says it can help others, in questionnaire order, whatever their rating. */
export function offersOf(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, Answer>>,
): Offer[] {
  return questionnaire.sections.flatMap((section) =>
    section.items.flatMap((item) => {
      const answer = answers[item.id]
      return answer?.canOffer ? [{ itemId: item.id, offerKinds: [...answer.offerKinds] }] : []
    }),
  )
}
