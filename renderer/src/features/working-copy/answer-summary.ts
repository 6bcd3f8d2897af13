import type { TFunction } from 'i18next'
import type { Answer } from '../../../../shared/assessment/answer'
import { localize } from '../../../../shared/questionnaire/localized-text'
import type { Questionnaire } from '../../../../shared/questionnaire/schema'

/** One answer as short lines a coordinator can compare side by side. */
export function summarizeAnswer(
  answer: Answer | undefined,
  questionnaire: Questionnaire,
  t: TFunction,
  language: string,
): string[] {
  if (!answer) return [t('merge.notAnswered')]
  const levelName = (level: number) =>
    `${level} ${localize(questionnaire.scale.levels[level]?.label ?? { en: '' }, language)}`
  const lines: string[] = []
  const current = answer.current
  if (!current) lines.push(t('merge.noCurrent'))
  else if (current.kind === 'level')
    lines.push(t('merge.current', { level: levelName(current.level) }))
  else if (current.kind === 'dont-know') lines.push(t('walkthrough.dontKnow'))
  else lines.push(t('merge.notApplicable', { reason: current.reason || '—' }))
  if (answer.target !== undefined)
    lines.push(t('merge.target', { level: levelName(answer.target) }))
  if (answer.priority) lines.push(t('merge.priority', { priority: answer.priority }))
  if (answer.evidence.notes) lines.push(t('merge.notes', { notes: answer.evidence.notes }))
  if (answer.supportKinds.length > 0)
    lines.push(t('merge.support', { count: answer.supportKinds.length }))
  return lines
}
