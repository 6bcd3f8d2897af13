// Browser benchmarks of the built renderer: `npm run bench:ui` (builds first).
import { formatResult } from '../support/statistics'
import { benchKeystroke } from './keystroke.bench'
import { benchStartup } from './startup.bench'

/** Targets from the national-workflow issue: a keystroke paints within one 60 Hz frame. */
const KEYSTROKE_TARGET_MS = 16

const startup = await benchStartup()
console.log(formatResult(startup))
const keystroke = await benchKeystroke()
console.log(formatResult(keystroke))

const isWithinTarget = keystroke.p95 < KEYSTROKE_TARGET_MS
console.log(
  `keystroke p95 ${keystroke.p95.toFixed(2)} ms ${isWithinTarget ? '<' : '≥'} target ${KEYSTROKE_TARGET_MS} ms`,
)
process.exitCode = isWithinTarget ? 0 : 1
