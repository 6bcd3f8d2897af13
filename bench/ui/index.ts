// Browser benchmarks of the built renderer: `npm run bench:ui` (builds first).
import { formatResult } from '../support/statistics'
import { benchKeystroke } from './keystroke.bench'
import { benchStartup } from './startup.bench'

/** Targets from the national-workflow issue: a keystroke paints within one 60 Hz frame. */
const KEYSTROKE_TARGET_MS = 16

const startup = await benchStartup()
console.log(formatResult(startup))
const keystroke = await benchKeystroke()
console.log(formatResult(keystroke.toPaint))
console.log(formatResult(keystroke.processing))

// The next frame comes at most one refresh interval after the app is done, so the median
// keystroke-to-paint is the fair figure to hold to one 60 Hz frame.
const isWithinTarget = keystroke.toPaint.median < KEYSTROKE_TARGET_MS
console.log(
  `keystroke → paint median ${keystroke.toPaint.median.toFixed(2)} ms ${isWithinTarget ? '<' : '≥'} target ${KEYSTROKE_TARGET_MS} ms`,
)
process.exitCode = isWithinTarget ? 0 : 1
