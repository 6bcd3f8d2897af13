import { localize } from '../questionnaire/localized-text'
import type { Item, MaturityLevel } from '../questionnaire/schema'
import type { Answer } from './answer'
import { hasOpenGap } from './answer-edits'

/** The walk-through's filters: which items to show. */
export const ITEM_FILTERS = ['all', 'unanswered', 'dont-know', 'gaps', 'sensitive'] as const
export type ItemFilter = (typeof ITEM_FILTERS)[number]

export interface ItemQuery {
  filter: ItemFilter
  /** Free text, or a norm letter such as "f", "(f)" or "norm f". */
  text: string
}

const NORM_QUERY = /^(?:norm\s*)?\(?([a-k])\)?$/i

/** Whether an item, with its answer, passes the filter and the text search. */
export function matchesItemQuery(
  item: Item,
  answer: Answer | undefined,
  query: ItemQuery,
  options: { language: string; defaultTarget: MaturityLevel; isShared: boolean },
): boolean {
  return (
    passesFilter(answer, query.filter, options) && matchesText(item, query.text, options.language)
  )
}

function passesFilter(
  answer: Answer | undefined,
  filter: ItemFilter,
  options: { defaultTarget: MaturityLevel; isShared: boolean },
): boolean {
  switch (filter) {
    case 'all':
      return true
    case 'unanswered':
      return answer?.current === undefined
    case 'dont-know':
      return answer?.current?.kind === 'dont-know'
    case 'gaps':
      return answer !== undefined && hasOpenGap(answer, options.defaultTarget)
    case 'sensitive':
      return !options.isShared
  }
}

function matchesText(item: Item, text: string, language: string): boolean {
  const query = text.trim()
  if (query === '') return true
  const norm = NORM_QUERY.exec(query)?.[1]?.toLowerCase()
  if (norm) return item.references.un.some((anchor) => anchor.norm === norm)
  const needle = query.toLocaleLowerCase(language)
  return [item.code, localize(item.statement, language), localize(item.guidance, language)].some(
    (field) => field.toLocaleLowerCase(language).includes(needle),
  )
}
