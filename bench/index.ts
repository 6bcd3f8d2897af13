// `npm run bench`: the committed benchmarks of the domain code. Browser ones: `npm run bench:ui`.
import { benchScoring } from './scoring.bench'
import { formatResult } from './support/statistics'

/** The questionnaire issue's bar: scoring takes well under a millisecond per item. */
const SCORING_LIMIT_MICROSECONDS_PER_ITEM = 1_000

const failures: string[] = []

const scoring = benchScoring()
console.log(formatResult(scoring.perAssessment))
console.log(
  `scoring: ${scoring.perItemMicroseconds.toFixed(2)} µs per item (limit ${SCORING_LIMIT_MICROSECONDS_PER_ITEM} µs)`,
)
if (scoring.perItemMicroseconds >= SCORING_LIMIT_MICROSECONDS_PER_ITEM) failures.push('scoring')

if (failures.length > 0) {
  console.error(`Over target: ${failures.join(', ')}`)
  process.exitCode = 1
}
