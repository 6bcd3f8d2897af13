import { z } from 'zod'
import { CountryCode } from '../assessment/assessment'
import { StableId } from '../questionnaire/schema'

const Label = z.string().max(1_000)
const Percent = z.number().min(0).max(100).nullable()

/**
 * A region's needs, aggregated from its members' submissions. Countries are listed, never ranked:
 * every figure is per country against its own targets, or a distribution across the region.
 */
export const RegionalPicture = z
  .object({
    questionnaire: z.object({ id: StableId, version: Label }).strict(),
    /** Who submitted, and when (alphabetical by country code). */
    coverage: z.array(
      z
        .object({
          country: CountryCode,
          countryName: Label,
          period: Label,
          createdAt: z.iso.datetime(),
          isExample: z.boolean(),
          answered: z.number().int().min(0),
          total: z.number().int().min(0),
          needCount: z.number().int().min(0),
        })
        .strict(),
    ),
    sections: z.array(z.object({ sectionId: StableId, code: Label, title: Label }).strict()),
    /** Countries × sections: each country's gap % in each section (null: nothing rated there). */
    heatmap: z.array(z.object({ country: CountryCode, gapPercents: z.array(Percent) }).strict()),
    /** Per section, the regional median of the countries' gap %, for "a country against the median". */
    sectionMedians: z.array(Percent),
    items: z.array(
      z
        .object({
          itemId: StableId,
          code: Label,
          statement: Label,
          /** How many countries rated the item at each level 0–4. */
          levelCounts: z.array(z.number().int().min(0)).length(5),
          needCount: z.number().int().min(0),
          actNowCount: z.number().int().min(0),
          /** Countries that need support on this item and those that offer it: the matchmaking. */
          neededBy: z.array(CountryCode),
          offeredBy: z.array(
            z.object({ country: CountryCode, offerKinds: z.array(Label) }).strict(),
          ),
        })
        .strict(),
    ),
    supportDemand: z.array(
      z.object({ id: StableId, label: Label, needCount: z.number().int().min(0) }).strict(),
    ),
    modalityDemand: z.array(
      z
        .object({
          id: StableId,
          label: Label,
          preferredFirst: z.number().int().min(0),
          anyRank: z.number().int().min(0),
        })
        .strict(),
    ),
    /** Item ids from submissions that the reference questionnaire does not have, per country. */
    unmappedItems: z.array(z.object({ country: CountryCode, itemIds: z.array(StableId) }).strict()),
  })
  .strict()
export type RegionalPicture = z.infer<typeof RegionalPicture>
