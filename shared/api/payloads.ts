import { z } from 'zod'
import {
  Assessment,
  AssessmentId,
  AssessmentProfile,
  QuestionnaireRef,
} from '../assessment/assessment'
import { StableId } from '../questionnaire/schema'
import { NEED_TIERS } from '../scoring/tiers'
import {
  EXPORT_FORMATS,
  type ExportRequest,
  type InvokeMethod,
  type NewAssessmentRequest,
  type ShortlistRequest,
} from './contract'

const NewAssessmentPayload = z
  .object({ profile: AssessmentProfile, questionnaire: QuestionnaireRef })
  .strict() satisfies z.ZodType<unknown, NewAssessmentRequest>

const ExportRequestPayload = z
  .object({
    assessmentId: AssessmentId,
    format: z.enum(EXPORT_FORMATS),
    choices: z.object({ includeEvidence: z.boolean(), includeTeam: z.boolean() }).strict(),
    paperSize: z.enum(['A4', 'Letter']).optional(),
  })
  .strict() satisfies z.ZodType<unknown, ExportRequest>

const CollectionId = z.string().regex(/^[0-9a-f-]{36}$/, 'a collection id')
const Ids = z.array(StableId).max(100)
const ShortlistRequestPayload = z
  .object({
    reviewId: z.string().regex(/^[a-f0-9-]{36}$/),
    filter: z
      .object({
        supportKinds: Ids,
        modalities: Ids,
        timeframes: Ids,
        tiers: z.array(z.enum(NEED_TIERS)).max(4),
        sections: Ids,
      })
      .strict(),
    format: z.enum(['html', 'csv', 'xlsx']),
  })
  .strict() satisfies z.ZodType<unknown, ShortlistRequest>

/**
 * The payload schema of each operation; `null` for operations that take no argument.
 * The main process validates every incoming payload with these before any service sees it,
 * because the renderer is untrusted. Kept apart from the contract so the preload stays zod-free.
 */
export const INVOKE_PAYLOADS = {
  getAppInfo: null,
  listQuestionnaires: null,
  getQuestionnaire: QuestionnaireRef,
  listAssessments: null,
  createAssessment: NewAssessmentPayload,
  loadAssessment: AssessmentId,
  saveAssessment: Assessment,
  deleteAssessment: AssessmentId,
  restoreAssessment: AssessmentId,
  duplicateAssessment: AssessmentId,
  exportWorkingCopy: AssessmentId,
  openFile: null,
  openDroppedFile: z
    .object({ fileName: z.string().min(1).max(255), text: z.string().max(25 * 1024 * 1024) })
    .strict(),
  exportReport: ExportRequestPayload,
  exportShortlist: ShortlistRequestPayload,
  listCollections: null,
  exportRegionalReport: z
    .object({ collectionId: CollectionId, format: z.enum(['html', 'pdf', 'csv', 'xlsx', 'json']) })
    .strict(),
  createCollection: z.string().trim().min(1, 'a collection needs a name').max(200),
  getCollection: CollectionId,
  importSubmissions: z
    .object({ collectionId: CollectionId, from: z.enum(['files', 'folder']) })
    .strict(),
  importDroppedSubmissions: z
    .object({
      collectionId: CollectionId,
      files: z
        .array(
          z
            .object({
              fileName: z.string().min(1).max(255),
              text: z.string().max(10 * 1024 * 1024),
            })
            .strict(),
        )
        .min(1)
        .max(1_000),
    })
    .strict(),
  chooseSubmission: z
    .object({
      collectionId: CollectionId,
      country: z.string().regex(/^[A-Z]{3}$/),
      digest: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .strict(),
  getSigningKey: null,
  createSigningKey: null,
} as const satisfies Record<InvokeMethod, z.ZodType | null>
