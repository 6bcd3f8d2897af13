import { z } from 'zod'
import { Confidence, CurrentRating, Readiness, SupportNeed } from '../assessment/answer'
import { CountryCode } from '../assessment/assessment'
import { MaturityLevel, Priority, StableId } from '../questionnaire/schema'
import { NEED_TIERS } from '../scoring/tiers'

const Text = z.string().max(20_000)
const Label = z.string().max(1_000)
const Choice = z.object({ id: StableId, label: Label }).strict()
const Tier = z.enum(NEED_TIERS)
const Percent = z.number().min(0).max(100).nullable()

/** One prioritised need, with everything a donor needs to act on it. */
export const NeedEntry = z
  .object({
    itemId: StableId,
    code: Label,
    sectionId: StableId,
    sectionCode: Label,
    statement: Text,
    current: MaturityLevel,
    target: MaturityLevel,
    targetIsDefault: z.boolean(),
    gap: z.number().int().min(0).max(4),
    priority: Priority,
    priorityIsDefault: z.boolean(),
    isEnabler: z.boolean(),
    needScore: z.number().min(0),
    tier: Tier,
    supportNeed: SupportNeed.nullable(),
    supportKinds: z.array(Choice).max(50),
    modalities: z.array(Choice).max(50),
    timeframe: Choice.nullable(),
    readiness: Readiness,
    anchors: z.array(Label).max(50),
    themes: z.array(Label).max(20),
    context: Text,
    blockedBy: z.array(Label).max(50),
  })
  .strict()
export type NeedEntry = z.infer<typeof NeedEntry>

export const SectionEntry = z
  .object({
    sectionId: StableId,
    code: Label,
    title: Label,
    scoredCount: z.number().int().min(0),
    meanCurrent: z.number().min(0).max(4).nullable(),
    minCurrent: MaturityLevel.nullable(),
    medianCurrent: z.number().min(0).max(4).nullable(),
    maxCurrent: MaturityLevel.nullable(),
    meanTarget: z.number().min(0).max(4).nullable(),
    gapPercent: Percent,
    weightedGapPercent: Percent,
  })
  .strict()
export type SectionEntry = z.infer<typeof SectionEntry>

const ItemRef = z.object({ itemId: StableId, code: Label, statement: Text }).strict()

export const AnnexAnswer = z
  .object({
    itemId: StableId,
    code: Label,
    sectionCode: Label,
    statement: Text,
    current: CurrentRating.nullable(),
    target: MaturityLevel.nullable(),
    priority: Priority.nullable(),
    confidence: Confidence.nullable(),
    evidence: z
      .object({ notes: Text, references: z.array(z.string().max(2_000)).max(100) })
      .strict()
      .nullable(),
  })
  .strict()
export type AnnexAnswer = z.infer<typeof AnnexAnswer>

/**
 * Everything a needs report says, computed once from the shared answers. Every format (HTML, PDF,
 * CSV, XLSX, the JSON submission) is rendered from this one model, so no two can disagree; the
 * submission carries it as its content, so a donor's or a regional organization's copy is the
 * same model again. Parsed with this schema whenever it comes from a file.
 */
export const ReportModel = z
  .object({
    meta: z
      .object({
        country: CountryCode,
        countryName: Label,
        /** User-assigned ISO codes (XAA–XZZ) mark fictional example countries. */
        isExample: z.boolean(),
        period: Label,
        leadAgency: Label,
        title: Label,
        questionnaire: z.object({ id: StableId, version: Label, title: Label }).strict(),
        createdAt: z.iso.datetime(),
        appVersion: Label,
        completion: z
          .object({
            answered: z.number().int().min(0),
            total: z.number().int().min(0),
            withheld: z.number().int().min(0),
          })
          .strict(),
        sharing: z.object({ includeEvidence: z.boolean(), includeTeam: z.boolean() }).strict(),
        team: z.array(z.object({ name: Label, agency: Label, role: Label }).strict()).max(200),
      })
      .strict(),
    method: z
      .object({
        defaultTarget: MaturityLevel,
        enablerMultiplier: z.number().min(1),
        priorityWeights: z.record(Priority, z.number().positive()),
      })
      .strict(),
    tierCounts: z.record(Tier, z.number().int().min(0)),
    needs: z.array(NeedEntry).max(2_000),
    sections: z.array(SectionEntry).max(200),
    quickWins: z.array(StableId).max(2_000),
    offers: z.array(ItemRef.extend({ offerKinds: z.array(Choice).max(50) }).strict()).max(2_000),
    assessmentGaps: z.array(ItemRef).max(2_000),
    answers: z.array(AnnexAnswer).max(2_000),
  })
  .strict()
export type ReportModel = z.infer<typeof ReportModel>
