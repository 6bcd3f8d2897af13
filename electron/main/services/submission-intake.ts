import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { AcceptedSubmission, FileResult } from '../../../shared/aggregation/intake-result'
import { SUBMISSION_EXTENSION, SUBMISSION_FORMAT } from '../../../shared/submission/submission'
import { checkSubmission } from './submission-files'

/** Far above a real submission (~100 KB): a 200 MB file is refused before it is read. */
export const MAX_SUBMISSION_BYTES = 10 * 1024 * 1024

export interface IntakeOptions {
  /** Questionnaire ids and versions the aggregation can map. */
  knownQuestionnaires: readonly { id: string; version: string }[]
  onProgress?: (done: number, total: number) => void
}

/** One file to import: its name, its size (null when it is missing or not a file), its bytes. */
export interface SubmissionSource {
  fileName: string
  size: number | null
  read: () => Promise<Buffer>
}

export interface Intake {
  accepted: AcceptedSubmission[]
  results: FileResult[]
  /** The exact bytes of each accepted file, for collections that keep them for re-verification. */
  bytes: Map<string, Buffer>
}

/** Submissions have their own extension; plain `.json` is accepted too, as files get renamed. */
function isSubmissionFileName(name: string): boolean {
  return name.endsWith(`.${SUBMISSION_EXTENSION}`) || name.endsWith('.json')
}

/** Files, and the submission files directly inside folders, in a stable order. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => null)
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter(isSubmissionFileName).sort()
      files.push(...names.map((name) => join(path, name)))
    } else files.push(path)
  }
  return files
}

/**
 * Reads, validates and verifies a batch of submissions. Each file gets a result with a reason;
 * a rejected file contributes nothing. Two files claiming the same country and export time with
 * different content are both suspect: the second is rejected and the conflict named.
 */
export async function intakeSources(
  files: readonly SubmissionSource[],
  options: IntakeOptions,
): Promise<Intake> {
  const accepted: AcceptedSubmission[] = []
  const results: FileResult[] = []
  const bytes = new Map<string, Buffer>()
  const byDigest = new Map<string, string>()
  const byCountryTime = new Map<string, { digest: string; fileName: string }>()

  for (const [index, source] of files.entries()) {
    options.onProgress?.(index, files.length)
    const { fileName } = source
    const reject = (reason: string) => results.push({ fileName, status: 'rejected', reason })
    if (source.size === null) {
      reject('the file could not be found or is not a file')
      continue
    }
    if (source.size > MAX_SUBMISSION_BYTES) {
      reject(
        `the file is too large to be a submission (${(source.size / 1024 / 1024).toFixed(0)} MB)`,
      )
      continue
    }
    const raw = await source.read()
    let json: unknown
    try {
      json = JSON.parse(raw.toString('utf8'))
    } catch {
      reject('it is not a submission: the content is not valid JSON')
      continue
    }
    if ((json as { format?: unknown } | null)?.format !== SUBMISSION_FORMAT) {
      reject('it is not a needs submission of this app')
      continue
    }
    const checked = checkSubmission(json, fileName)
    if (!checked.ok) {
      reject(checked.error.message.replace(`${fileName} `, ''))
      continue
    }
    const { submission, isIntact, verdict, signature } = checked.value
    const meta = submission.content.meta
    if (!isIntact) {
      reject(verdict.replace(`${fileName} `, ''))
      continue
    }
    if (!options.knownQuestionnaires.some((q) => q.id === meta.questionnaire.id)) {
      reject(
        `it uses a questionnaire this app does not know (${meta.questionnaire.id} ${meta.questionnaire.version})`,
      )
      continue
    }
    const digest = submission.integrity.digest
    const described = { country: meta.country, period: meta.period, createdAt: meta.createdAt }
    const same = byDigest.get(digest)
    if (same) {
      results.push({
        fileName,
        status: 'duplicate',
        reason: `the same submission as ${same}`,
        ...described,
      })
      continue
    }
    const key = `${meta.country}|${meta.createdAt}`
    const clash = byCountryTime.get(key)
    if (clash) {
      reject(
        `it claims the same country and export time as ${clash.fileName} but its content differs`,
      )
      continue
    }
    byDigest.set(digest, fileName)
    byCountryTime.set(key, { digest, fileName })
    accepted.push({ fileName, digest, report: submission.content })
    bytes.set(digest, raw)
    const signedBy =
      signature.status === 'valid' ? `signed with the key ${signature.fingerprint}` : 'not signed'
    results.push({ fileName, status: 'accepted', reason: `intact, ${signedBy}`, ...described })
  }
  options.onProgress?.(files.length, files.length)
  return { accepted, results, bytes }
}

/** Reads, validates and verifies the submissions at these paths (folders are expanded). */
export async function intakeSubmissions(
  paths: readonly string[],
  options: IntakeOptions,
): Promise<Intake> {
  const sources = await Promise.all(
    (await expandPaths(paths)).map(async (path): Promise<SubmissionSource> => {
      const info = await stat(path).catch(() => null)
      return {
        fileName: basename(path),
        size: info?.isFile() ? info.size : null,
        read: () => readFile(path),
      }
    }),
  )
  return intakeSources(sources, options)
}

/** Submissions dropped on the window arrive as content, not paths. */
export function sourcesFromContents(
  files: readonly { fileName: string; text: string }[],
): SubmissionSource[] {
  return files.map((file) => {
    const bytes = Buffer.from(file.text, 'utf8')
    return { fileName: file.fileName, size: bytes.length, read: async () => bytes }
  })
}
