import { existsSync } from 'node:fs'
import { PDF_FOOTER_TEMPLATE, type PdfPrinter } from '../electron/main/services/pdf-printer'
import { CliError } from './report-sources'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

/** PDF on the command line: the same Chromium print engine as the app, through playwright-core. */
export function commandLinePdfPrinter(): PdfPrinter {
  return {
    async print(html, { paperSize }) {
      const executablePath =
        process.env.CHROMIUM_PATH ?? CANDIDATES.find((path) => existsSync(path))
      if (!executablePath) {
        throw new CliError(
          'PDF export needs Chromium or Chrome: install it, or set CHROMIUM_PATH to its executable.',
        )
      }
      const { chromium } = await import('playwright-core')
      const browser = await chromium.launch({
        executablePath,
        args: ['--headless', '--no-sandbox', '--disable-gpu'],
      })
      try {
        const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
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
        await browser.close()
      }
    },
  }
}
