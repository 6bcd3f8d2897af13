import type { CurrentRating } from '../assessment/answer'
import type { Item } from '../questionnaire/schema'

/** Below this level (2, Formalised) a prerequisite blocks the items that depend on it. */
export const PREREQUISITE_MIN_LEVEL = 2

/**
 * Whether a prerequisite rated this way holds back the items that depend on it. A prerequisite
 * that is not rated (unanswered or "don't know") blocks too: nobody can yet say it is in place.
 * "Not applicable" does not: the State has decided the prerequisite does not apply to it.
 */
export function isBlocking(rating: CurrentRating | undefined): boolean {
  if (rating === undefined) return true
  switch (rating.kind) {
    case 'level':
      return rating.level < PREREQUISITE_MIN_LEVEL
    case 'dont-know':
      return true
    case 'not-applicable':
      return false
  }
}

/**
 * The prerequisites of `item` that block it, in the order the questionnaire lists them. Ids the
 * questionnaire does not contain are ignored (validation reports them; scoring must not crash).
 */
export function blockersOf(
  item: Item,
  ratingOf: (itemId: string) => CurrentRating | undefined,
  isKnownItem: (itemId: string) => boolean,
): string[] {
  return item.prerequisites.filter((id) => isKnownItem(id) && isBlocking(ratingOf(id)))
}
