import writeXlsxFile from 'write-excel-file/node'
import type { RegionalPicture } from '../../../shared/aggregation/regional-picture'
import { renderRegionalCsv } from '../../../shared/aggregation/render-regional-csv'
import { renderRegionalHtml } from '../../../shared/aggregation/render-regional-html'
import { regionalItemsTable } from '../../../shared/aggregation/regional-table'
import type { PdfPrinter } from './pdf-printer'

export const REGIONAL_FORMATS = ['html', 'pdf', 'csv', 'xlsx', 'json'] as const
export type RegionalFormat = (typeof REGIONAL_FORMATS)[number]

/** The regional report in one format, every format from the same picture. */
export async function renderRegionalReport(
  picture: RegionalPicture,
  title: string,
  format: RegionalFormat,
  printer: PdfPrinter,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return renderRegionalHtml(picture, title)
    case 'pdf':
      return printer.print(renderRegionalHtml(picture, title), { paperSize: 'A4', title })
    case 'csv':
      return renderRegionalCsv(picture)
    case 'json':
      return `${JSON.stringify(picture, null, 2)}\n`
    case 'xlsx': {
      const { headers, rows } = regionalItemsTable(picture)
      const cell = (value: string | number) =>
        typeof value === 'number' ? { type: Number, value } : { type: String, value }
      const data = [
        headers.map((value) => ({ type: String, value, fontWeight: 'bold' as const })),
        ...rows.map((row) => row.map(cell)),
      ]
      return new Uint8Array(
        await writeXlsxFile(data, { sheet: 'Region', stickyRowsCount: 1 }).toBuffer(),
      )
    }
  }
}
