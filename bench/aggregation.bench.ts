import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createSubmission } from '../electron/main/services/submission-files'
import { checkSubmission } from '../electron/main/services/submission-files'
import { RegionalAccumulator } from '../shared/aggregation/aggregate'
import { Submission } from '../shared/submission/submission'
import { questionnaire } from '../test/support/full-assessment'

export interface AggregationFigures {
  count: number
  megabytes: number
  parseMs: number
  aggregateMs: number
  fullMs: number
  peakHeapMb: number
}

const examples = readdirSync('examples')
  .filter((name) => name.endsWith('.ccna-submission'))
  .map((name) => Submission.parse(JSON.parse(readFileSync(join('examples', name), 'utf8'))).content)
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** The i-th synthetic submission: an example under another user-assigned code and export time, re-sealed. */
function synthetic(index: number): string {
  const base = examples[index % examples.length]!
  const code = `X${LETTERS[Math.floor(index / 26) % 26]}${LETTERS[index % 26]}`
  const createdAt = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString()
  return JSON.stringify(
    createSubmission({ ...base, meta: { ...base.meta, country: code, createdAt } }),
  )
}

/**
 * Parsing alone versus the whole intake (parse, validate against the schema, recompute and compare
 * the digest, fold into the regional picture), one submission at a time as the import does. Each
 * text is generated outside the timed sections and dropped after use, so memory stays bounded.
 */
export function benchAggregation(count: number): AggregationFigures {
  const accumulator = new RegionalAccumulator(questionnaire)
  let parseMs = 0
  let aggregateMs = 0
  let fullMs = 0
  let bytes = 0
  let peakHeap = 0
  for (let index = 0; index < count; index++) {
    const text = synthetic(index)
    bytes += text.length
    let start = performance.now()
    JSON.parse(text)
    parseMs += performance.now() - start

    start = performance.now()
    const checked = checkSubmission(JSON.parse(text), 'synthetic.json')
    if (!checked.ok || !checked.value.isIntact)
      throw new Error(`synthetic submission ${index} did not verify`)
    const folded = performance.now()
    accumulator.add(checked.value.submission.content)
    const end = performance.now()
    aggregateMs += end - folded
    fullMs += end - start
    if (index % 50 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
  }
  accumulator.result()
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
  return {
    count,
    megabytes: bytes / 1024 / 1024,
    parseMs,
    aggregateMs,
    fullMs,
    peakHeapMb: peakHeap / 1024 / 1024,
  }
}

export function formatAggregation(f: AggregationFigures): string {
  return (
    `aggregation of ${f.count} submissions (${f.megabytes.toFixed(0)} MB of JSON): ` +
    `JSON.parse ${f.parseMs.toFixed(0)} ms; folding into the picture ${f.aggregateMs.toFixed(0)} ms ` +
    `(${(f.aggregateMs / f.parseMs).toFixed(2)}× parse); whole intake with validation and digest checks ` +
    `${f.fullMs.toFixed(0)} ms (${(f.fullMs / f.parseMs).toFixed(1)}× parse); peak heap ${f.peakHeapMb.toFixed(0)} MB`
  )
}
