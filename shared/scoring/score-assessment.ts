import type { Answer } from '../assessment/answer'
import type { Questionnaire } from '../questionnaire/schema'
import { scoreItem, type ItemScore, type ScoredItem } from './item-score'
import { isQuickWin, offersOf, orderNeeds, type Offer } from './need-lists'
import { blockersOf } from './prerequisites'
import {
  figuresOf,
  scoreSection,
  type ItemFigures,
  type LevelSpread,
  type SectionScore,
} from './section-score'
import type { NeedTier } from './tiers'

/** The whole assessment in figures: the same definitions as a section, plus the list sizes. */
export interface AssessmentTotals extends ItemFigures {
  /** Items with any rating, including "don't know" and "not applicable". */
  answeredCount: number
  needCount: number
  quickWinCount: number
  offerCount: number
  /** Needs tagged "blocked by" at least one prerequisite. */
  blockedNeedCount: number
}

export interface AssessmentScores {
  /** Every item, in questionnaire order. */
  items: ItemScore[]
  byItemId: ReadonlyMap<string, ItemScore>
  sections: SectionScore[]
  /** Scored items with a gap, most pressing first. */
  needs: ScoredItem[]
  /** Needs the team can close with little outside help, in needs order. */
  quickWins: ScoredItem[]
  offers: Offer[]
  /** "Don't know" answers, in questionnaire order: to resolve through inter-agency consultation. */
  assessmentGaps: string[]
  /** Items with no rating yet, in questionnaire order. */
  unanswered: string[]
  totals: AssessmentTotals
  /** Same object as `totals.tierCounts`; kept for the dashboard's tier summary. */
  tierCounts: Record<NeedTier, number>
  /** The dashboard's completion line; the same figures as in `totals`. */
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
  const itemOrder = new Map<string, number>()
  for (const section of questionnaire.sections) {
    for (const item of section.items) itemOrder.set(item.id, itemOrder.size)
  }
  const ratingOf = (itemId: string) => answers[itemId]?.current
  const isKnownItem = (itemId: string) => itemOrder.has(itemId)

  const items: ItemScore[] = []
  const sections = questionnaire.sections.map((section) => {
    const sectionItems = section.items.map((item) =>
      scoreItem(
        item,
        section.id,
        answers[item.id],
        questionnaire.scale,
        blockersOf(item, ratingOf, isKnownItem),
      ),
    )
    items.push(...sectionItems)
    return scoreSection(section.id, sectionItems)
  })

  const scored = items.filter((item): item is ScoredItem => item.status === 'scored')
  const needs = orderNeeds(scored, answers, questionnaire, itemOrder)
  const quickWins = needs.filter((item) => isQuickWin(item, answers[item.itemId]))
  const offers = offersOf(questionnaire, answers)
  const figures = figuresOf(items)
  const totals: AssessmentTotals = {
    ...figures,
    answeredCount: figures.itemCount - figures.unansweredCount,
    needCount: needs.length,
    quickWinCount: quickWins.length,
    offerCount: offers.length,
    blockedNeedCount: needs.filter((need) => need.blockedBy.length > 0).length,
  }

  return {
    items,
    byItemId: new Map(items.map((item) => [item.itemId, item])),
    sections,
    needs,
    quickWins,
    offers,
    assessmentGaps: idsWithStatus(items, 'dont-know'),
    unanswered: idsWithStatus(items, 'unanswered'),
    totals,
    tierCounts: totals.tierCounts,
    overall: {
      current: totals.current,
      answeredCount: totals.answeredCount,
      itemCount: totals.itemCount,
    },
  }
}

function idsWithStatus(items: readonly ItemScore[], status: ItemScore['status']): string[] {
  return items.filter((item) => item.status === status).map((item) => item.itemId)
}
