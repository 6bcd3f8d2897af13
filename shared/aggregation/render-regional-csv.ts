import Papa from 'papaparse'
import { neutralizeFormula } from '../report/needs-table'
import type { RegionalPicture } from './regional-picture'

/** One row per item: the regional distribution, needs, and who needs and offers support. */
export function renderRegionalCsv(picture: RegionalPicture): string {
  const rows = picture.items.map((item) => [
    item.code,
    neutralizeFormula(item.statement),
    ...item.levelCounts,
    item.needCount,
    item.actNowCount,
    item.neededBy.join(' '),
    item.offeredBy.map((offer) => offer.country).join(' '),
  ])
  const fields = [
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
  return `\uFEFF${Papa.unparse({ fields, data: rows }, { newline: '\r\n' })}\r\n`
}
