import type { Browser } from 'playwright-core'
import { PDF_FOOTER_TEMPLATE, type PdfPrinter } from '../../../electron/main/services/pdf-printer'

/** The app's PDF printing, with Chromium driven by Playwright instead of Electron's printToPDF. */
export function chromiumPdfPrinter(browser: () => Promise<Browser>): PdfPrinter {
  return {
    async print(html, { paperSize }) {
      const context = await (await browser()).newContext({ javaScriptEnabled: false })
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
    },
  }
}
