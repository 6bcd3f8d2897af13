import { describe, expect, it } from 'vitest'
import { aggregateRegion, matchmakingPairs } from '../../../../shared/aggregation/aggregate'
import { currentSubmissions } from '../../../../shared/aggregation/intake-result'
import { RegionalPicture } from '../../../../shared/aggregation/regional-picture'
import { questionnaire } from '../../../support/full-assessment'
import { exampleReports } from '../../../support/example-reports'

const reports = exampleReports()
const picture = aggregateRegion(questionnaire, reports)

describe('the regional picture', () => {
  it('covers every member, alphabetically, never ordered by score', () => {
    expect(picture.coverage.map((entry) => entry.country)).toEqual([
      'XAA',
      'XAB',
      'XAC',
      'XAD',
      'XAE',
    ])
    expect(RegionalPicture.parse(picture)).toEqual(picture)
  })

  it('puts each country’s own section gap % in the heat map', () => {
    for (const report of reports) {
      const row = picture.heatmap.find((entry) => entry.country === report.meta.country)!
      expect(row.gapPercents).toEqual(report.sections.map((section) => section.gapPercent))
    }
  })

  it('counts, per item, the levels reported and the needs and act-now needs', () => {
    for (const item of picture.items) {
      const levels = reports.map((r) => r.answers.find((a) => a.itemId === item.itemId)?.current)
      const expected = [0, 1, 2, 3, 4].map(
        (level) => levels.filter((c) => c?.kind === 'level' && c.level === level).length,
      )
      expect(item.levelCounts, item.code).toEqual(expected)
      const needs = reports.flatMap((r) => r.needs.filter((n) => n.itemId === item.itemId))
      expect(item.needCount).toBe(needs.length)
      expect(item.actNowCount).toBe(needs.filter((n) => n.tier === 'act-now').length)
    }
  })

  it('totals the demand for each kind of support and modality', () => {
    const training = reports
      .flatMap((r) => r.needs)
      .filter((n) => n.supportKinds.some((k) => k.id === 'training')).length
    expect(picture.supportDemand.find((entry) => entry.id === 'training')?.needCount).toBe(training)
    const regionalFirst = reports
      .flatMap((r) => r.needs)
      .filter((n) => n.modalities[0]?.id === 'regional-organization').length
    expect(
      picture.modalityDemand.find((entry) => entry.id === 'regional-organization')?.preferredFirst,
    ).toBe(regionalFirst)
  })

  it('matches members who offer help on an item with members who need it there', () => {
    const pairs = matchmakingPairs(picture)
    expect(pairs.length).toBeGreaterThan(0)
    for (const pair of pairs) {
      const offerer = reports.find((r) => r.meta.country === pair.offers)!
      const needer = reports.find((r) => r.meta.country === pair.needs)!
      expect(offerer.offers.some((o) => o.itemId === pair.itemId)).toBe(true)
      expect(needer.needs.some((n) => n.itemId === pair.itemId)).toBe(true)
    }
  })

  it('lists item ids the reference questionnaire does not know, and does not count them', () => {
    const [first] = reports
    const renamed = {
      ...first!,
      needs: first!.needs.map((need, index) =>
        index === 0 ? { ...need, itemId: 'retired.item' } : need,
      ),
    }
    const result = aggregateRegion(questionnaire, [renamed])
    expect(result.unmappedItems).toEqual([
      { country: first!.meta.country, itemIds: ['retired.item'] },
    ])
    expect(result.items.reduce((n, item) => n + item.needCount, 0)).toBe(first!.needs.length - 1)
  })
})

describe('which submission counts', () => {
  const older = {
    fileName: 'a.json',
    digest: 'a'.repeat(64),
    report: {
      ...reports[0]!,
      meta: { ...reports[0]!.meta, createdAt: '2025-01-01T00:00:00.000Z' },
    },
  }
  const newer = { fileName: 'b.json', digest: 'b'.repeat(64), report: reports[0]! }

  it('is the latest per country by default, or the one the user picked', () => {
    expect(currentSubmissions([older, newer]).map((entry) => entry.fileName)).toEqual(['b.json'])
    expect(
      currentSubmissions([newer, older], { XAA: older.digest }).map((entry) => entry.fileName),
    ).toEqual(['a.json'])
  })
})
