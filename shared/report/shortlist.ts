import type { NeedTier } from '../scoring/tiers'
import type { NeedEntry, ReportModel } from './report-model'

/** A donor's filter over the needs: each list narrows the needs to those matching one of its values. */
export interface NeedFilter {
  supportKinds: string[]
  modalities: string[]
  timeframes: string[]
  tiers: NeedTier[]
  sections: string[]
}

export const NO_FILTER: NeedFilter = {
  supportKinds: [],
  modalities: [],
  timeframes: [],
  tiers: [],
  sections: [],
}

export function matchesNeedFilter(need: NeedEntry, filter: NeedFilter): boolean {
  const anyOf = (wanted: string[], values: string[]) =>
    wanted.length === 0 || values.some((v) => wanted.includes(v))
  return (
    anyOf(
      filter.supportKinds,
      need.supportKinds.map((kind) => kind.id),
    ) &&
    anyOf(
      filter.modalities,
      need.modalities.map((modality) => modality.id),
    ) &&
    anyOf(filter.timeframes, need.timeframe ? [need.timeframe.id] : []) &&
    anyOf(filter.tiers, [need.tier]) &&
    anyOf(filter.sections, [need.sectionId])
  )
}

/** The report narrowed to the matching needs, for a donor's shortlist export; nothing else changes. */
export function shortlist(model: ReportModel, filter: NeedFilter): ReportModel {
  const needs = model.needs.filter((need) => matchesNeedFilter(need, filter))
  const kept = new Set(needs.map((need) => need.itemId))
  return { ...model, needs, quickWins: model.quickWins.filter((id) => kept.has(id)) }
}
