import type { Answer } from '../assessment/answer'
import type { Questionnaire } from '../questionnaire/schema'
import { scoreItem, type ItemScore, type ScoredItem } from './item-score'
import { isQuickWin, offersOf, orderNeeds, type Offer } from './need-lists'
import {
  emptyTierCounts,
  scoreSection,
  spreadOf,
  type LevelSpread,
  type SectionScore,
} from './section-score'
import type { NeedTier } from './tiers'

/** Below this level a prerequisite blocks the items that depend on it. */
export const PREREQUISITE_MIN_LEVEL = 2

export interface AssessmentScores {
  /** Every item, in questionnaire order. */
  items: ItemScore[]
  byItemId: ReadonlyMap<string, ItemScore>
  sections: SectionScore[]
  /** Scored items with a gap, most pressing first. */
  needs: ScoredItem[]
  quickWins: ScoredItem[]
  offers: Offer[]
  /** "Don't know" answers: to resolve through inter-agency consultation. */
  assessmentGaps: string[]
  unanswered: string[]
  tierCounts: Record<NeedTier, number>
  overall: { current: LevelSpread | null; answeredCount: number; itemCount: number }
}

/**
 * Scores one assessment against its own targets. There is deliberately no function that takes two
 * countries: the method measures a State against its own ambition and never ranks States.
 */
export function scoreAssessment(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, Answer>>,
): AssessmentScores {
  const items: ItemScore[] = []
  const itemOrder = new Map<string, number>()
  for (const section of questionnaire.sections) {
    for (const item of section.items) {
      itemOrder.set(item.id, items.length)
      items.push(scoreItem(item, section.id, answers[item.id], questionnaire.scale))
    }
  }
  const byItemId = new Map(items.map((item) => [item.itemId, item]))
  markBlocked(questionnaire, items, byItemId)

  const sections = questionnaire.sections.map((section) =>
    scoreSection(
      section.id,
      section.items.map((item) => byItemId.get(item.id)!),
    ),
  )
  const scored = items.filter((item): item is ScoredItem => item.status === 'scored')
  const needs = orderNeeds(scored, answers, questionnaire, itemOrder)
  const tierCounts = emptyTierCounts()
  for (const item of scored) tierCounts[item.tier]++

  return {
    items,
    byItemId,
    sections,
    needs,
    quickWins: needs.filter((item) => isQuickWin(item, answers[item.itemId])),
    offers: offersOf(questionnaire, answers),
    assessmentGaps: items.filter((item) => item.status === 'dont-know').map((item) => item.itemId),
    unanswered: items.filter((item) => item.status === 'unanswered').map((item) => item.itemId),
    tierCounts,
    overall: {
      current: spreadOf(scored.map((item) => item.current)),
      answeredCount: items.filter((item) => item.status !== 'unanswered').length,
      itemCount: items.length,
    },
  }
}

/**
 * Tags items whose prerequisites are rated below Formalised, or "don't know". The tag is
 * information only: the dependent item's score is unchanged, so the arithmetic stays transparent.
 * Unanswered prerequisites do not block: the team has simply not reached them yet.
 */
function markBlocked(
  questionnaire: Questionnaire,
  items: ItemScore[],
  byItemId: ReadonlyMap<string, ItemScore>,
): void {
  const prerequisitesOf = new Map(
    questionnaire.sections.flatMap((section) =>
      section.items.map((item) => [item.id, item.prerequisites] as const),
    ),
  )
  for (const item of items) {
    if (item.status === 'not-applicable') continue
    for (const prerequisiteId of prerequisitesOf.get(item.itemId) ?? []) {
      const prerequisite = byItemId.get(prerequisiteId)
      const isBelow =
        prerequisite?.status === 'dont-know' ||
        (prerequisite?.status === 'scored' && prerequisite.current < PREREQUISITE_MIN_LEVEL)
      if (isBelow) item.blockedBy.push(prerequisiteId)
    }
  }
}
