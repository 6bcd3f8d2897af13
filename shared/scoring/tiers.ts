/** Need tiers, most urgent first (content basis c.1). */
export const NEED_TIERS = ['act-now', 'plan', 'monitor', 'met'] as const
export type NeedTier = (typeof NEED_TIERS)[number]

/** A need score at or above this is "act now". */
export const ACT_NOW_SCORE = 12
/** A need score at or above this (and below act-now) is "plan". */
export const PLAN_SCORE = 6
/** A critical-priority item with a gap of at least this is "act now" whatever its score. */
export const CRITICAL_ACT_NOW_GAP = 2

/**
 * The tier of one item. "Met" means no gap; a critical item two or more levels short is always
 * "act now", so a non-enabler critical need is never buried under weighted arithmetic.
 */
export function tierOf(gap: number, needScore: number, isCritical: boolean): NeedTier {
  if (gap <= 0) return 'met'
  if (needScore >= ACT_NOW_SCORE || (isCritical && gap >= CRITICAL_ACT_NOW_GAP)) return 'act-now'
  if (needScore >= PLAN_SCORE) return 'plan'
  return 'monitor'
}

export function tierRank(tier: NeedTier): number {
  return NEED_TIERS.indexOf(tier)
}
