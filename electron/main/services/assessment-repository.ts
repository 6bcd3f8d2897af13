import { randomUUID } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import type {
  AssessmentList,
  AssessmentSummary,
  StorageProblem,
} from '../../../shared/api/contract'
import { fail, ok, type ApiResult } from '../../../shared/api/result'
import {
  Assessment,
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
  type AssessmentProfileInput,
  type QuestionnaireRef,
  AssessmentProfile,
} from '../../../shared/assessment/assessment'
import { TEMP_FILE_PREFIX, writeFileAtomic } from './atomic-file'

const FILE_SUFFIX = '.assessment.json'
/** Unreadable files are moved here, with a note of why, and never deleted. */
const SET_ASIDE_FOLDER = 'set-aside'
const REASON_SUFFIX = '.reason.txt'
/** Deleted assessments wait here so a deletion can be undone. */
const TRASH_FOLDER = 'trash'

type ReadOutcome =
  | { kind: 'ok'; assessment: Assessment }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'missing' }

/**
 * The national team's assessments: one JSON file each in `folder`, written atomically.
 * A corrupt file is set aside and reported by name; it never stops the others from loading.
 */
export class AssessmentRepository {
  constructor(private readonly folder: string) {}

  private fileOf(id: string): string {
    return join(this.folder, `${id}${FILE_SUFFIX}`)
  }

  /** Creates the storage folders; safe to call again. */
  async prepare(): Promise<void> {
    await mkdir(join(this.folder, SET_ASIDE_FOLDER), { recursive: true })
    await mkdir(join(this.folder, TRASH_FOLDER), { recursive: true })
  }

  /** Every readable assessment (newest change first) and every file that had to be set aside. */
  async list(): Promise<AssessmentList> {
    await this.prepare()
    const names = await readdir(this.folder)
    const assessments: AssessmentSummary[] = []
    for (const name of names) {
      if (!name.endsWith(FILE_SUFFIX) || name.startsWith(TEMP_FILE_PREFIX)) continue
      const outcome = await this.readFile(join(this.folder, name))
      if (outcome.kind === 'ok') assessments.push(summarize(outcome.assessment))
      else if (outcome.kind === 'unreadable') await this.setAside(name, outcome.reason)
    }
    assessments.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    return { assessments, problems: await this.listSetAside() }
  }

  async load(id: string): Promise<ApiResult<Assessment>> {
    const outcome = await this.readFile(this.fileOf(id))
    if (outcome.kind === 'ok') return ok(outcome.assessment)
    if (outcome.kind === 'missing') return fail('not-found', 'This assessment no longer exists.')
    const problem = await this.setAside(`${id}${FILE_SUFFIX}`, outcome.reason)
    return fail(
      'corrupt-file',
      `The file ${problem.fileName} could not be read (${outcome.reason}). It was moved to ${problem.setAsidePath}.`,
    )
  }

  async create(
    profile: AssessmentProfileInput,
    questionnaire: QuestionnaireRef,
    now: Date = new Date(),
  ): Promise<Assessment> {
    const timestamp = now.toISOString()
    const assessment = Assessment.parse({
      format: ASSESSMENT_FORMAT,
      formatVersion: ASSESSMENT_FORMAT_VERSION,
      id: randomUUID(),
      createdAt: timestamp,
      updatedAt: timestamp,
      questionnaire,
      profile: AssessmentProfile.parse(profile),
    })
    await this.write(assessment)
    return assessment
  }

  /** Saves a new version of an existing assessment; the caller's copy is the truth. */
  async save(assessment: Assessment, now: Date = new Date()): Promise<{ updatedAt: string }> {
    const updatedAt = now.toISOString()
    await this.write({ ...assessment, updatedAt })
    return { updatedAt }
  }

  /** A follow-up assessment: the same answers, a new id, and a link back for comparisons. */
  async duplicate(id: string, now: Date = new Date()): Promise<ApiResult<Assessment>> {
    const source = await this.load(id)
    if (!source.ok) return source
    const timestamp = now.toISOString()
    const copy: Assessment = {
      ...source.value,
      id: randomUUID(),
      createdAt: timestamp,
      updatedAt: timestamp,
      isArchived: false,
      derivedFrom: id,
    }
    await this.write(copy)
    return ok(copy)
  }

  /** Brings a deleted assessment back from the trash (the "Undo" after a delete). */
  async restore(id: string): Promise<ApiResult<null>> {
    try {
      await readFile(this.fileOf(id))
      return fail('invalid-request', 'An assessment with this id already exists.')
    } catch (error) {
      if (!isMissingFile(error)) throw error
    }
    try {
      await rename(join(this.folder, TRASH_FOLDER, `${id}${FILE_SUFFIX}`), this.fileOf(id))
      return ok(null)
    } catch (error) {
      if (isMissingFile(error))
        return fail('not-found', 'This assessment is no longer in the trash.')
      throw error
    }
  }

  /** Whether an assessment with this id is stored here. */
  async has(id: string): Promise<boolean> {
    return (await this.readFile(this.fileOf(id))).kind === 'ok'
  }

  /** Moves the file to the trash folder (kept for undo), rather than unlinking it. */
  async remove(id: string): Promise<ApiResult<null>> {
    await this.prepare()
    try {
      await rename(this.fileOf(id), join(this.folder, TRASH_FOLDER, `${id}${FILE_SUFFIX}`))
      return ok(null)
    } catch (error) {
      if (isMissingFile(error)) return fail('not-found', 'This assessment no longer exists.')
      throw error
    }
  }

  private async write(assessment: Assessment): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    await writeFileAtomic(this.fileOf(assessment.id), `${JSON.stringify(assessment, null, 2)}\n`)
  }

  private async readFile(path: string): Promise<ReadOutcome> {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if (isMissingFile(error)) return { kind: 'missing' }
      return { kind: 'unreadable', reason: `it could not be opened: ${describeError(error)}` }
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return {
        kind: 'unreadable',
        reason: 'it is not valid JSON (the file is damaged or incomplete)',
      }
    }
    const parsed = Assessment.safeParse(json)
    if (parsed.success) return { kind: 'ok', assessment: parsed.data }
    return { kind: 'unreadable', reason: describeInvalid(json, parsed.error) }
  }

  private async setAside(fileName: string, reason: string): Promise<StorageProblem> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const setAsideName = `${stamp}-${fileName}`
    const setAsidePath = join(this.folder, SET_ASIDE_FOLDER, setAsideName)
    await rename(join(this.folder, fileName), setAsidePath)
    await writeFile(`${setAsidePath}${REASON_SUFFIX}`, `${fileName}\n${reason}\n`, 'utf8')
    return { fileName, reason, setAsidePath }
  }

  private async listSetAside(): Promise<StorageProblem[]> {
    const folder = join(this.folder, SET_ASIDE_FOLDER)
    const names = await readdir(folder)
    const problems: StorageProblem[] = []
    for (const name of names) {
      if (!name.endsWith(REASON_SUFFIX)) continue
      const [fileName = name, reason = 'unknown'] = (
        await readFile(join(folder, name), 'utf8')
      ).split('\n')
      problems.push({
        fileName,
        reason,
        setAsidePath: join(folder, name.slice(0, -REASON_SUFFIX.length)),
      })
    }
    return problems
  }

  /** Removes what was set aside; used when the user dismisses the warning. */
  async clearSetAside(): Promise<void> {
    await rm(join(this.folder, SET_ASIDE_FOLDER), { recursive: true, force: true })
    await this.prepare()
  }
}

function summarize(assessment: Assessment): AssessmentSummary {
  const { profile } = assessment
  return {
    id: assessment.id,
    country: profile.country,
    period: profile.period,
    title: profile.title,
    leadAgency: profile.leadAgency,
    questionnaire: assessment.questionnaire,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
    isArchived: assessment.isArchived,
    answeredCount: Object.values(assessment.answers).filter((answer) => answer.current).length,
  }
}

function describeInvalid(json: unknown, error: z.ZodError): string {
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion
  if (typeof version === 'number' && version > ASSESSMENT_FORMAT_VERSION) {
    return `it was saved by a newer version of the app (format ${version}); update the app to open it`
  }
  const first = error.issues[0]
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : ''
  return `it is not a valid assessment${where}: ${first?.message ?? 'unknown problem'}`
}

function isMissingFile(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT'
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
