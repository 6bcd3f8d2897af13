import writeXlsxFile from 'write-excel-file/node'
import type { RegionalPicture } from '../../../shared/aggregation/regional-picture'
import { renderRegionalCsv } from '../../../shared/aggregation/render-regional-csv'
import { renderRegionalHtml } from '../../../shared/aggregation/render-regional-html'
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
      const header = [
        'Item code',
        'Item',
        'Level 0',
        'Level 1',
        'Level 2',
        'Level 3',
        'Level 4',
        'Needs',
        'Act now',
        'Needed by',
        'Offered by',
      ]
      const rows = picture.items.map((item) => [
        { type: String, value: item.code },
        { type: String, value: item.statement },
        ...item.levelCounts.map((count) => ({ type: Number, value: count })),
        { type: Number, value: item.needCount },
        { type: Number, value: item.actNowCount },
        { type: String, value: item.neededBy.join(' ') },
        { type: String, value: item.offeredBy.map((offer) => offer.country).join(' ') },
      ])
      const data = [
        header.map((value) => ({ type: String, value, fontWeight: 'bold' as const })),
        ...rows,
      ]
      return new Uint8Array(
        await writeXlsxFile(data, { sheet: 'Region', stickyRowsCount: 1 }).toBuffer(),
      )
    }
  }
}
