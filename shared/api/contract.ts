import type { Assessment, AssessmentProfileInput, QuestionnaireRef } from '../assessment/assessment'
import type { WorkingCopy } from '../assessment/working-copy'
import type { FileResult } from '../aggregation/intake-result'
import type { RegionalPicture } from '../aggregation/regional-picture'
import type { ReportModel } from '../report/report-model'
import type { SharingChoices } from '../report/sharing'
import type { NeedFilter } from '../report/shortlist'
import type { Questionnaire } from '../questionnaire/schema'
import type { ApiResult } from './result'

/** One line of the home screen's list. */
export interface AssessmentSummary {
  id: string
  country: string
  period: string
  title: string
  leadAgency: string
  questionnaire: QuestionnaireRef
  createdAt: string
  updatedAt: string
  isArchived: boolean
  answeredCount: number
}

/** A saved file that could not be read; it was moved aside, never deleted. */
export interface StorageProblem {
  fileName: string
  reason: string
  /** Where the unreadable file now lives, so a user can recover it by hand. */
  setAsidePath: string
}

export interface AssessmentList {
  assessments: AssessmentSummary[]
  problems: StorageProblem[]
}

export interface AppInfo {
  name: string
  version: string
  /** True when the app runs inside Electron; false in the browser test harness. */
  isDesktop: boolean
}

export interface QuestionnaireSummary {
  id: string
  version: string
  title: string
  itemCount: number
}

/** What the "New assessment" form sends. */
export interface NewAssessmentRequest {
  profile: AssessmentProfileInput
  questionnaire: QuestionnaireRef
}

/** Where an exported file went; only its name, so the renderer never learns the user's paths. */
export interface SavedFile {
  fileName: string
}

/**
 * A file the user chose to open, recognised by its format. The renderer decides what to do with
 * it (merge a working copy, …); nothing is written until the user confirms.
 */
export type OpenedFile =
  | {
      kind: 'working-copy'
      fileName: string
      copy: WorkingCopy
      /** Whether this computer holds the assessment the copy was made from. */
      hasLocalAssessment: boolean
    }
  | {
      kind: 'submission'
      fileName: string
      /** Identifies the verified file held by the main process, for shortlist exports. */
      reviewId: string
      isIntact: boolean
      signature: { status: 'none' } | { status: 'valid' | 'invalid'; fingerprint: string }
      verdict: string
      /** Only when intact: an altered file's content is never shown as if it were the country's. */
      report: ReportModel | null
    }

/** A donor's shortlist export from a submission opened for review. */
export interface ShortlistRequest {
  reviewId: string
  filter: NeedFilter
  format: 'html' | 'csv' | 'xlsx'
}

export const EXPORT_FORMATS = ['html', 'pdf', 'json', 'csv', 'xlsx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** What to export: the assessment, the format, and what the team chose to share. */
export interface ExportRequest {
  assessmentId: string
  format: ExportFormat
  choices: SharingChoices
  paperSize?: 'A4' | 'Letter'
}

/** The team's signing key, by its fingerprint only; the private half never leaves the main process. */
export interface SigningKeyInfo {
  fingerprint: string | null
}

export interface CollectionSummary {
  id: string
  name: string
  createdAt: string
  fileCount: number
}

/** A collection of member submissions and the regional picture of the ones that count. */
export interface CollectionView {
  id: string
  name: string
  submissions: {
    fileName: string
    digest: string
    country: string
    countryName: string
    period: string
    createdAt: string
    /** The one that counts for its country: the latest, or the one the user chose. */
    isCurrent: boolean
  }[]
  /** Stored files that no longer verify (changed on disk since import). */
  problems: string[]
  picture: RegionalPicture
}

/** Commands the native menu sends to the window. */
export const MENU_COMMANDS = [
  'new-assessment',
  'open-assessment',
  'import-file',
  'export-report',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/**
 * The whole surface between the renderer and the main process. The preload exposes exactly this
 * as `window.api`; the main process implements it; test fakes satisfy it too, so none can drift.
 * Every operation resolves to an `ApiResult`: a rejected sender or payload is a value, not a throw.
 */
export interface AppApi {
  getAppInfo(): Promise<ApiResult<AppInfo>>
  listQuestionnaires(): Promise<ApiResult<QuestionnaireSummary[]>>
  getQuestionnaire(ref: QuestionnaireRef): Promise<ApiResult<Questionnaire>>
  listAssessments(): Promise<ApiResult<AssessmentList>>
  createAssessment(request: NewAssessmentRequest): Promise<ApiResult<Assessment>>
  loadAssessment(id: string): Promise<ApiResult<Assessment>>
  saveAssessment(assessment: Assessment): Promise<ApiResult<{ updatedAt: string }>>
  /** Moves the assessment to the trash, from where `restoreAssessment` can bring it back. */
  deleteAssessment(id: string): Promise<ApiResult<null>>
  restoreAssessment(id: string): Promise<ApiResult<null>>
  /** Starts a follow-up: a copy of the answers that remembers what it was derived from. */
  duplicateAssessment(id: string): Promise<ApiResult<Assessment>>
  /** Asks where to save, then writes a working copy of the whole assessment. */
  exportWorkingCopy(id: string): Promise<ApiResult<SavedFile>>
  /** Asks which file to open, then reads and validates it; writes nothing. */
  openFile(): Promise<ApiResult<OpenedFile>>
  /** Recognises a file dropped on the window, from its content; writes nothing. */
  openDroppedFile(file: { fileName: string; text: string }): Promise<ApiResult<OpenedFile>>
  /** Builds the report from the saved assessment, asks where to save it, and writes it. */
  exportReport(request: ExportRequest): Promise<ApiResult<SavedFile>>
  /** Exports the filtered needs of a submission opened for review. */
  exportShortlist(request: ShortlistRequest): Promise<ApiResult<SavedFile>>
  listCollections(): Promise<ApiResult<CollectionSummary[]>>
  createCollection(name: string): Promise<ApiResult<CollectionSummary>>
  getCollection(id: string): Promise<ApiResult<CollectionView>>
  /** Asks for files or a folder, verifies each, and adds the accepted ones to the collection. */
  importSubmissions(request: {
    collectionId: string
    from: 'files' | 'folder'
  }): Promise<ApiResult<{ results: FileResult[]; view: CollectionView }>>
  /** Verifies submissions dropped on the window and adds the accepted ones to the collection. */
  importDroppedSubmissions(request: {
    collectionId: string
    files: { fileName: string; text: string }[]
  }): Promise<ApiResult<{ results: FileResult[]; view: CollectionView }>>
  /** Makes another of a country's submissions the one that counts. */
  chooseSubmission(request: {
    collectionId: string
    country: string
    digest: string
  }): Promise<ApiResult<CollectionView>>
  /** Writes the regional report of a collection (never ranking countries) where the user chooses. */
  exportRegionalReport(request: {
    collectionId: string
    format: 'html' | 'pdf' | 'csv' | 'xlsx' | 'json'
  }): Promise<ApiResult<SavedFile>>
  getSigningKey(): Promise<ApiResult<SigningKeyInfo>>
  createSigningKey(): Promise<ApiResult<SigningKeyInfo>>
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Subscribes to files the operating system opened with the app (double-click on a submission). */
  onFileOpened(listener: (file: OpenedFile) => void): () => void
  /** Subscribes to the progress of a batch import (files verified so far, of how many). */
  onImportProgress(listener: (progress: { done: number; total: number }) => void): () => void
}

/** Request/response operations: every AppApi method except event subscriptions. */
export type InvokeMethod = Exclude<
  keyof AppApi,
  'onMenuCommand' | 'onFileOpened' | 'onImportProgress'
>

/** IPC channel of each operation. One place, so preload, main and tests agree. */
export const INVOKE_CHANNELS = {
  getAppInfo: 'app:get-info',
  listQuestionnaires: 'questionnaire:list',
  getQuestionnaire: 'questionnaire:get',
  listAssessments: 'assessment:list',
  createAssessment: 'assessment:create',
  loadAssessment: 'assessment:load',
  saveAssessment: 'assessment:save',
  deleteAssessment: 'assessment:delete',
  restoreAssessment: 'assessment:restore',
  duplicateAssessment: 'assessment:duplicate',
  exportWorkingCopy: 'working-copy:export',
  openFile: 'file:open',
  openDroppedFile: 'file:open-dropped',
  exportReport: 'report:export',
  exportShortlist: 'report:export-shortlist',
  listCollections: 'collection:list',
  createCollection: 'collection:create',
  getCollection: 'collection:get',
  importSubmissions: 'collection:import',
  importDroppedSubmissions: 'collection:import-dropped',
  chooseSubmission: 'collection:choose',
  exportRegionalReport: 'collection:export',
  getSigningKey: 'signing-key:get',
  createSigningKey: 'signing-key:create',
} as const satisfies Record<InvokeMethod, string>

export const EVENT_CHANNELS = {
  menuCommand: 'menu:command',
  fileOpened: 'file:opened',
  importProgress: 'collection:import-progress',
} as const
