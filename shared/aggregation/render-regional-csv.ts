import Papa from 'papaparse'
import { neutralizeFormula } from '../report/needs-table'
import type { RegionalPicture } from './regional-picture'
import { regionalItemsTable } from './regional-table'

/** One row per item, as CSV with a byte-order mark and formula-like text neutralised. */
export function renderRegionalCsv(picture: RegionalPicture): string {
  const { headers, rows } = regionalItemsTable(picture)
  const data = rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? neutralizeFormula(cell) : cell)),
  )
  return `\uFEFF${Papa.unparse({ fields: headers, data }, { newline: '\r\n' })}\r\n`
}
