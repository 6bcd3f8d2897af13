import { MAX_LEVEL, type ItemScore, type ScoredItem } from './item-score'
import { NEED_TIERS, type NeedTier } from './tiers'

export interface LevelSpread {
  mean: number
  min: number
  median: number
  max: number
}

/** One section's figures. Numbers are over its scored items only (rated 0–4). */
export interface SectionScore {
  sectionId: string
  itemCount: number
  scoredCount: number
  dontKnowCount: number
  notApplicableCount: number
  unansweredCount: number
  /** Current levels: mean with min/median/max, so an average cannot hide zeros. Null if none rated. */
  current: LevelSpread | null
  /** Mean target level of the scored items. Null if none rated. */
  meanTarget: number | null
  /** Σg / Σ4 over scored items, 0–100: how far the section is from full maturity at equal weight. */
  gapPercent: number | null
  /** Σ(g·w) / Σ(4·w), 0–100: the same, weighted by the team's priorities. */
  weightedGapPercent: number | null
  tierCounts: Record<NeedTier, number>
}

export function emptyTierCounts(): Record<NeedTier, number> {
  return Object.fromEntries(NEED_TIERS.map((tier) => [tier, 0])) as Record<NeedTier, number>
}

export function spreadOf(levels: readonly number[]): LevelSpread | null {
  if (levels.length === 0) return null
  const sorted = [...levels].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return {
    mean: sorted.reduce((sum, level) => sum + level, 0) / sorted.length,
    min: sorted[0]!,
    median,
    max: sorted[sorted.length - 1]!,
  }
}

export function scoreSection(sectionId: string, items: readonly ItemScore[]): SectionScore {
  const scored = items.filter((item): item is ScoredItem => item.status === 'scored')
  const tierCounts = emptyTierCounts()
  for (const item of scored) tierCounts[item.tier]++
  const sumGap = scored.reduce((sum, item) => sum + item.gap, 0)
  const sumWeightedGap = scored.reduce((sum, item) => sum + item.gap * item.weight, 0)
  const sumWeights = scored.reduce((sum, item) => sum + item.weight, 0)
  const hasScores = scored.length > 0
  return {
    sectionId,
    itemCount: items.length,
    scoredCount: scored.length,
    dontKnowCount: items.filter((item) => item.status === 'dont-know').length,
    notApplicableCount: items.filter((item) => item.status === 'not-applicable').length,
    unansweredCount: items.filter((item) => item.status === 'unanswered').length,
    current: spreadOf(scored.map((item) => item.current)),
    meanTarget: hasScores
      ? scored.reduce((sum, item) => sum + item.target, 0) / scored.length
      : null,
    gapPercent: hasScores ? (100 * sumGap) / (MAX_LEVEL * scored.length) : null,
    weightedGapPercent: hasScores ? (100 * sumWeightedGap) / (MAX_LEVEL * sumWeights) : null,
    tierCounts,
  }
}
