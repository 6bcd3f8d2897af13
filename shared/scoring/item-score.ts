import type { Answer } from '../assessment/answer'
import type { AnswerScale, Item, MaturityLevel, Priority } from '../questionnaire/schema'
import { tierOf, type NeedTier } from './tiers'

/** The highest possible level: gaps and percentages are measured on the 0–4 scale. */
export const MAX_LEVEL = 4
/** Used when a team rated an item but left its priority blank; marked so the report says so. */
export const DEFAULT_PRIORITY: Priority = 'medium'

/** Why an item has no numbers: it is excluded (N/A), to be resolved (don't know), or not reached. */
export type ItemStatus = 'scored' | 'not-applicable' | 'dont-know' | 'unanswered'

interface ItemBase {
  itemId: string
  sectionId: string
  isEnabler: boolean
  /**
   * Prerequisites below Formalised, "don't know" or not yet answered. Information only: it never
   * changes the numbers. Always empty for "not applicable" items, which are not needs.
   */
  blockedBy: string[]
}

export interface ScoredItem extends ItemBase {
  status: 'scored'
  current: MaturityLevel
  target: MaturityLevel
  /** True when the team left the target blank and the questionnaire's default was used. */
  targetIsDefault: boolean
  priority: Priority
  priorityIsDefault: boolean
  /** Priority weight w (1–4 by default). */
  weight: number
  /** Enabler multiplier e (1 unless the item is an enabler). */
  multiplier: number
  /** g = max(0, target − current). */
  gap: number
  /** N = g × w × e. */
  needScore: number
  /** N as a share of the largest possible score on this questionnaire's scale, 0–100. */
  needPercent: number
  tier: NeedTier
}

export interface UnscoredItem extends ItemBase {
  status: Exclude<ItemStatus, 'scored'>
}

export type ItemScore = ScoredItem | UnscoredItem

/**
 * Scores one item against the team's own target. Only a rated level is scored: "don't know" is
 * never treated as 0, and "not applicable" is left out of every figure. `blockedBy` comes from
 * `blockersOf`, which needs the other answers.
 */
export function scoreItem(
  item: Item,
  sectionId: string,
  answer: Answer | undefined,
  scale: AnswerScale,
  blockedBy: readonly string[] = [],
): ItemScore {
  const current = answer?.current
  if (current === undefined || current.kind !== 'level') {
    const status = current === undefined ? 'unanswered' : current.kind
    // Written out rather than spread from a shared base: object spread here made scoring ten
    // times slower in bench/scoring.bench.ts.
    return {
      itemId: item.id,
      sectionId,
      isEnabler: item.isEnabler,
      blockedBy: status === 'not-applicable' ? [] : [...blockedBy],
      status,
    }
  }

  const target = answer?.target ?? scale.defaultTarget
  const priority = answer?.priority ?? DEFAULT_PRIORITY
  const weight = priorityWeight(scale, priority)
  const multiplier = item.isEnabler ? scale.enablerMultiplier : 1
  const gap = Math.max(0, target - current.level)
  const needScore = gap * weight * multiplier
  return {
    itemId: item.id,
    sectionId,
    isEnabler: item.isEnabler,
    blockedBy: [...blockedBy],
    status: 'scored',
    current: current.level,
    target,
    targetIsDefault: answer?.target === undefined,
    priority,
    priorityIsDefault: answer?.priority === undefined,
    weight,
    multiplier,
    gap,
    needScore,
    needPercent: (100 * needScore) / maxNeedScore(scale),
    tier: tierOf(gap, needScore, priority === 'critical'),
  }
}

/** The weight the questionnaire's scale gives a priority (low 1 … critical 4 by default). */
export function priorityWeight(scale: AnswerScale, priority: Priority): number {
  const found = scale.priorities.find((entry) => entry.id === priority)
  if (!found) throw new Error(`The questionnaire's scale has no weight for priority "${priority}".`)
  return found.weight
}

/** The largest score any item could reach: full gap, top weight, enabler. */
export function maxNeedScore(scale: AnswerScale): number {
  const topWeight = Math.max(...scale.priorities.map((entry) => entry.weight))
  return MAX_LEVEL * topWeight * Math.max(1, scale.enablerMultiplier)
}
