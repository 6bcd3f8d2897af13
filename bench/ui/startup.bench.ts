import { HOME_READY_MARK } from '../../renderer/src/app/performance-marks'
import { closeBrowser, startApp } from '../../test/e2e/support/app-harness'
import { summarize, type BenchResult } from '../support/statistics'

const RUNS = 15

/**
 * Time from navigation to an interactive home screen (the list loaded and "New assessment"
 * enabled), in headless Chromium with the built renderer and the real services over loopback.
 * The page marks the moment itself, so polling from the test adds nothing to the figure.
 */
export async function benchStartup(): Promise<BenchResult> {
  const app = await startApp()
  try {
    const samples: number[] = []
    for (let run = 0; run < RUNS + 2; run++) {
      const page = run === 0 ? app.page : await app.restart()
      await page.waitForFunction(
        (mark) => performance.getEntriesByName(mark).length > 0,
        HOME_READY_MARK,
      )
      const at = await page.evaluate(
        (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
        HOME_READY_MARK,
      )
      if (run >= 2) samples.push(at) // the first runs warm Chromium's caches, as a second launch would
    }
    return summarize('start-up: navigation → interactive home', samples, 'ms')
  } finally {
    await app.close()
    await closeBrowser()
  }
}
