import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMAS, jsonSchemaText } from '../../../scripts/json-schemas'

function check(...files: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/questionnaire-check.ts', ...files],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  )
  return { status: result.status, output: result.stdout + result.stderr }
}

describe('npm run questionnaire:check', () => {
  it('passes the default questionnaire', () => {
    const { status, output } = check('questionnaires/cyber-capacity-core.json')
    expect(status).toBe(0)
    expect(output).toContain(
      '✓ questionnaires/cyber-capacity-core.json: cyber-capacity-core 1.0.0, 9 sections, 70 items',
    )
  })

  it('fails a broken file and names the problem and its path', () => {
    const { status, output } = check('test/fixtures/questionnaires/unknown-prerequisite.json')
    expect(status).toBe(1)
    expect(output).toContain(
      'unknown-prerequisite.json: $.sections[0].items[1].prerequisites[0]: unknown prerequisite item id "regional.missing"',
    )
  })

  it('fails a file that is not JSON, a missing file, and a call without a file, without a stack trace', () => {
    const notJson = check('test/fixtures/questionnaires/not-json.json')
    expect(notJson.status).toBe(1)
    expect(notJson.output).toContain('not valid JSON')
    const missing = check('no/such/file.json')
    expect(missing).toMatchObject({ status: 1 })
    expect(missing.output).toContain('cannot be read (ENOENT)')
    const usage = check()
    expect(usage.status).toBe(2)
    expect(usage.output).toContain('Usage:')
    for (const { output } of [notJson, missing, usage]) expect(output).not.toMatch(/^\s+at /m)
  })

  it('exits 1 if any of several files is invalid', () => {
    expect(
      check(
        'test/fixtures/questionnaires/minimal-valid.json',
        'test/fixtures/questionnaires/bad-id.json',
      ).status,
    ).toBe(1)
  })
})

describe('the published JSON Schemas', () => {
  it.each(JSON_SCHEMAS.map((entry) => [entry.path, entry] as const))(
    '%s is the one generated from the current zod schema (run `npm run schemas` after changing it)',
    (path, entry) => {
      expect(readFileSync(path, 'utf8')).toBe(jsonSchemaText(entry))
    },
  )
})
