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
      // Its own in-memory session: the app's session blocks file:// (no remote or local content),
      // and this one allows exactly the report file, nothing else.
      const fileUrl = pathToFileURL(file).href
      const printSession = session.fromPartition(`print-${randomUUID()}`, { cache: false })
      printSession.setPermissionRequestHandler((_contents, _permission, callback) =>
        callback(false),
      )
      printSession.webRequest.onBeforeRequest((details, callback) =>
        callback({ cancel: details.url !== fileUrl && !details.url.startsWith('data:') }),
      )
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          session: printSession,
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
