import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import {
  PDF_FOOTER_TEMPLATE,
  type PaperSize,
  type PdfPrinter,
} from '../electron/main/services/pdf-printer'

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

/** Flags for a quiet, offline, headless Chromium (these machines refuse outside connections). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
]

/** A Chromium to drive: `CHROMIUM_PATH`, else the usual system paths, else a clear error. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : USUAL_PATHS
  const found = candidates.find((path) => existsSync(path))
  if (found) return found
  throw new Error(
    `No Chromium or Chrome found (looked at ${candidates.join(', ')}). ` +
      'Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.',
  )
}

/**
 * The app's PDF printing with Chromium driven by Playwright, the same print engine as Electron's
 * printToPDF: no JavaScript in the page, page numbers, outline and tags.
 */
export async function printWithBrowser(
  browser: Browser,
  html: string,
  paperSize: PaperSize,
): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    return await page.pdf({
      format: paperSize,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: PDF_FOOTER_TEMPLATE,
      outline: true,
      tagged: true,
      margin: { top: '12mm', bottom: '16mm', left: '10mm', right: '10mm' },
    })
  } finally {
    await context.close()
  }
}

/** PDF on the command line: launches Chromium for the print and closes it again. */
export function commandLinePdfPrinter(): PdfPrinter {
  return {
    async print(html, { paperSize }) {
      const { chromium } = await import('playwright-core')
      const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
      try {
        return await printWithBrowser(browser, html, paperSize)
      } finally {
        await browser.close()
      }
    },
  }
}
