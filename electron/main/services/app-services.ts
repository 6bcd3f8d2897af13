import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import type { ReportModel } from '../../../shared/report/report-model'
import { shortlist } from '../../../shared/report/shortlist'
import type { AppInfo, OpenedFile } from '../../../shared/api/contract'
import { fail, ok, type ApiResult } from '../../../shared/api/result'
import { createWorkingCopy, WORKING_COPY_EXTENSION } from '../../../shared/assessment/working-copy'
import { SUBMISSION_EXTENSION } from '../../../shared/submission/submission'
import type { AppServices } from '../ipc/dispatch'
import { AssessmentRepository } from './assessment-repository'
import { writeFileAtomic } from './atomic-file'
import type { FileDialogs } from './file-dialogs'
import { readImportFile, recognizeFileText, type RecognisedFile } from './file-import'
import type { PdfPrinter } from './pdf-printer'
import { QuestionnaireCatalog } from './questionnaire-catalog'
import { CollectionStore } from './collection-store'
import { sourcesFromContents } from './submission-intake'
import { renderRegionalReport } from './regional-export'
import { exportReport, renderReport } from './report-export'
import { SigningKeyStore } from './signing-key-store'

export interface AppServicesOptions {
  /** Folder holding one file per assessment. */
  dataDir: string
  appInfo: AppInfo
  dialogs: FileDialogs
  printer: PdfPrinter
  /** Folder of the team's signing key; kept apart from the assessments. */
  keysDir: string
  /** Folder of the regional collections. */
  collectionsDir: string
  /** Where progress of long operations is reported (the window, in the app). */
  onImportProgress?: (done: number, total: number) => void
  now?: () => Date
}

const OPENABLE_FILES = [
  {
    name: 'Working copies and needs submissions',
    extensions: [WORKING_COPY_EXTENSION, SUBMISSION_EXTENSION, 'json'],
  },
]

/**
 * Builds the plain-Node implementation of the API. The Electron shell and the browser test
 * harness both call this, so everything but the transport is the real thing in tests.
 */
/** The API, plus what only the Electron shell may call. */
export interface ShellServices extends AppServices {
  /** Opens a file the operating system handed to the app (double-click, "Open with"). */
  openPath(path: string): Promise<ApiResult<OpenedFile>>
}

export async function createAppServices(options: AppServicesOptions): Promise<ShellServices> {
  const { dialogs, now = () => new Date() } = options
  const repository = new AssessmentRepository(options.dataDir)
  await repository.prepare()
  const catalog = new QuestionnaireCatalog()
  const keys = new SigningKeyStore(options.keysDir)
  const collections = new CollectionStore(options.collectionsDir, catalog.reference())
  /** Verified submissions opened for review in this session, for shortlist exports. */
  const reviews = new Map<string, ReportModel>()

  /** Turns a recognised file into what the window needs: a merge to offer, or a report to review. */
  async function opened(read: ApiResult<RecognisedFile>): Promise<ApiResult<OpenedFile>> {
    if (!read.ok) return read
    if (read.value.kind === 'working-copy') {
      const hasLocalAssessment = await repository.has(read.value.copy.assessment.id)
      return ok({ ...read.value, hasLocalAssessment })
    }
    const { check } = read.value
    const reviewId = randomUUID()
    if (check.isIntact) reviews.set(reviewId, check.submission.content)
    return ok({
      kind: 'submission',
      fileName: read.value.fileName,
      reviewId,
      isIntact: check.isIntact,
      signature: check.signature,
      verdict: check.verdict,
      report: check.isIntact ? check.submission.content : null,
    })
  }

  const services: AppServices = {
    getAppInfo: async () => ok(options.appInfo),
    listQuestionnaires: async () => ok(catalog.summaries()),
    getQuestionnaire: async (ref) => catalog.get(ref),
    listAssessments: async () => ok(await repository.list()),
    createAssessment: async (request) => {
      const questionnaire = catalog.get(request.questionnaire)
      if (!questionnaire.ok) return questionnaire
      return ok(await repository.create(request.profile, request.questionnaire, now()))
    },
    loadAssessment: async (id) => repository.load(id),
    saveAssessment: async (assessment) => {
      if (!catalog.get(assessment.questionnaire).ok) {
        return fail(
          'unsupported-version',
          'This assessment uses a questionnaire this app does not have.',
        )
      }
      return ok(await repository.save(assessment, now()))
    },
    deleteAssessment: async (id) => repository.remove(id),
    restoreAssessment: async (id) => repository.restore(id),
    duplicateAssessment: async (id) => repository.duplicate(id, now()),
    exportWorkingCopy: async (id) => {
      const loaded = await repository.load(id)
      if (!loaded.ok) return loaded
      const { country, period } = loaded.value.profile
      const path = await dialogs.chooseSavePath({
        title: 'Export a working copy',
        defaultName: `${country}-${period.replace(/[^\p{L}\p{N}-]+/gu, '-')}.${WORKING_COPY_EXTENSION}`,
        filters: OPENABLE_FILES,
      })
      if (path === null) return fail('cancelled', 'Export cancelled.')
      const copy = createWorkingCopy(loaded.value, now())
      await writeFileAtomic(path, `${JSON.stringify(copy, null, 2)}\n`)
      return ok({ fileName: basename(path) })
    },
    openFile: async () => {
      const path = await dialogs.chooseOpenPath({ title: 'Open a file', filters: OPENABLE_FILES })
      if (path === null) return fail('cancelled', 'Nothing was opened.')
      return opened(await readImportFile(path))
    },
    openDroppedFile: async ({ fileName, text }) => opened(recognizeFileText(text, fileName)),
    exportReport: async (request) => {
      const loaded = await repository.load(request.assessmentId)
      if (!loaded.ok) return loaded
      const questionnaire = catalog.get(loaded.value.questionnaire)
      if (!questionnaire.ok) return questionnaire
      return exportReport(
        request,
        { assessment: loaded.value, questionnaire: questionnaire.value },
        {
          dialogs,
          printer: options.printer,
          keys,
          appVersion: options.appInfo.version,
          now: now(),
        },
      )
    },
    exportShortlist: async (request) => {
      const model = reviews.get(request.reviewId)
      if (!model) return fail('not-found', 'Open the submission again to export from it.')
      const path = await dialogs.chooseSavePath({
        title: 'Export the shortlist',
        defaultName: `${model.meta.country}-${model.meta.period.replace(/[^\p{L}\p{N}-]+/gu, '-')}-shortlist.${request.format}`,
        filters: [{ name: request.format.toUpperCase(), extensions: [request.format] }],
      })
      if (path === null) return fail('cancelled', 'Export cancelled.')
      const contents = await renderReport(
        shortlist(model, request.filter),
        request.format,
        { printer: options.printer, keys },
        { subtitle: 'shortlist' },
      )
      await writeFileAtomic(path, contents)
      return ok({ fileName: basename(path) })
    },
    listCollections: async () => ok(await collections.list()),
    createCollection: async (name) => ok(await collections.create(name, now())),
    getCollection: async (id) => collections.get(id),
    importSubmissions: async ({ collectionId, from }) => {
      const paths = await dialogs.chooseOpenPaths({
        title: from === 'folder' ? 'Import a folder of submissions' : 'Import submissions',
        filters: [{ name: 'Needs submissions', extensions: [SUBMISSION_EXTENSION, 'json'] }],
        folder: from === 'folder',
      })
      if (paths.length === 0) return fail('cancelled', 'Nothing was imported.')
      return collections.import(collectionId, { paths }, options.onImportProgress)
    },
    importDroppedSubmissions: async ({ collectionId, files }) =>
      collections.import(
        collectionId,
        { sources: sourcesFromContents(files) },
        options.onImportProgress,
      ),
    chooseSubmission: async ({ collectionId, country, digest }) =>
      collections.choose(collectionId, country, digest),
    exportRegionalReport: async ({ collectionId, format }) => {
      const view = await collections.get(collectionId)
      if (!view.ok) return view
      const path = await dialogs.chooseSavePath({
        title: 'Export the regional report',
        defaultName: `${view.value.name.replace(/[^\p{L}\p{N}-]+/gu, '-')}-regional.${format}`,
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
      })
      if (path === null) return fail('cancelled', 'Export cancelled.')
      await writeFileAtomic(
        path,
        await renderRegionalReport(view.value.picture, view.value.name, format, options.printer),
      )
      return ok({ fileName: basename(path) })
    },
    getSigningKey: async () => ok({ fingerprint: await keys.fingerprint() }),
    createSigningKey: async () => ok({ fingerprint: await keys.create() }),
  }
  return {
    ...services,
    // Not part of the IPC contract: only the shell calls it, for files the OS hands to the app.
    openPath: async (path) => opened(await readImportFile(path)),
  }
}
