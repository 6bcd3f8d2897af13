import { MAX_LEVEL, type ItemScore } from './item-score'
import { NEED_TIERS, type NeedTier } from './tiers'

/** Current levels of a group of items: an average never travels without its spread. */
export interface LevelSpread {
  mean: number
  /**
   * Population standard deviation: the rated items are the whole group being described, not a
   * sample of a larger one, so the divisor is n.
   */
  standardDeviation: number
  min: number
  median: number
  max: number
}

/** The figures of any group of items (a section, or the whole assessment). */
export interface ItemFigures {
  itemCount: number
  /** Items rated 0–4: the only ones in the numbers below. */
  scoredCount: number
  dontKnowCount: number
  notApplicableCount: number
  unansweredCount: number
  /** Null if no item is rated. */
  current: LevelSpread | null
  /** Mean target level of the scored items. Null if none rated. */
  meanTarget: number | null
  /** Σg / (4 × n) over the n scored items, 0–100: distance from full maturity, items counted equally. */
  gapPercent: number | null
  /** Σ(g·w) / Σ(4·w) over the scored items, 0–100: the same, weighted by the team's priorities. */
  weightedGapPercent: number | null
  tierCounts: Record<NeedTier, number>
}

export interface SectionScore extends ItemFigures {
  sectionId: string
}

export function emptyTierCounts(): Record<NeedTier, number> {
  return Object.fromEntries(NEED_TIERS.map((tier) => [tier, 0])) as Record<NeedTier, number>
}

export function spreadOf(levels: readonly number[]): LevelSpread | null {
  if (levels.length === 0) return null
  const sorted = [...levels].sort((a, b) => a - b)
  const mean = sorted.reduce((sum, level) => sum + level, 0) / sorted.length
  const variance = sorted.reduce((sum, level) => sum + (level - mean) ** 2, 0) / sorted.length
  const middle = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return {
    mean,
    standardDeviation: Math.sqrt(variance),
    min: sorted[0]!,
    median,
    max: sorted[sorted.length - 1]!,
  }
}

/** One pass over the items: counts by status, then the numbers over the scored ones. */
export function figuresOf(items: readonly ItemScore[]): ItemFigures {
  const counts = { 'dont-know': 0, 'not-applicable': 0, unanswered: 0 }
  const tierCounts = emptyTierCounts()
  const levels: number[] = []
  let sumTarget = 0
  let sumGap = 0
  let sumWeightedGap = 0
  let sumWeights = 0
  for (const item of items) {
    if (item.status !== 'scored') {
      counts[item.status]++
      continue
    }
    tierCounts[item.tier]++
    levels.push(item.current)
    sumTarget += item.target
    sumGap += item.gap
    sumWeightedGap += item.gap * item.weight
    sumWeights += item.weight
  }
  const n = levels.length
  return {
    itemCount: items.length,
    scoredCount: n,
    dontKnowCount: counts['dont-know'],
    notApplicableCount: counts['not-applicable'],
    unansweredCount: counts.unanswered,
    current: spreadOf(levels),
    meanTarget: n > 0 ? sumTarget / n : null,
    gapPercent: n > 0 ? (100 * sumGap) / (MAX_LEVEL * n) : null,
    weightedGapPercent: n > 0 ? (100 * sumWeightedGap) / (MAX_LEVEL * sumWeights) : null,
    tierCounts,
  }
}

export function scoreSection(sectionId: string, items: readonly ItemScore[]): SectionScore {
  return { sectionId, ...figuresOf(items) }
}
