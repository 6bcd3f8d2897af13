import { z } from 'zod'
import { LocalizedText } from './localized-text'

/** The maturity scale every item is rated on: 0 Absent … 4 Sustained and shared. */
export const MaturityLevel = z.number().int().min(0).max(4)
export type MaturityLevel = z.infer<typeof MaturityLevel>

export const PRIORITIES = ['low', 'medium', 'high', 'critical'] as const
export const Priority = z.enum(PRIORITIES)
export type Priority = z.infer<typeof Priority>

/** The eleven voluntary norms of responsible State behaviour (A/70/174 para 13 (a)–(k)). */
export const NORM_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'] as const
export const NormLetter = z.enum(NORM_LETTERS)
export type NormLetter = z.infer<typeof NormLetter>

/**
 * Topics the framework insists on, so coverage can be proven from the data
 * (every one must be served by at least one item of the default questionnaire).
 */
export const COVERAGE_TOPICS = [
  'poc-directory',
  'regional-cbm',
  'crisis-communication',
  'information-sharing',
  'cip-early-warning',
  'international-law-position',
  'vulnerability-disclosure',
  'vulnerability-equities',
  'supply-chain-security',
  'iot-ics-security',
  'emerging-technology',
  'private-sector-roles',
  'multilateral-engagement',
  'cb-demand-driven',
  'cb-tailored',
  'cb-politically-neutral',
  'cb-sustainable',
  'cb-national-ownership',
  'cb-south-south',
  'cb-triangular',
  'gender-inclusion',
] as const
export const CoverageTopic = z.enum(COVERAGE_TOPICS)
export type CoverageTopic = z.infer<typeof CoverageTopic>

/** A stable identifier: answers are keyed by it across questionnaire versions. */
export const StableId = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'lower-case letters, digits, "." and "-" only')
  .max(80)

/** An anchor in the UN framework: a report symbol, its paragraph, and the norm letter if any. */
export const UnAnchor = z.object({
  document: z.string().min(1).max(40),
  paragraph: z.string().max(40).optional(),
  norm: NormLetter.optional(),
  note: z.string().max(400).optional(),
})
export type UnAnchor = z.infer<typeof UnAnchor>

const LevelDescriptors = z
  .object({
    '0': LocalizedText.optional(),
    '1': LocalizedText.optional(),
    '2': LocalizedText.optional(),
    '3': LocalizedText.optional(),
    '4': LocalizedText.optional(),
  })
  .strict()

/** One scored capability statement. */
export const Item = z
  .object({
    id: StableId,
    /** Short display code (e.g. "G1"); may change between versions, unlike `id`. */
    code: z.string().min(1).max(12),
    statement: LocalizedText,
    guidance: LocalizedText,
    levelDescriptors: LevelDescriptors.optional(),
    references: z
      .object({
        un: z.array(UnAnchor).default([]),
        themes: z.array(z.string().min(1)).min(1, 'every item serves at least one seed theme'),
        topics: z.array(CoverageTopic).default([]),
      })
      .strict(),
    prerequisites: z.array(StableId).default([]),
    isEnabler: z.boolean().default(false),
    /** Sensitive items are kept internal unless the team opts in to share them. */
    isSensitive: z.boolean().default(false),
    /** Restraint norms rate the measures that give effect to a commitment, not a negative. */
    isRestraint: z.boolean().default(false),
  })
  .strict()
export type Item = z.infer<typeof Item>

/** A field of the unscored country profile. */
export const ProfileField = z
  .object({
    id: StableId,
    label: LocalizedText,
    help: LocalizedText.optional(),
    type: z.enum(['text', 'long-text', 'date', 'yes-no', 'choice', 'multi-choice']),
    options: z.array(z.object({ id: StableId, label: LocalizedText }).strict()).optional(),
    isSensitive: z.boolean().default(false),
  })
  .strict()
export type ProfileField = z.infer<typeof ProfileField>

export const Section = z
  .object({
    id: StableId,
    code: z.string().min(1).max(4),
    title: LocalizedText,
    description: LocalizedText.optional(),
    items: z.array(Item),
  })
  .strict()
export type Section = z.infer<typeof Section>

const Choice = z
  .object({ id: StableId, label: LocalizedText, description: LocalizedText.optional() })
  .strict()
export type Choice = z.infer<typeof Choice>

/** The answer scale and weights; part of the file so the method travels with the questionnaire. */
export const AnswerScale = z
  .object({
    levels: z
      .array(
        z
          .object({ level: MaturityLevel, label: LocalizedText, descriptor: LocalizedText })
          .strict(),
      )
      .length(5, 'the scale has exactly five levels, 0 to 4'),
    priorities: z
      .array(
        z.object({ id: Priority, label: LocalizedText, weight: z.number().positive() }).strict(),
      )
      .length(4, 'the four priorities low, medium, high, critical'),
    /** Used when a team leaves the target blank; such gaps are marked "default target". */
    defaultTarget: MaturityLevel,
    enablerMultiplier: z.number().min(1),
  })
  .strict()
export type AnswerScale = z.infer<typeof AnswerScale>

export const QUESTIONNAIRE_FORMAT = 'cyber-capacity-needs/questionnaire'

export const Questionnaire = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(QUESTIONNAIRE_FORMAT),
    formatVersion: z.literal(1),
    id: StableId,
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'a semantic version such as 1.0.0'),
    title: LocalizedText,
    description: LocalizedText.optional(),
    /** Seed themes (T1…T9) the items trace to. */
    themes: z.array(
      z.object({ id: z.string().min(1), label: LocalizedText, source: z.string() }).strict(),
    ),
    scale: AnswerScale,
    supportKinds: z.array(Choice).min(1),
    modalities: z.array(Choice).min(1),
    timeframes: z.array(Choice).min(1),
    profile: z.array(ProfileField).default([]),
    sections: z.array(Section).min(1),
  })
  .strict()
export type Questionnaire = z.infer<typeof Questionnaire>
/** The questionnaire as written in a file, before defaults are applied. */
export type QuestionnaireInput = z.input<typeof Questionnaire>
