import type { NeedTier } from '../scoring/tiers'

/** English labels of the exported report; kept together so a translation is one file away. */
export const REPORT_LABELS = {
  title: 'Cyber capacity-building needs report',
  exampleBanner: 'Example: a fictional country, for demonstration only',
  tiers: { 'act-now': 'Act now', plan: 'Plan', monitor: 'Monitor', met: 'Met' } satisfies Record<
    NeedTier,
    string
  >,
  levels: ['Absent', 'Initial', 'Formalised', 'Operational', 'Sustained and shared'],
  priorities: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
} as const

export function levelLabel(level: number): string {
  return `${level} ${REPORT_LABELS.levels[level] ?? ''}`.trim()
}
