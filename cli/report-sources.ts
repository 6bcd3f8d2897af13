import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { Assessment } from '../shared/assessment/assessment'
import { Questionnaire } from '../shared/questionnaire/schema'
import { buildReportModel } from '../shared/report/build-report'
import type { ReportModel } from '../shared/report/report-model'
import type { SharingChoices } from '../shared/report/sharing'
import { SUBMISSION_FORMAT } from '../shared/submission/submission'
import { checkSubmission, type SubmissionCheck } from '../electron/main/services/submission-files'
import coreQuestionnaire from '../questionnaires/cyber-capacity-core.json'
import { MAX_IMPORT_BYTES } from '../electron/main/services/file-import'
import { stat } from 'node:fs/promises'

/** A command-line failure: its message is printed as is, without a stack trace. */
export class CliError extends Error {}

export const QUESTIONNAIRES = [Questionnaire.parse(coreQuestionnaire)]

export async function readJsonFile(path: string): Promise<unknown> {
  const name = basename(path)
  let text: string
  try {
    if ((await stat(path)).size > MAX_IMPORT_BYTES)
      throw new CliError(`${name} is too large to be a file of this app.`)
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(
      `${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
    )
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new CliError(`${name} is not valid JSON: it is damaged or incomplete.`)
  }
}

export function verifySubmissionJson(json: unknown, fileName: string): SubmissionCheck {
  const checked = checkSubmission(json, fileName)
  if (!checked.ok) throw new CliError(checked.error.message)
  return checked.value
}

/**
 * The report model of a file: a submission (verified first; an altered one is refused) or a
 * saved assessment (scored here, with the sharing choices given).
 */
export async function reportModelOf(
  path: string,
  choices: SharingChoices,
  now: Date,
  appVersion: string,
): Promise<ReportModel> {
  const json = await readJsonFile(path)
  const fileName = basename(path)
  if ((json as { format?: unknown } | null)?.format === SUBMISSION_FORMAT) {
    const check = verifySubmissionJson(json, fileName)
    if (!check.isIntact) throw new CliError(check.verdict)
    return check.submission.content
  }
  const parsed = Assessment.safeParse(json)
  if (!parsed.success)
    throw new CliError(
      `${fileName} is neither a needs submission nor a saved assessment of this app.`,
    )
  const questionnaire = QUESTIONNAIRES.find(
    (q) => q.id === parsed.data.questionnaire.id && q.version === parsed.data.questionnaire.version,
  )
  if (!questionnaire)
    throw new CliError(`${fileName} uses a questionnaire this version of the app does not have.`)
  return buildReportModel({
    questionnaire,
    assessment: parsed.data,
    choices,
    createdAt: now,
    appVersion,
  })
}
