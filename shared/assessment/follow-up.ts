import type { Questionnaire } from '../questionnaire/schema'
import type { Answer, CurrentRating } from './answer'
import type { Assessment } from './assessment'

/** How one item's rating moved between an earlier assessment and its follow-up. */
export interface ItemChange {
  itemId: string
  sectionId: string
  before: RatingSnapshot
  after: RatingSnapshot
  /** after − before current level, when both are rated levels; otherwise undefined. */
  levelDelta: number | undefined
}

export interface RatingSnapshot {
  current: CurrentRating | undefined
  target: number | undefined
  priority: Answer['priority']
}

function snapshot(answer: Answer | undefined): RatingSnapshot {
  return { current: answer?.current, target: answer?.target, priority: answer?.priority }
}

function sameRating(a: RatingSnapshot, b: RatingSnapshot): boolean {
  const sameCurrent =
    a.current?.kind === b.current?.kind &&
    (a.current?.kind !== 'level' ||
      b.current?.kind !== 'level' ||
      a.current.level === b.current.level)
  return sameCurrent && a.target === b.target && a.priority === b.priority
}

/**
 * The items whose current level, target or priority changed since the earlier assessment, in
 * questionnaire order. Evidence edits are not counted: a follow-up is about where the country
 * stands, and notes are expected to be rewritten.
 */
export function ratingChanges(
  questionnaire: Questionnaire,
  earlier: Assessment,
  later: Assessment,
): ItemChange[] {
  const changes: ItemChange[] = []
  for (const section of questionnaire.sections) {
    for (const item of section.items) {
      const before = snapshot(earlier.answers[item.id])
      const after = snapshot(later.answers[item.id])
      if (sameRating(before, after)) continue
      const levelDelta =
        before.current?.kind === 'level' && after.current?.kind === 'level'
          ? after.current.level - before.current.level
          : undefined
      changes.push({ itemId: item.id, sectionId: section.id, before, after, levelDelta })
    }
  }
  return changes
}
