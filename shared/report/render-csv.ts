import Papa from 'papaparse'
import { needsTable, neutralizeFormula } from './needs-table'
import type { ReportModel } from './report-model'

/** The needs list as CSV: UTF-8 with a byte-order mark so spreadsheet programs read every script. */
export function renderNeedsCsv(model: ReportModel): string {
  const { headers, rows } = needsTable(model)
  const safe = rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? neutralizeFormula(cell) : cell)),
  )
  return `\uFEFF${Papa.unparse({ fields: headers, data: safe }, { newline: '\r\n' })}\r\n`
}
