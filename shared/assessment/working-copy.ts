import { z } from 'zod'
import { StableId } from '../questionnaire/schema'
import { Answer } from './answer'
import { Assessment, AssessmentProfile } from './assessment'

export const WORKING_COPY_FORMAT = 'cyber-capacity-needs/working-copy'
export const WORKING_COPY_FORMAT_VERSION = 1
export const WORKING_COPY_EXTENSION = 'ccna-working'

/**
 * A copy of a whole assessment handed to a colleague (say, the foreign ministry answering the
 * legal section). It carries the state at export time as `base`, so that on import each change
 * can be attributed to one side or the other and only true conflicts are put to the coordinator.
 * It contains everything, sensitive items included: it is a team file, not a report.
 */
export const WorkingCopy = z
  .object({
    format: z.literal(WORKING_COPY_FORMAT),
    formatVersion: z.literal(WORKING_COPY_FORMAT_VERSION),
    exportedAt: z.iso.datetime(),
    base: z
      .object({
        profile: AssessmentProfile,
        answers: z.record(StableId, Answer),
      })
      .strict(),
    assessment: Assessment,
  })
  .strict()
export type WorkingCopy = z.infer<typeof WorkingCopy>

export function createWorkingCopy(assessment: Assessment, now: Date): WorkingCopy {
  return {
    format: WORKING_COPY_FORMAT,
    formatVersion: WORKING_COPY_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    base: { profile: assessment.profile, answers: assessment.answers },
    assessment,
  }
}
