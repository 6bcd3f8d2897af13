import type { Browser } from 'playwright-core'
import { printWithBrowser } from '../../../cli/chromium'
import type { PdfPrinter } from '../../../electron/main/services/pdf-printer'

/** The harness's PDF printer: the command line's Playwright printing, on the tests' shared browser. */
export function chromiumPdfPrinter(browser: () => Promise<Browser>): PdfPrinter {
  return {
    print: async (html, { paperSize }) => printWithBrowser(await browser(), html, paperSize),
  }
}
