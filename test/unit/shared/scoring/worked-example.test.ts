import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NEED_TIERS, scoreAssessment } from '../../../../shared/scoring'
import { answer, rated, scoringQuestionnaire as q } from './scoring-fixture'

/** The worked example in docs/scoring.md: its tables must be what the engine computes. */
const EXAMPLE = {
  'cbm.poc': rated(0, {
    target: 3,
    priority: 'critical',
    supportNeed: 'yes',
    supportKinds: ['knowledge-resources', 'peer-exchange'],
  }),
  'cbm.poc-exercised': rated(0, { target: 3, priority: 'high' }),
  'cbm.regional': answer({ current: { kind: 'dont-know' } }),
  'supply.vep': rated(0, { target: 3, priority: 'medium' }),
  'supply.disclosure': rated(1, { priority: 'low', supportNeed: 'no' }),
  'supply.iot': answer({ current: { kind: 'not-applicable', reason: 'No IoT programme' } }),
}

const code = (id: string) => q.sections.flatMap((s) => s.items).find((i) => i.id === id)?.code ?? id

const number = (value: number | null, digits = 1) =>
  value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(digits)

const UNSCORED_LABEL = {
  'dont-know': "don't know → assessment gap",
  'not-applicable': 'not applicable → excluded',
  unanswered: 'unanswered → listed, not scored',
} as const

function itemTable(): string {
  const result = scoreAssessment(q, EXAMPLE)
  const rows = result.items.map((item) => {
    if (item.status !== 'scored') {
      return `| ${code(item.itemId)} | ${UNSCORED_LABEL[item.status]} | | | | | | | |`
    }
    const target = `${item.target}${item.targetIsDefault ? ' (default)' : ''}`
    const blocked =
      item.blockedBy.length > 0 ? ` — blocked by ${item.blockedBy.map(code).join(', ')}` : ''
    return `| ${code(item.itemId)} | ${item.current} | ${target} | ${item.gap} | ${item.priority}${item.priorityIsDefault ? ' (default)' : ''} | ${item.weight} | ${item.multiplier} | ${number(item.needScore)} | ${item.tier}${blocked} |`
  })
  return [
    '| Item | Current | Target | Gap g | Priority | Weight w | Enabler e | Need N | Tier |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n')
}

function sectionTable(): string {
  const result = scoreAssessment(q, EXAMPLE)
  const rows = result.sections.map((section) => {
    const title = q.sections.find((s) => s.id === section.sectionId)!.code
    const spread = section.current
      ? `${number(section.current.mean, 2)} | ${number(section.current.standardDeviation, 2)} | ${section.current.min}–${section.current.max}`
      : '— | — | —'
    return `| ${title} | ${section.scoredCount} | ${spread} | ${number(section.gapPercent)} % | ${number(section.weightedGapPercent)} % |`
  })
  return [
    '| Section | Scored items | Mean current | Standard deviation | Min–max | Gap % | Weighted gap % |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n')
}

function totalsTable(): string {
  const { totals } = scoreAssessment(q, EXAMPLE)
  const cells = [
    totals.itemCount,
    totals.scoredCount,
    totals.dontKnowCount,
    totals.notApplicableCount,
    totals.unansweredCount,
    ...NEED_TIERS.map((tier) => totals.tierCounts[tier]),
    `${number(totals.gapPercent)} %`,
    `${number(totals.weightedGapPercent)} %`,
  ]
  return [
    "| Items | Scored | Don't know | Not applicable | Unanswered | Act now | Plan | Monitor | Met | Gap % | Weighted gap % |",
    '|---|---|---|---|---|---|---|---|---|---|---|',
    `| ${cells.join(' | ')} |`,
  ].join('\n')
}

function listsBlock(): string {
  const result = scoreAssessment(q, EXAMPLE)
  const codes = (ids: readonly string[]) => (ids.length === 0 ? 'none' : ids.map(code).join(', '))
  return [
    `- Quick wins: ${codes(result.quickWins.map((need) => need.itemId))}`,
    `- Offers of support: ${codes(result.offers.map((offer) => offer.itemId))}`,
    `- Assessment gaps: ${codes(result.assessmentGaps)}`,
    `- Unanswered: ${codes(result.unanswered)}`,
  ].join('\n')
}

/** Table cells without padding, so Prettier may realign the doc's tables freely. */
function normalize(markdown: string): string[][] {
  return markdown
    .trim()
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim().replace(/^-+$/, '---')))
}

function between(doc: string, name: string): string {
  const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(doc)
  if (!match) throw new Error(`docs/scoring.md has no ${name} block`)
  return match[1]!.trim()
}

describe('docs/scoring.md', () => {
  const doc = readFileSync('docs/scoring.md', 'utf8')

  it('shows the item results the engine computes for the worked example', () => {
    expect(normalize(between(doc, 'worked-example-items'))).toEqual(normalize(itemTable()))
  })

  it('shows the section results the engine computes for the worked example', () => {
    expect(normalize(between(doc, 'worked-example-sections'))).toEqual(normalize(sectionTable()))
  })

  it('shows the totals the engine computes for the worked example', () => {
    expect(normalize(between(doc, 'worked-example-totals'))).toEqual(normalize(totalsTable()))
  })

  it('shows the other lists the engine computes for the worked example', () => {
    expect(between(doc, 'worked-example-lists')).toBe(listsBlock())
  })

  it('lists the needs in the order the engine gives', () => {
    const order = scoreAssessment(q, EXAMPLE).needs.map((need) => code(need.itemId))
    expect(between(doc, 'worked-example-order')).toBe(
      order.map((code, index) => `${index + 1}. ${code}`).join('\n'),
    )
  })
})
