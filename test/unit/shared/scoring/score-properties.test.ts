import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Answer } from '../../../../shared/assessment/answer'
import { PRIORITIES } from '../../../../shared/questionnaire/schema'
import { NEED_TIERS, scoreAssessment, type ItemScore } from '../../../../shared/scoring'
import { answer, scoringQuestionnaire as q } from './scoring-fixture'

const ITEM_IDS = q.sections.flatMap((section) => section.items.map((item) => item.id))
const level = fc.integer({ min: 0, max: 4 })

const anAnswer: fc.Arbitrary<Answer> = fc
  .record({
    current: fc.oneof(
      level.map((l) => ({ kind: 'level' as const, level: l })),
      fc.constant({ kind: 'dont-know' as const }),
      fc.constant({ kind: 'not-applicable' as const, reason: '' }),
    ),
    target: fc.option(level, { nil: undefined }),
    priority: fc.option(fc.constantFrom(...PRIORITIES), { nil: undefined }),
  })
  .map((input) => answer(input))

const someAnswers = fc.dictionary(fc.constantFrom(...ITEM_IDS), anAnswer)
const scoreOf = (item: ItemScore | undefined) =>
  item?.status === 'scored' ? item.needScore : undefined

describe('scoring properties', () => {
  it('raising a current level never raises a need score', () => {
    fc.assert(
      fc.property(
        someAnswers,
        fc.constantFrom(...ITEM_IDS),
        level,
        level,
        (answers, itemId, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a]
          const at = (l: number) =>
            scoreOf(
              scoreAssessment(q, {
                ...answers,
                [itemId]: {
                  ...(answers[itemId] ?? answer({})),
                  current: { kind: 'level', level: l },
                },
              }).byItemId.get(itemId),
            )!
          expect(at(high)).toBeLessThanOrEqual(at(low))
        },
      ),
    )
  })

  it('raising a priority never lowers a need score', () => {
    fc.assert(
      fc.property(
        someAnswers,
        fc.constantFrom(...ITEM_IDS),
        fc.nat(3),
        fc.nat(3),
        (answers, itemId, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a]
          const at = (p: number) =>
            scoreOf(
              scoreAssessment(q, {
                ...answers,
                [itemId]: { ...(answers[itemId] ?? answer({})), priority: PRIORITIES[p] },
              }).byItemId.get(itemId),
            )
          const [before, after] = [at(low), at(high)]
          if (before !== undefined && after !== undefined)
            expect(after).toBeGreaterThanOrEqual(before)
        },
      ),
    )
  })

  it('"don’t know" or "not applicable" on one item never changes another item’s score', () => {
    fc.assert(
      fc.property(
        someAnswers,
        fc.constantFrom(...ITEM_IDS),
        fc.constantFrom(
          { kind: 'dont-know' as const },
          { kind: 'not-applicable' as const, reason: 'x' },
        ),
        (answers, changedId, current) => {
          const before = scoreAssessment(q, answers)
          const after = scoreAssessment(q, { ...answers, [changedId]: answer({ current }) })
          for (const itemId of ITEM_IDS.filter((id) => id !== changedId)) {
            expect(scoreOf(after.byItemId.get(itemId))).toBe(scoreOf(before.byItemId.get(itemId)))
          }
        },
      ),
    )
  })

  it('a need score is never negative, and an item is "met" exactly when its gap is 0', () => {
    fc.assert(
      fc.property(someAnswers, (answers) => {
        for (const item of scoreAssessment(q, answers).items) {
          if (item.status !== 'scored') continue
          expect(item.needScore).toBeGreaterThanOrEqual(0)
          expect(item.tier === 'met').toBe(item.gap === 0)
        }
      }),
    )
  })

  it('every scored item with a gap is in the needs list exactly once', () => {
    fc.assert(
      fc.property(someAnswers, (answers) => {
        const result = scoreAssessment(q, answers)
        const withGap = result.items
          .filter((i) => i.status === 'scored' && i.gap > 0)
          .map((i) => i.itemId)
        expect(result.needs.map((n) => n.itemId).sort()).toEqual(withGap.sort())
      }),
    )
  })

  it('raising a target never lowers a need score', () => {
    fc.assert(
      fc.property(
        someAnswers,
        fc.constantFrom(...ITEM_IDS),
        level,
        level,
        (answers, itemId, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a]
          const at = (target: number) =>
            scoreOf(
              scoreAssessment(q, {
                ...answers,
                [itemId]: { ...(answers[itemId] ?? answer({})), target },
              }).byItemId.get(itemId),
            )
          const [before, after] = [at(low), at(high)]
          if (before !== undefined && after !== undefined)
            expect(after).toBeGreaterThanOrEqual(before)
        },
      ),
    )
  })

  it('prerequisites never change a number: they only tag', () => {
    const withoutPrerequisites = {
      ...q,
      sections: q.sections.map((section) => ({
        ...section,
        items: section.items.map((item) => ({ ...item, prerequisites: [] })),
      })),
    }
    fc.assert(
      fc.property(someAnswers, (answers) => {
        const tagged = scoreAssessment(q, answers)
        const plain = scoreAssessment(withoutPrerequisites, answers)
        expect(tagged.items.map(scoreOf)).toEqual(plain.items.map(scoreOf))
        expect(tagged.sections).toEqual(plain.sections)
        expect(tagged.needs.map((n) => n.itemId)).toEqual(plain.needs.map((n) => n.itemId))
      }),
    )
  })

  it('needs come out by tier, then by need score, highest first', () => {
    fc.assert(
      fc.property(someAnswers, (answers) => {
        const { needs } = scoreAssessment(q, answers)
        for (let i = 1; i < needs.length; i++) {
          const [before, after] = [needs[i - 1]!, needs[i]!]
          const tierStep = NEED_TIERS.indexOf(after.tier) - NEED_TIERS.indexOf(before.tier)
          expect(tierStep).toBeGreaterThanOrEqual(0)
          if (tierStep === 0) expect(after.needScore).toBeLessThanOrEqual(before.needScore)
        }
      }),
    )
  })

  it('a section accounts for each of its items once, and its percentages stay within 0–100', () => {
    fc.assert(
      fc.property(someAnswers, (answers) => {
        const result = scoreAssessment(q, answers)
        for (const section of result.sections) {
          const { scoredCount, dontKnowCount, notApplicableCount, unansweredCount } = section
          expect(scoredCount + dontKnowCount + notApplicableCount + unansweredCount).toBe(
            section.itemCount,
          )
          for (const percent of [section.gapPercent, section.weightedGapPercent]) {
            if (scoredCount === 0) expect(percent).toBeNull()
            else expect(percent).toBeGreaterThanOrEqual(0)
            if (percent !== null) expect(percent).toBeLessThanOrEqual(100)
          }
          if (section.current) {
            expect(section.current.standardDeviation).toBeGreaterThanOrEqual(0)
            expect(section.current.standardDeviation).toBeLessThanOrEqual(2) // half the 0–4 range
          }
        }
        expect(result.sections.reduce((n, s) => n + s.scoredCount, 0)).toBe(
          result.totals.scoredCount,
        )
      }),
    )
  })

  it('the result depends on the answers, not on the order they were saved in', () => {
    fc.assert(
      fc.property(someAnswers, (answers) => {
        const reversed = Object.fromEntries(Object.entries(answers).reverse())
        expect(scoreAssessment(q, reversed)).toEqual(scoreAssessment(q, answers))
      }),
    )
  })
})
