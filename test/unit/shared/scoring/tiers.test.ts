import { describe, expect, it } from 'vitest'
import { tierOf } from '../../../../shared/scoring'

// Scores here need not come from the default weights: a questionnaire may set its own, so the
// boundaries are tested exactly, including just below each one.
describe('a need tier', () => {
  it.each([
    [1, 12, false, 'act-now'],
    [1, 11.99, false, 'plan'],
    [1, 6, false, 'plan'],
    [1, 5.99, false, 'monitor'],
    [1, 0.5, false, 'monitor'],
  ] as const)('with gap %i and score %d (critical: %s) is %s', (gap, score, isCritical, tier) => {
    expect(tierOf(gap, score, isCritical)).toBe(tier)
  })

  it('is act now for a critical item two or more levels short, whatever its score', () => {
    expect(tierOf(2, 2, true)).toBe('act-now')
    expect(tierOf(2, 2, false)).toBe('monitor')
  })

  it('follows the score for a critical item only one level short', () => {
    expect(tierOf(1, 4, true)).toBe('monitor')
    expect(tierOf(1, 6, true)).toBe('plan')
  })

  it('is met exactly when there is no gap, even at critical priority', () => {
    expect(tierOf(0, 0, true)).toBe('met')
  })
})
