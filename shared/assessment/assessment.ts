import { z } from 'zod'
import { isKnownCountryCode } from '../countries/countries'
import { StableId } from '../questionnaire/schema'
import { Answer } from './answer'

export const ASSESSMENT_FORMAT = 'cyber-capacity-needs/assessment'
export const ASSESSMENT_FORMAT_VERSION = 1

/** ISO 3166-1 alpha-3 country code (user-assigned X.. codes are allowed for examples). */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code such as "KEN"')
  .refine(isKnownCountryCode, 'not an ISO 3166-1 country code')

export const AssessmentId = z.string().regex(/^[a-z0-9-]{8,64}$/, 'an assessment id')
export type AssessmentId = z.infer<typeof AssessmentId>

const ShortText = z.string().trim().max(300)

export const TeamMember = z
  .object({
    name: ShortText.default(''),
    agency: ShortText.default(''),
    role: ShortText.default(''),
  })
  .strict()
export type TeamMember = z.infer<typeof TeamMember>

/** Who assesses, for which country and period: entered when an assessment is created. */
export const AssessmentProfile = z
  .object({
    country: CountryCode,
    period: ShortText.min(1, 'the assessment period is required'),
    leadAgency: ShortText.default(''),
    title: ShortText.default(''),
    team: z.array(TeamMember).max(200).default([]),
  })
  .strict()
export type AssessmentProfile = z.infer<typeof AssessmentProfile>
export type AssessmentProfileInput = z.input<typeof AssessmentProfile>

export const QuestionnaireRef = z
  .object({ id: StableId, version: z.string().min(1).max(40) })
  .strict()
export type QuestionnaireRef = z.infer<typeof QuestionnaireRef>

const ProfileAnswer = z.union([
  z.string().max(20_000),
  z.array(z.string().max(300)).max(100),
  z.boolean(),
])

/** A national self-assessment as saved on disk: one file per assessment. */
export const Assessment = z
  .object({
    format: z.literal(ASSESSMENT_FORMAT),
    formatVersion: z.literal(ASSESSMENT_FORMAT_VERSION),
    id: AssessmentId,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    isArchived: z.boolean().default(false),
    /** Set when this assessment was duplicated from an earlier one, for follow-up comparisons. */
    derivedFrom: AssessmentId.optional(),
    questionnaire: QuestionnaireRef,
    profile: AssessmentProfile,
    profileAnswers: z.record(StableId, ProfileAnswer).default({}),
    answers: z.record(StableId, Answer).default({}),
  })
  .strict()
export type Assessment = z.infer<typeof Assessment>
