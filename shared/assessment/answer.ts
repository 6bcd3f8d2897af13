import { z } from 'zod'
import { MaturityLevel, Priority, StableId } from '../questionnaire/schema'

const MAX_NOTE = 20_000

/**
 * Where an item stands today. "Don't know" is kept apart from level 0 on purpose:
 * it is an assessment gap to resolve, not an absence of capability.
 */
export const CurrentRating = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('level'), level: MaturityLevel }).strict(),
  z.object({ kind: z.literal('not-applicable'), reason: z.string().max(MAX_NOTE) }).strict(),
  z.object({ kind: z.literal('dont-know') }).strict(),
])
export type CurrentRating = z.infer<typeof CurrentRating>

export const Confidence = z.enum(['low', 'medium', 'high'])
export type Confidence = z.infer<typeof Confidence>

export const SupportNeed = z.enum(['yes', 'no', 'unsure'])
export type SupportNeed = z.infer<typeof SupportNeed>

/** Whether the country could absorb support now (S2: tailored support needs an active local counterpart). */
export const Readiness = z
  .object({
    hasCounterpart: z.boolean().default(false),
    hasStaff: z.boolean().default(false),
    hasCoFunding: z.boolean().default(false),
  })
  .strict()
export type Readiness = z.infer<typeof Readiness>

/** A team's answer to one item. Everything but the item id is optional while the team works. */
export const Answer = z
  .object({
    current: CurrentRating.optional(),
    target: MaturityLevel.optional(),
    priority: Priority.optional(),
    evidence: z
      .object({
        notes: z.string().max(MAX_NOTE).default(''),
        references: z.array(z.string().max(2_000)).max(100).default([]),
      })
      .strict()
      .default({ notes: '', references: [] }),
    confidence: Confidence.optional(),
    supportNeed: SupportNeed.optional(),
    /** Ids from the questionnaire's support taxonomy. */
    supportKinds: z.array(StableId).max(50).default([]),
    /** Modality ids, most preferred first. */
    modalities: z.array(StableId).max(50).default([]),
    timeframe: StableId.optional(),
    readiness: Readiness.default({ hasCounterpart: false, hasStaff: false, hasCoFunding: false }),
    canOffer: z.boolean().default(false),
    offerKinds: z.array(StableId).max(50).default([]),
    /** Unset means "follow the item's default": sensitive items stay internal. */
    isShared: z.boolean().optional(),
    /** A free-text line the team adds to explain the need in the report. */
    context: z.string().max(MAX_NOTE).default(''),
  })
  .strict()
export type Answer = z.infer<typeof Answer>
export type AnswerInput = z.input<typeof Answer>

/** A blank answer, as stored before the team touches an item. */
export function emptyAnswer(): Answer {
  return Answer.parse({})
}
