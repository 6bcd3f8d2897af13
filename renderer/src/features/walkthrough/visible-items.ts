import { isAnswerShared } from '../../../../shared/assessment/answer-edits'
import type { Assessment } from '../../../../shared/assessment/assessment'
import { matchesItemQuery, type ItemQuery } from '../../../../shared/assessment/item-filter'
import type { Item, Questionnaire } from '../../../../shared/questionnaire/schema'

/**
 * The ids of the items that pass the walk-through's filters, joined into one string so a zustand
 * selector can compare it by value: a keystroke in a notes field leaves it unchanged, and the
 * navigator does not re-render.
 */
export function visibleItemKey(
  questionnaire: Questionnaire,
  assessment: Assessment | null,
  query: ItemQuery,
  language: string,
): string {
  const ids: string[] = []
  for (const section of questionnaire.sections) {
    for (const item of section.items) {
      const answer = assessment?.answers[item.id]
      const options = {
        language,
        defaultTarget: questionnaire.scale.defaultTarget,
        isShared: answer ? isAnswerShared(answer, item) : !item.isSensitive,
      }
      if (matchesItemQuery(item, answer, query, options)) ids.push(item.id)
    }
  }
  return ids.join('\n')
}

export function splitItemKey(key: string): string[] {
  return key === '' ? [] : key.split('\n')
}

/** Answered counts per section, as one comparable string ("3/7,0/5,…"). */
export function sectionProgressKey(
  questionnaire: Questionnaire,
  assessment: Assessment | null,
): string {
  return questionnaire.sections
    .map((section) => {
      const answered = section.items.filter((item) => assessment?.answers[item.id]?.current).length
      return `${answered}/${section.items.length}`
    })
    .join(',')
}

export function itemIndex(
  questionnaire: Questionnaire,
): Map<string, { item: Item; sectionId: string }> {
  const index = new Map<string, { item: Item; sectionId: string }>()
  for (const section of questionnaire.sections) {
    for (const item of section.items) index.set(item.id, { item, sectionId: section.id })
  }
  return index
}
