// `npm run bench`: the committed benchmarks of the domain code. Browser ones: `npm run bench:ui`.
import { benchAggregation, formatAggregation } from './aggregation.bench'
import { benchReportHtml } from './report.bench'
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

/** The report issue's bar: the full default questionnaire to HTML in well under a second. */
const REPORT_HTML_LIMIT_MS = 1_000
const report = benchReportHtml()
console.log(formatResult(report))
if (report.median >= REPORT_HTML_LIMIT_MS) failures.push('report HTML')

/** The aggregation issue's bar: all 193 UN member States in well under a second. */
const UN_MEMBERS_LIMIT_MS = 1_000
const sizes = process.argv.includes('--quick') ? [193, 200] : [193, 200, 2_000, 20_000]
for (const size of sizes) {
  const figures = benchAggregation(size)
  console.log(formatAggregation(figures))
  if (size === 193 && figures.fullMs >= UN_MEMBERS_LIMIT_MS) failures.push('193 submissions')
}

if (failures.length > 0) {
  console.error(`Over target: ${failures.join(', ')}`)
  process.exitCode = 1
}
