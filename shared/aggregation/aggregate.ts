import { localize } from '../questionnaire/localized-text'
import type { Questionnaire } from '../questionnaire/schema'
import type { ReportModel } from '../report/report-model'
import type { RegionalPicture } from './regional-picture'

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * Folds member reports into the regional picture one at a time, so a batch of any size is
 * aggregated in one pass with memory bounded by the questionnaire, not by the batch. Items are
 * matched on their stable ids against the reference questionnaire; ids it does not know are listed
 * per country, never dropped silently or assigned to another item. Only what each country chose to
 * share is in its report, so only that can reach the aggregate.
 */
export class RegionalAccumulator {
  private readonly sections: RegionalPicture['sections']
  private readonly sectionIndex: Map<string, number>
  private readonly itemRows: RegionalPicture['items']
  private readonly itemIndex: Map<string, number>
  private readonly supportDemand: Map<string, number>
  private readonly modalityFirst: Map<string, number>
  private readonly modalityAny: Map<string, number>
  private readonly sectionGaps: number[][]
  private readonly coverage: RegionalPicture['coverage'] = []
  private readonly heatmap: RegionalPicture['heatmap'] = []
  private readonly unmappedItems: RegionalPicture['unmappedItems'] = []

  constructor(private readonly questionnaire: Questionnaire) {
    this.sections = questionnaire.sections.map((section) => ({
      sectionId: section.id,
      code: section.code,
      title: localize(section.title, 'en'),
    }))
    this.sectionIndex = new Map(this.sections.map((section, index) => [section.sectionId, index]))
    this.itemRows = questionnaire.sections.flatMap((section) =>
      section.items.map((item) => ({
        itemId: item.id,
        code: item.code,
        statement: localize(item.statement, 'en'),
        levelCounts: [0, 0, 0, 0, 0],
        needCount: 0,
        actNowCount: 0,
        neededBy: [],
        offeredBy: [],
      })),
    )
    this.itemIndex = new Map(this.itemRows.map((row, index) => [row.itemId, index]))
    this.supportDemand = new Map(questionnaire.supportKinds.map((kind) => [kind.id, 0]))
    this.modalityFirst = new Map(questionnaire.modalities.map((modality) => [modality.id, 0]))
    this.modalityAny = new Map(questionnaire.modalities.map((modality) => [modality.id, 0]))
    this.sectionGaps = this.sections.map(() => [])
  }

  add(report: ReportModel): void {
    const country = report.meta.country
    const unmapped = new Set<string>()
    this.coverage.push({
      country,
      countryName: report.meta.countryName,
      period: report.meta.period,
      createdAt: report.meta.createdAt,
      isExample: report.meta.isExample,
      answered: report.meta.completion.answered,
      total: report.meta.completion.total,
      needCount: report.needs.length,
    })
    const gapPercents: (number | null)[] = this.sections.map(() => null)
    for (const section of report.sections) {
      const index = this.sectionIndex.get(section.sectionId)
      if (index === undefined) continue
      gapPercents[index] = section.gapPercent
      if (section.gapPercent !== null) this.sectionGaps[index]!.push(section.gapPercent)
    }
    this.heatmap.push({ country, gapPercents })

    for (const answer of report.answers) {
      const index = this.itemIndex.get(answer.itemId)
      if (index === undefined) unmapped.add(answer.itemId)
      else if (answer.current?.kind === 'level')
        this.itemRows[index]!.levelCounts[answer.current.level]!++
    }
    for (const need of report.needs) {
      const index = this.itemIndex.get(need.itemId)
      if (index === undefined) {
        unmapped.add(need.itemId)
        continue
      }
      const row = this.itemRows[index]!
      row.needCount++
      if (need.tier === 'act-now') row.actNowCount++
      if (need.supportNeed !== 'no') row.neededBy.push(country)
      for (const kind of need.supportKinds) {
        const count = this.supportDemand.get(kind.id)
        if (count !== undefined) this.supportDemand.set(kind.id, count + 1)
      }
      need.modalities.forEach((modality, rank) => {
        const count = this.modalityAny.get(modality.id)
        if (count === undefined) return
        this.modalityAny.set(modality.id, count + 1)
        if (rank === 0)
          this.modalityFirst.set(modality.id, (this.modalityFirst.get(modality.id) ?? 0) + 1)
      })
    }
    for (const offer of report.offers) {
      const index = this.itemIndex.get(offer.itemId)
      if (index === undefined) unmapped.add(offer.itemId)
      else
        this.itemRows[index]!.offeredBy.push({
          country,
          offerKinds: offer.offerKinds.map((kind) => kind.label),
        })
    }
    if (unmapped.size > 0) this.unmappedItems.push({ country, itemIds: [...unmapped].sort() })
  }

  /** The picture so far, with countries in alphabetical order (never by any score). */
  result(): RegionalPicture {
    const order = this.coverage
      .map((entry, index) => ({ country: entry.country, index }))
      .sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : a.index - b.index))
      .map((entry) => entry.index)
    const byCountry = <T extends { country: string }>(list: T[]) =>
      [...list].sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0))
    const label = (list: Questionnaire['supportKinds'], id: string) =>
      localize(list.find((entry) => entry.id === id)?.label ?? { en: id }, 'en')
    return {
      questionnaire: { id: this.questionnaire.id, version: this.questionnaire.version },
      coverage: order.map((index) => this.coverage[index]!),
      sections: this.sections,
      heatmap: order.map((index) => this.heatmap[index]!),
      sectionMedians: this.sectionGaps.map(median),
      items: this.itemRows.map((row) => ({
        ...row,
        neededBy: [...row.neededBy].sort(),
        offeredBy: byCountry(row.offeredBy),
      })),
      supportDemand: [...this.supportDemand].map(([id, needCount]) => ({
        id,
        label: label(this.questionnaire.supportKinds, id),
        needCount,
      })),
      modalityDemand: [...this.modalityAny].map(([id, anyRank]) => ({
        id,
        label: label(this.questionnaire.modalities, id),
        preferredFirst: this.modalityFirst.get(id) ?? 0,
        anyRank,
      })),
      unmappedItems: byCountry(this.unmappedItems),
    }
  }
}

/** Aggregates one submission per country into the regional picture. */
export function aggregateRegion(
  questionnaire: Questionnaire,
  reports: readonly ReportModel[],
): RegionalPicture {
  const accumulator = new RegionalAccumulator(questionnaire)
  for (const report of reports) accumulator.add(report)
  return accumulator.result()
}

/** Matchmaking pairs: for each item, every (needing country, offering country) pair. */
export function matchmakingPairs(
  picture: RegionalPicture,
): { itemId: string; code: string; needs: string; offers: string }[] {
  return picture.items.flatMap((item) =>
    item.neededBy.flatMap((needs) =>
      item.offeredBy
        .filter((offer) => offer.country !== needs)
        .map((offer) => ({ itemId: item.itemId, code: item.code, needs, offers: offer.country })),
    ),
  )
}
