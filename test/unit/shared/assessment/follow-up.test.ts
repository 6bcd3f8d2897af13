import { describe, expect, it } from 'vitest'
import { withAnswer } from '../../../../shared/assessment/answer-edits'
import { ratingChanges } from '../../../../shared/assessment/follow-up'
import { tinyQuestionnaire } from '../../../support/tiny-questionnaire'
import { assessmentFixture } from '../../../support/assessment-fixtures'

const A1 = 'strategy.national-strategy'
const G1 = 'cbm.poc-designated'
const level = (value: 0 | 1 | 2 | 3 | 4) => ({ kind: 'level' as const, level: value })

describe('changes since the earlier assessment', () => {
  const earlier = withAnswer(
    withAnswer(assessmentFixture(), A1, { current: level(1), target: 3 }),
    G1,
    {
      current: level(2),
      evidence: { notes: 'old', references: [] },
    },
  )

  it('lists the items whose level, target or priority moved, with the level delta', () => {
    const later = withAnswer(withAnswer(earlier, A1, { current: level(3) }), G1, {
      priority: 'high',
    })
    expect(ratingChanges(tinyQuestionnaire, earlier, later)).toEqual([
      expect.objectContaining({ itemId: A1, sectionId: 'strategy', levelDelta: 2 }),
      expect.objectContaining({ itemId: G1, sectionId: 'cbm', levelDelta: 0 }),
    ])
  })

  it('ignores rewritten evidence and reports a move to "don\'t know" without a delta', () => {
    const later = withAnswer(
      withAnswer(earlier, G1, { evidence: { notes: 'new', references: [] } }),
      A1,
      {
        current: { kind: 'dont-know' },
      },
    )
    expect(ratingChanges(tinyQuestionnaire, earlier, later)).toEqual([
      expect.objectContaining({
        itemId: A1,
        levelDelta: undefined,
        after: expect.objectContaining({ current: { kind: 'dont-know' } }),
      }),
    ])
  })

  it('finds no change between an assessment and its fresh duplicate', () => {
    expect(
      ratingChanges(tinyQuestionnaire, earlier, { ...earlier, id: 'another-id-0001' }),
    ).toEqual([])
  })
})
