import { randomUUID } from 'node:crypto'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { CollectionSummary, CollectionView } from '../../../shared/api/contract'
import { aggregateRegion } from '../../../shared/aggregation/aggregate'
import {
  currentSubmissions,
  type AcceptedSubmission,
  type FileResult,
} from '../../../shared/aggregation/intake-result'
import { fail, ok, type ApiResult } from '../../../shared/api/result'
import type { Questionnaire } from '../../../shared/questionnaire/schema'
import { writeFileAtomic } from './atomic-file'
import { checkSubmission } from './submission-files'
import { intakeSources, intakeSubmissions, type SubmissionSource } from './submission-intake'

const Manifest = z
  .object({
    id: z.string().uuid(),
    name: z.string().min(1).max(200),
    createdAt: z.iso.datetime(),
    files: z.array(
      z
        .object({ fileName: z.string().max(500), digest: z.string().regex(/^[0-9a-f]{64}$/) })
        .strict(),
    ),
    /** Country → digest of the submission the user picked instead of the latest. */
    chosen: z.record(z.string().regex(/^[A-Z]{3}$/), z.string().regex(/^[0-9a-f]{64}$/)),
  })
  .strict()
type Manifest = z.infer<typeof Manifest>

/**
 * A regional organization's named collections ("ASEAN 2026 round"), one folder each: a manifest
 * and the imported files kept byte for byte under their digest, so they can be verified again.
 */
export class CollectionStore {
  constructor(
    private readonly folder: string,
    private readonly questionnaire: Questionnaire,
  ) {}

  private dir(id: string) {
    return join(this.folder, id)
  }

  private async manifest(id: string): Promise<Manifest | null> {
    if (!/^[0-9a-f-]{36}$/.test(id)) return null
    try {
      return Manifest.parse(
        JSON.parse(await readFile(join(this.dir(id), 'collection.json'), 'utf8')),
      )
    } catch {
      return null
    }
  }

  private async save(manifest: Manifest): Promise<void> {
    await mkdir(join(this.dir(manifest.id), 'files'), { recursive: true })
    await writeFileAtomic(
      join(this.dir(manifest.id), 'collection.json'),
      `${JSON.stringify(manifest, null, 2)}\n`,
    )
  }

  async list(): Promise<CollectionSummary[]> {
    await mkdir(this.folder, { recursive: true })
    const summaries: CollectionSummary[] = []
    for (const id of await readdir(this.folder)) {
      const manifest = await this.manifest(id)
      if (manifest)
        summaries.push({
          id,
          name: manifest.name,
          createdAt: manifest.createdAt,
          fileCount: manifest.files.length,
        })
    }
    return summaries.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  }

  async create(name: string, now: Date): Promise<CollectionSummary> {
    const manifest: Manifest = {
      id: randomUUID(),
      name,
      createdAt: now.toISOString(),
      files: [],
      chosen: {},
    }
    await this.save(manifest)
    return { id: manifest.id, name, createdAt: manifest.createdAt, fileCount: 0 }
  }

  /** Verifies and adds files; rejected ones change nothing. */
  async import(
    id: string,
    from: { paths: readonly string[] } | { sources: readonly SubmissionSource[] },
    onProgress?: (done: number, total: number) => void,
  ): Promise<ApiResult<{ results: FileResult[]; view: CollectionView }>> {
    const manifest = await this.manifest(id)
    if (!manifest) return fail('not-found', 'This collection no longer exists.')
    const options = {
      knownQuestionnaires: [{ id: this.questionnaire.id, version: this.questionnaire.version }],
      onProgress,
    }
    const intake =
      'paths' in from
        ? await intakeSubmissions(from.paths, options)
        : await intakeSources(from.sources, options)
    const known = new Set(manifest.files.map((file) => file.digest))
    const results = intake.results.map((result) => result)
    for (const entry of intake.accepted) {
      if (known.has(entry.digest)) {
        const index = results.findIndex(
          (r) => r.fileName === entry.fileName && r.status === 'accepted',
        )
        if (index >= 0)
          results[index] = {
            ...results[index]!,
            status: 'duplicate',
            reason: 'already in this collection',
          }
        continue
      }
      await writeFileAtomic(
        join(this.dir(id), 'files', `${entry.digest}.json`),
        intake.bytes.get(entry.digest)!,
      )
      manifest.files.push({ fileName: entry.fileName, digest: entry.digest })
      known.add(entry.digest)
    }
    await this.save(manifest)
    return ok({ results, view: await this.view(manifest) })
  }

  async get(id: string): Promise<ApiResult<CollectionView>> {
    const manifest = await this.manifest(id)
    return manifest
      ? ok(await this.view(manifest))
      : fail('not-found', 'This collection no longer exists.')
  }

  async choose(id: string, country: string, digest: string): Promise<ApiResult<CollectionView>> {
    const manifest = await this.manifest(id)
    if (!manifest) return fail('not-found', 'This collection no longer exists.')
    if (!manifest.files.some((file) => file.digest === digest))
      return fail('not-found', 'No such submission in this collection.')
    manifest.chosen[country] = digest
    await this.save(manifest)
    return ok(await this.view(manifest))
  }

  /** Re-verifies every stored file from its bytes, so a file changed on disk since import is caught. */
  private async view(manifest: Manifest): Promise<CollectionView> {
    const accepted: AcceptedSubmission[] = []
    const problems: string[] = []
    for (const file of manifest.files) {
      const text = await readFile(
        join(this.dir(manifest.id), 'files', `${file.digest}.json`),
        'utf8',
      ).catch(() => null)
      const checked =
        text === null ? null : checkSubmission(JSON.parse(text) as unknown, file.fileName)
      if (
        !checked?.ok ||
        !checked.value.isIntact ||
        checked.value.submission.integrity.digest !== file.digest
      ) {
        problems.push(`${file.fileName} no longer verifies and is left out.`)
        continue
      }
      accepted.push({
        fileName: file.fileName,
        digest: file.digest,
        report: checked.value.submission.content,
      })
    }
    const current = new Set(
      currentSubmissions(accepted, manifest.chosen).map((entry) => entry.digest),
    )
    return {
      id: manifest.id,
      name: manifest.name,
      submissions: accepted.map((entry) => ({
        fileName: entry.fileName,
        digest: entry.digest,
        country: entry.report.meta.country,
        countryName: entry.report.meta.countryName,
        period: entry.report.meta.period,
        createdAt: entry.report.meta.createdAt,
        isCurrent: current.has(entry.digest),
      })),
      problems,
      picture: aggregateRegion(
        this.questionnaire,
        accepted.filter((entry) => current.has(entry.digest)).map((entry) => entry.report),
      ),
    }
  }
}
