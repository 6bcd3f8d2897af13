import writeXlsxFile from 'write-excel-file/node'
import { needsTable } from '../../../shared/report/needs-table'
import type { ReportModel } from '../../../shared/report/report-model'

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur'])

/**
 * The needs list as an XLSX workbook. Text is written as string cells, which spreadsheet programs
 * never evaluate, so a note starting with "=" stays text; the sheet runs right to left when the
 * report language does.
 */
export async function renderNeedsXlsx(model: ReportModel, language = 'en'): Promise<Buffer> {
  const { headers, rows } = needsTable(model)
  const cell = (value: string | number) =>
    typeof value === 'number' ? { type: Number, value } : { type: String, value }
  const data = [
    headers.map((header) => ({ type: String, value: header, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map(cell)),
  ]
  return writeXlsxFile(data, {
    sheet: 'Needs',
    rightToLeft: RTL_LANGUAGES.has(language.split('-')[0] ?? ''),
    stickyRowsCount: 1,
    columns: headers.map((header) => ({
      width: header === 'Item' || header === 'Context' ? 60 : 16,
    })),
  }).toBuffer()
}
