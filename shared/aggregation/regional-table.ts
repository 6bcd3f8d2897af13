import type { Cell } from '../report/needs-table'
import type { RegionalPicture } from './regional-picture'

/** The regional picture's items as rows, for spreadsheets: distribution, needs, who needs and offers. */
export function regionalItemsTable(picture: RegionalPicture): {
  headers: string[]
  rows: Cell[][]
} {
  return {
    headers: [
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
    ],
    rows: picture.items.map((item) => [
      item.code,
      item.statement,
      ...item.levelCounts,
      item.needCount,
      item.actNowCount,
      item.neededBy.join(' '),
      item.offeredBy.map((offer) => offer.country).join(' '),
    ]),
  }
}
