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
 * Aggregates one submission per country into the regional picture, in a single pass over each
 * report (linear in the number of submissions). Items are matched on their stable ids against the
 * reference questionnaire; ids it does not know are listed per country, never dropped silently
 * or assigned to another item. Only what each country chose to share is in its report, so only
 * that can reach the aggregate.
 */
export function aggregateRegion(
  questionnaire: Questionnaire,
  reports: readonly ReportModel[],
): RegionalPicture {
  const sections = questionnaire.sections.map((section) => ({
    sectionId: section.id,
    code: section.code,
    title: localize(section.title, 'en'),
  }))
  const sectionIndex = new Map(sections.map((section, index) => [section.sectionId, index]))
  const itemRows = questionnaire.sections.flatMap((section) =>
    section.items.map((item) => ({
      itemId: item.id,
      code: item.code,
      statement: localize(item.statement, 'en'),
      levelCounts: [0, 0, 0, 0, 0],
      needCount: 0,
      actNowCount: 0,
      neededBy: [] as string[],
      offeredBy: [] as { country: string; offerKinds: string[] }[],
    })),
  )
  const itemIndex = new Map(itemRows.map((row, index) => [row.itemId, index]))
  const supportDemand = new Map(questionnaire.supportKinds.map((kind) => [kind.id, 0]))
  const modalityFirst = new Map(questionnaire.modalities.map((modality) => [modality.id, 0]))
  const modalityAny = new Map(questionnaire.modalities.map((modality) => [modality.id, 0]))
  const sectionGaps: number[][] = sections.map(() => [])
  const ordered = [...reports].sort((a, b) =>
    a.meta.country < b.meta.country ? -1 : a.meta.country > b.meta.country ? 1 : 0,
  )

  const heatmap: RegionalPicture['heatmap'] = []
  const unmappedItems: RegionalPicture['unmappedItems'] = []
  for (const report of ordered) {
    const country = report.meta.country
    const unmapped = new Set<string>()
    const gapPercents: (number | null)[] = sections.map(() => null)
    for (const section of report.sections) {
      const index = sectionIndex.get(section.sectionId)
      if (index === undefined) continue
      gapPercents[index] = section.gapPercent
      if (section.gapPercent !== null) sectionGaps[index]!.push(section.gapPercent)
    }
    heatmap.push({ country, gapPercents })

    for (const answer of report.answers) {
      const index = itemIndex.get(answer.itemId)
      if (index === undefined) unmapped.add(answer.itemId)
      else if (answer.current?.kind === 'level')
        itemRows[index]!.levelCounts[answer.current.level]!++
    }
    for (const need of report.needs) {
      const index = itemIndex.get(need.itemId)
      if (index === undefined) {
        unmapped.add(need.itemId)
        continue
      }
      const row = itemRows[index]!
      row.needCount++
      if (need.tier === 'act-now') row.actNowCount++
      if (need.supportNeed !== 'no') row.neededBy.push(country)
      for (const kind of need.supportKinds)
        if (supportDemand.has(kind.id)) supportDemand.set(kind.id, supportDemand.get(kind.id)! + 1)
      need.modalities.forEach((modality, rank) => {
        if (!modalityAny.has(modality.id)) return
        modalityAny.set(modality.id, modalityAny.get(modality.id)! + 1)
        if (rank === 0) modalityFirst.set(modality.id, modalityFirst.get(modality.id)! + 1)
      })
    }
    for (const offer of report.offers) {
      const index = itemIndex.get(offer.itemId)
      if (index === undefined) unmapped.add(offer.itemId)
      else
        itemRows[index]!.offeredBy.push({
          country,
          offerKinds: offer.offerKinds.map((kind) => kind.label),
        })
    }
    if (unmapped.size > 0) unmappedItems.push({ country, itemIds: [...unmapped].sort() })
  }

  const label = (list: Questionnaire['supportKinds'], id: string) =>
    localize(list.find((entry) => entry.id === id)?.label ?? { en: id }, 'en')
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    coverage: ordered.map((report) => ({
      country: report.meta.country,
      countryName: report.meta.countryName,
      period: report.meta.period,
      createdAt: report.meta.createdAt,
      isExample: report.meta.isExample,
      answered: report.meta.completion.answered,
      total: report.meta.completion.total,
      needCount: report.needs.length,
    })),
    sections,
    heatmap,
    sectionMedians: sectionGaps.map(median),
    items: itemRows,
    supportDemand: [...supportDemand].map(([id, needCount]) => ({
      id,
      label: label(questionnaire.supportKinds, id),
      needCount,
    })),
    modalityDemand: [...modalityAny].map(([id, anyRank]) => ({
      id,
      label: label(questionnaire.modalities, id),
      preferredFirst: modalityFirst.get(id) ?? 0,
      anyRank,
    })),
    unmappedItems,
  }
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
