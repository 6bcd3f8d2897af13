import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { fail, ok, type ApiResult } from '../../../shared/api/result'
import { WORKING_COPY_FORMAT, WorkingCopy } from '../../../shared/assessment/working-copy'
import { SUBMISSION_FORMAT } from '../../../shared/submission/submission'
import { checkSubmission, type SubmissionCheck } from './submission-files'

/** Far above any real assessment (a full one is ~200 KB); stops a hostile file exhausting memory. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024

export type RecognisedFile =
  | { kind: 'working-copy'; fileName: string; copy: WorkingCopy }
  | { kind: 'submission'; fileName: string; check: SubmissionCheck }

/**
 * Reads a file the user chose and recognises it by its `format` field. Every failure is a
 * sentence naming the file and the problem; the file itself is never modified.
 */
export async function readImportFile(path: string): Promise<ApiResult<RecognisedFile>> {
  const fileName = basename(path)
  let text: string
  try {
    const info = await stat(path)
    if (!info.isFile()) return fail('invalid-request', `${fileName} is not a file.`)
    if (info.size > MAX_IMPORT_BYTES) {
      return fail(
        'invalid-request',
        `${fileName} is too large to be an assessment file (${formatMegabytes(info.size)}).`,
      )
    }
    text = await readFile(path, 'utf8')
  } catch (error) {
    return fail('io-error', `${fileName} could not be read: ${(error as Error).message}`)
  }
  return recognizeFileText(text, fileName)
}

/** Recognises a file's content (read from disk, or dropped on the window) by its `format` field. */
export function recognizeFileText(text: string, fileName: string): ApiResult<RecognisedFile> {
  if (text.length > MAX_IMPORT_BYTES) {
    return fail('invalid-request', `${fileName} is too large to be an assessment file.`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return fail(
      'corrupt-file',
      `${fileName} is not a valid file of this app: it is not JSON, or it is incomplete.`,
    )
  }
  const format = (json as { format?: unknown } | null)?.format
  if (format === WORKING_COPY_FORMAT) {
    const version = (json as { formatVersion?: unknown }).formatVersion
    if (typeof version === 'number' && version > 1) {
      return fail(
        'unsupported-version',
        `${fileName} was made by a newer version of the app; update the app to open it.`,
      )
    }
    const parsed = WorkingCopy.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
      return fail(
        'corrupt-file',
        `${fileName} is a damaged working copy${where}: ${issue?.message ?? 'invalid'}.`,
      )
    }
    return ok({ kind: 'working-copy', fileName, copy: parsed.data })
  }
  if (format === SUBMISSION_FORMAT) {
    const checked = checkSubmission(json, fileName)
    return checked.ok ? ok({ kind: 'submission', fileName, check: checked.value }) : checked
  }
  return fail('invalid-request', `${fileName} is not a file this app can open.`)
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
