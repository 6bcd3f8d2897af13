/** Paper sizes offered for PDF export. */
export const PAPER_SIZES = ['A4', 'Letter'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

/**
 * Prints self-contained HTML to PDF with Chromium's print engine (Electron's `printToPDF` in the
 * app, Playwright's `page.pdf` in tests and on the command line) — the engine that shapes every
 * script correctly, Arabic included. Page numbers and a document outline are part of the contract.
 */
export interface PdfPrinter {
  print(html: string, options: { paperSize: PaperSize; title: string }): Promise<Uint8Array>
}

/** The footer every printer puts on each page. */
export const PDF_FOOTER_TEMPLATE =
  '<div style="font-size:8px;width:100%;text-align:center;color:#5a6675"><span class="pageNumber"></span> / <span class="totalPages"></span></div>'
