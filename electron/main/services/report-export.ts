import { basename } from 'node:path'
import type { ExportFormat, ExportRequest, SavedFile } from '../../../shared/api/contract'
import { fail, ok, type ApiResult } from '../../../shared/api/result'
import { buildReportModel } from '../../../shared/report/build-report'
import { renderReportHtml } from '../../../shared/report/render-html'
import { renderNeedsCsv } from '../../../shared/report/render-csv'
import type { ReportModel } from '../../../shared/report/report-model'
import { SUBMISSION_EXTENSION } from '../../../shared/submission/submission'
import type { Assessment } from '../../../shared/assessment/assessment'
import type { Questionnaire } from '../../../shared/questionnaire/schema'
import { writeFileAtomic } from './atomic-file'
import type { FileDialogs, FileFilter } from './file-dialogs'
import { contentDigest, keyFingerprint } from './integrity'
import type { PdfPrinter } from './pdf-printer'
import { renderNeedsXlsx } from './render-xlsx'
import type { SigningKeyStore } from './signing-key-store'
import { createSubmission } from './submission-files'

const FORMATS: Record<ExportFormat, { extension: string; filter: FileFilter }> = {
  html: { extension: 'html', filter: { name: 'Web page (HTML)', extensions: ['html'] } },
  pdf: { extension: 'pdf', filter: { name: 'PDF document', extensions: ['pdf'] } },
  json: {
    extension: SUBMISSION_EXTENSION,
    filter: { name: 'Needs submission', extensions: [SUBMISSION_EXTENSION] },
  },
  csv: { extension: 'csv', filter: { name: 'Spreadsheet (CSV)', extensions: ['csv'] } },
  xlsx: { extension: 'xlsx', filter: { name: 'Excel workbook', extensions: ['xlsx'] } },
}

export interface ReportRenderers {
  printer: PdfPrinter
  keys: SigningKeyStore
}

/** Renders one report model in one format; every format comes from the same model. */
export async function renderReport(
  model: ReportModel,
  format: ExportFormat,
  { printer, keys }: ReportRenderers,
  options: { paperSize?: 'A4' | 'Letter'; subtitle?: string } = {},
): Promise<Uint8Array | string> {
  const key = await keys.load()
  const integrity = {
    digest: contentDigest(model),
    keyFingerprint: key ? keyFingerprint(key.publicKeyDer) : undefined,
  }
  switch (format) {
    case 'html':
      return renderReportHtml(model, { integrity, subtitle: options.subtitle })
    case 'pdf':
      return printer.print(renderReportHtml(model, { integrity, subtitle: options.subtitle }), {
        paperSize: options.paperSize ?? 'A4',
        title: `${model.meta.countryName} ${model.meta.period}`,
      })
    case 'json':
      return `${JSON.stringify(createSubmission(model, key ?? undefined), null, 2)}\n`
    case 'csv':
      return renderNeedsCsv(model)
    case 'xlsx':
      return new Uint8Array(await renderNeedsXlsx(model))
  }
}

/** Builds the model from the stored assessment (never from the renderer's copy) and saves it. */
export async function exportReport(
  request: ExportRequest,
  source: { assessment: Assessment; questionnaire: Questionnaire },
  context: ReportRenderers & { dialogs: FileDialogs; appVersion: string; now: Date },
): Promise<ApiResult<SavedFile>> {
  const model = buildReportModel({
    questionnaire: source.questionnaire,
    assessment: source.assessment,
    choices: request.choices,
    createdAt: context.now,
    appVersion: context.appVersion,
  })
  const { extension, filter } = FORMATS[request.format]
  const { country, period } = source.assessment.profile
  const path = await context.dialogs.chooseSavePath({
    title: 'Export the needs report',
    defaultName: `${country}-${period.replace(/[^\p{L}\p{N}-]+/gu, '-')}-needs.${extension}`,
    filters: [filter],
  })
  if (path === null) return fail('cancelled', 'Export cancelled.')
  const contents = await renderReport(model, request.format, context, {
    paperSize: request.paperSize,
  })
  await writeFileAtomic(path, contents)
  return ok({ fileName: basename(path) })
}
