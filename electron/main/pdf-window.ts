import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, session } from 'electron'
import { PDF_FOOTER_TEMPLATE, type PdfPrinter } from './services/pdf-printer'

/**
 * Prints with a hidden window that has no preload, no JavaScript and the sandbox on: the report
 * HTML needs none of them, and a hostile string in it then has nothing to run with.
 */
export function electronPdfPrinter(): PdfPrinter {
  return {
    async print(html, { paperSize }) {
      const folder = await mkdtemp(join(tmpdir(), 'ccna-print-'))
      const file = join(folder, 'report.html')
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
        },
      })
      try {
        await writeFile(file, html, 'utf8')
        await window.loadFile(file)
        return await window.webContents.printToPDF({
          pageSize: paperSize,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<div></div>',
          footerTemplate: PDF_FOOTER_TEMPLATE,
          generateDocumentOutline: true,
          generateTaggedPDF: true,
        })
      } finally {
        window.destroy()
        await rm(folder, { recursive: true, force: true })
      }
    },
  }
}
