import { z } from 'zod'
import { ReportModel } from '../report/report-model'

export const SUBMISSION_FORMAT = 'cyber-capacity-needs/submission'
export const SUBMISSION_FORMAT_VERSION = 1
/** Its own extension, so the operating system can open submissions with the app. */
export const SUBMISSION_EXTENSION = 'ccna-submission'

/**
 * The machine-readable needs report that regional organizations aggregate. `content` is the
 * report model; `integrity.digest` is SHA-256 over its canonical serialization, so any change
 * after export is detected; `signature`, when present, is an Ed25519 signature of that digest.
 */
export const Submission = z
  .object({
    format: z.literal(SUBMISSION_FORMAT),
    formatVersion: z.literal(SUBMISSION_FORMAT_VERSION),
    content: ReportModel,
    integrity: z
      .object({ algorithm: z.literal('sha256'), digest: z.string().regex(/^[0-9a-f]{64}$/) })
      .strict(),
    signature: z
      .object({
        algorithm: z.literal('ed25519'),
        publicKey: z.string().max(200),
        value: z.string().max(200),
      })
      .strict()
      .optional(),
  })
  .strict()
export type Submission = z.infer<typeof Submission>
