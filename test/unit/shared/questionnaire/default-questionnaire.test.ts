import { describe, expect, it } from 'vitest'
import coreQuestionnaire from '../../../../questionnaires/cyber-capacity-core.json'
import { coverageOf } from '../../../../shared/questionnaire/coverage'
import { COVERAGE_TOPICS, NORM_LETTERS } from '../../../../shared/questionnaire/schema'
import { validateQuestionnaire } from '../../../../shared/questionnaire/validate'

const result = validateQuestionnaire(coreQuestionnaire)
if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2))
const q = result.questionnaire
const coverage = coverageOf(q)
const items = q.sections.flatMap((section) => section.items)

describe('the default questionnaire', () => {
  it('is valid, with nine scored sections and about seventy items', () => {
    expect(q.sections.map((section) => section.code)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H',
      'I',
    ])
    expect(items.length).toBeGreaterThanOrEqual(60)
    expect(items.length).toBeLessThanOrEqual(85)
  })

  it.each(NORM_LETTERS)('covers norm (%s) with at least one item', (norm) => {
    expect(coverage.norms[norm]).not.toEqual([])
  })

  it.each(COVERAGE_TOPICS)('covers %s with at least one item', (topic) => {
    expect(coverage.topics[topic]).not.toEqual([])
  })

  it.each(q.themes.map((theme) => theme.id))(
    'serves seed theme %s with at least one item',
    (theme) => {
      expect(coverage.themes[theme]).not.toEqual([])
    },
  )

  it('gives every item guidance, and flags the enablers and prerequisites of the method', () => {
    for (const item of items) expect(item.guidance.en.length, item.code).toBeGreaterThan(20)
    const byCode = new Map(items.map((item) => [item.code, item]))
    const enablers = items.filter((item) => item.isEnabler).map((item) => item.code)
    expect(enablers.sort()).toEqual(['A2', 'A3', 'C2', 'D1', 'E1', 'G1', 'I1'])
    const prerequisiteCodes = (code: string) =>
      byCode.get(code)!.prerequisites.map((id) => items.find((item) => item.id === id)!.code)
    expect(prerequisiteCodes('G2')).toEqual(['G1'])
    expect(prerequisiteCodes('D5').sort()).toEqual(['D1', 'E1'])
    expect(prerequisiteCodes('F4')).toEqual(['E1'])
    expect(prerequisiteCodes('B2')).toEqual(['B1'])
    expect(prerequisiteCodes('I2')).toEqual(['I1'])
  })

  it('rates the restraint norms (f) and (k) by the measures that give effect to them', () => {
    const restraint = items.filter((item) => item.isRestraint)
    expect(restraint.map((item) => item.code).sort()).toEqual(['A6', 'D6', 'E6'])
    for (const item of restraint)
      expect(item.levelDescriptors?.['2']?.en).toMatch(/policy or internal rule/)
  })
})
