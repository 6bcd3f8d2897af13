import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateQuestionnaire } from '../../../../shared/questionnaire/validate'

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(`test/fixtures/questionnaires/${name}.json`, 'utf8'))

describe('validating a questionnaire', () => {
  it('accepts a small valid module', () => {
    expect(validateQuestionnaire(fixture('minimal-valid'))).toMatchObject({ ok: true })
  })

  it.each([
    [
      'duplicate-item-id',
      '$.sections[0].items[1].id',
      'duplicate item id "regional.poc" (first used at $.sections[0].items[0].id)',
    ],
    [
      'unknown-prerequisite',
      '$.sections[0].items[1].prerequisites[0]',
      'unknown prerequisite item id "regional.missing"',
    ],
    [
      'prerequisite-cycle',
      '$.sections[0].items',
      'prerequisites form a cycle: regional.poc → regional.poc-drill → regional.poc',
    ],
    ['missing-english', '$.sections[0].items[0].statement.en', 'English text is required'],
    ['empty-section', '$.sections[1].items', 'section "empty" has no items'],
    ['wrong-format-version', '$.formatVersion', 'Invalid input: expected 1'],
    ['bad-id', '$.sections[0].items[0].id', 'lower-case letters, digits, "." and "-" only'],
    ['wrong-scale', '$.scale.levels', 'the scale has exactly five levels, 0 to 4'],
    [
      'undeclared-theme',
      '$.sections[0].items[0].references.themes[0]',
      'theme "T9" is not declared in $.themes',
    ],
  ])('reports %s at its JSON path', (name, path, message) => {
    const result = validateQuestionnaire(fixture(name))
    expect(result.ok).toBe(false)
    const problems = result.ok ? [] : result.problems
    expect(problems).toContainEqual({
      path: expect.stringContaining(path),
      message: expect.stringContaining(message),
    })
  })

  it('reports every problem, not only the first', () => {
    const broken = fixture('minimal-valid') as {
      sections: { items: { id: string; prerequisites?: string[] }[] }[]
    }
    broken.sections[0]!.items[1]!.id = 'regional.poc'
    broken.sections[0]!.items[0]!.prerequisites = ['nowhere']
    const result = validateQuestionnaire(broken)
    expect(result.ok ? 0 : result.problems.length).toBeGreaterThanOrEqual(2)
  })
})
