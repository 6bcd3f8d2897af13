import type { Assessment } from '../assessment/assessment'
import { countryName, isExampleCountryCode } from '../countries/countries'
import { formatAnchor } from '../questionnaire/anchors'
import { localize, type LocalizedText } from '../questionnaire/localized-text'
import type { Item, Questionnaire } from '../questionnaire/schema'
import { PRIORITIES } from '../questionnaire/schema'
import { scoreAssessment } from '../scoring'
import type { AnnexAnswer, NeedEntry, ReportModel, SectionEntry } from './report-model'
import { shareableAssessment, type SharingChoices } from './sharing'

export interface ReportInput {
  questionnaire: Questionnaire
  assessment: Assessment
  choices: SharingChoices
  createdAt: Date
  appVersion: string
  language?: string
}

/**
 * Scores → report model. Scores are computed from the shared answers only, so an item the team
 * kept internal cannot surface through a section mean, a tier count or a list.
 */
export function buildReportModel({
  questionnaire,
  assessment,
  choices,
  createdAt,
  appVersion,
  language = 'en',
}: ReportInput): ReportModel {
  const text = (value: LocalizedText) => localize(value, language)
  const shared = shareableAssessment(questionnaire, assessment, choices)
  const scores = scoreAssessment(questionnaire, shared.answers)
  const items = new Map<string, { item: Item; sectionId: string; sectionCode: string }>()
  for (const section of questionnaire.sections) {
    for (const item of section.items)
      items.set(item.id, { item, sectionId: section.id, sectionCode: section.code })
  }
  const itemOf = (itemId: string) => items.get(itemId)!
  const choice = (list: Questionnaire['supportKinds'], id: string) => ({
    id,
    label: text(list.find((entry) => entry.id === id)?.label ?? { en: id }),
  })
  const itemRef = (itemId: string) => ({
    itemId,
    code: itemOf(itemId).item.code,
    statement: text(itemOf(itemId).item.statement),
  })

  const needs: NeedEntry[] = scores.needs.map((need) => {
    const { item, sectionCode } = itemOf(need.itemId)
    const answer = shared.answers[need.itemId]!
    return {
      itemId: need.itemId,
      code: item.code,
      sectionId: need.sectionId,
      sectionCode,
      statement: text(item.statement),
      current: need.current,
      target: need.target,
      targetIsDefault: need.targetIsDefault,
      gap: need.gap,
      priority: need.priority,
      priorityIsDefault: need.priorityIsDefault,
      isEnabler: need.isEnabler,
      needScore: need.needScore,
      tier: need.tier,
      supportNeed: answer.supportNeed ?? null,
      supportKinds: answer.supportKinds.map((id) => choice(questionnaire.supportKinds, id)),
      modalities: answer.modalities.map((id) => choice(questionnaire.modalities, id)),
      timeframe: answer.timeframe ? choice(questionnaire.timeframes, answer.timeframe) : null,
      readiness: answer.readiness,
      anchors: item.references.un.map(formatAnchor),
      themes: item.references.themes,
      context: answer.context,
      blockedBy: need.blockedBy.map((id) => itemOf(id).item.code),
    }
  })

  const sections: SectionEntry[] = scores.sections.map((section) => {
    const meta = questionnaire.sections.find((s) => s.id === section.sectionId)!
    return {
      sectionId: section.sectionId,
      code: meta.code,
      title: text(meta.title),
      scoredCount: section.scoredCount,
      meanCurrent: section.current?.mean ?? null,
      minCurrent: (section.current?.min ?? null) as SectionEntry['minCurrent'],
      medianCurrent: section.current?.median ?? null,
      maxCurrent: (section.current?.max ?? null) as SectionEntry['maxCurrent'],
      meanTarget: section.meanTarget,
      gapPercent: section.gapPercent,
      weightedGapPercent: section.weightedGapPercent,
    }
  })

  const answers: AnnexAnswer[] = [...items.keys()].flatMap((itemId) => {
    const answer = shared.answers[itemId]
    if (!answer) return []
    const { item, sectionCode } = itemOf(itemId)
    return [
      {
        itemId,
        code: item.code,
        sectionCode,
        statement: text(item.statement),
        current: answer.current ?? null,
        target: answer.target ?? null,
        priority: answer.priority ?? null,
        confidence: answer.confidence ?? null,
        evidence: choices.includeEvidence ? answer.evidence : null,
      },
    ]
  })

  const { profile } = assessment
  return {
    meta: {
      country: profile.country,
      countryName: countryName(profile.country, language),
      isExample: isExampleCountryCode(profile.country),
      period: profile.period,
      leadAgency: profile.leadAgency,
      title: profile.title,
      questionnaire: {
        id: questionnaire.id,
        version: questionnaire.version,
        title: text(questionnaire.title),
      },
      createdAt: createdAt.toISOString(),
      appVersion,
      completion: {
        answered: scores.overall.answeredCount,
        total: scores.overall.itemCount,
        withheld: shared.withheldCount,
      },
      sharing: { ...shared.choices },
      team: shared.team.map((member) => ({
        name: member.name,
        agency: member.agency,
        role: member.role,
      })),
    },
    method: {
      defaultTarget: questionnaire.scale.defaultTarget,
      enablerMultiplier: questionnaire.scale.enablerMultiplier,
      priorityWeights: Object.fromEntries(
        PRIORITIES.map((priority) => [
          priority,
          questionnaire.scale.priorities.find((p) => p.id === priority)!.weight,
        ]),
      ) as ReportModel['method']['priorityWeights'],
    },
    tierCounts: scores.tierCounts,
    needs,
    sections,
    quickWins: scores.quickWins.map((need) => need.itemId),
    offers: scores.offers.map((offer) => ({
      ...itemRef(offer.itemId),
      offerKinds: offer.offerKinds.map((id) => choice(questionnaire.supportKinds, id)),
    })),
    assessmentGaps: scores.assessmentGaps.map(itemRef),
    answers,
  }
}
