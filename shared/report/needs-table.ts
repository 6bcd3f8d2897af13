import { REPORT_LABELS } from './report-labels'
import type { ReportModel } from './report-model'

export type Cell = string | number

/** The needs list as rows, for spreadsheets: one row per need, in report order. */
export function needsTable(model: ReportModel): { headers: string[]; rows: Cell[][] } {
  const headers = [
    'Rank',
    'Country',
    'Period',
    'Item code',
    'Item',
    'Section',
    'Current level',
    'Target level',
    'Target is default',
    'Priority',
    'Need score',
    'Tier',
    'Support needed',
    'Kinds of support',
    'Preferred modalities (ranked)',
    'Timeframe',
    'Counterpart named',
    'Staff available',
    'Co-funding available',
    'UN anchors',
    'Blocked by',
    'Context',
  ]
  const yesNo = (value: boolean) => (value ? 'yes' : 'no')
  const rows = model.needs.map((need, index): Cell[] => [
    index + 1,
    model.meta.country,
    model.meta.period,
    need.code,
    need.statement,
    need.sectionCode,
    need.current,
    need.target,
    yesNo(need.targetIsDefault),
    REPORT_LABELS.priorities[need.priority],
    need.needScore,
    REPORT_LABELS.tiers[need.tier],
    need.supportNeed ?? '',
    need.supportKinds.map((kind) => kind.label).join('; '),
    need.modalities.map((modality) => modality.label).join('; '),
    need.timeframe?.label ?? '',
    yesNo(need.readiness.hasCounterpart),
    yesNo(need.readiness.hasStaff),
    yesNo(need.readiness.hasCoFunding),
    need.anchors.join('; '),
    need.blockedBy.join(', '),
    need.context,
  ])
  return { headers, rows }
}

/**
 * Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a leading tab or carriage
 * return) gets a leading apostrophe, so a hostile note stays text in Excel and LibreOffice.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}
