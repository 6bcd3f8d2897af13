import { describe, expect, it } from 'vitest'
import { withAnswer } from '../../../../shared/assessment/answer-edits'
import type { Assessment } from '../../../../shared/assessment/assessment'
import { mergeWorkingCopy, resolveMerge } from '../../../../shared/assessment/merge'
import { createWorkingCopy, WorkingCopy } from '../../../../shared/assessment/working-copy'
import { assessmentFixture } from '../../../support/assessment-fixtures'

const level = (value: 0 | 1 | 2 | 3 | 4) => ({ current: { kind: 'level' as const, level: value } })

/** The coordinator's copy and the colleague's copy, both starting from one export. */
function exported(start: Assessment) {
  const copy = createWorkingCopy(start, new Date('2026-11-02T10:00:00Z'))
  const roundTripped = WorkingCopy.parse(JSON.parse(JSON.stringify(copy)))
  return {
    ours: start,
    returned: (edit: (a: Assessment) => Assessment) => ({
      ...roundTripped,
      assessment: edit(roundTripped.assessment),
    }),
  }
}

const start = withAnswer(withAnswer(assessmentFixture(), 'a', level(1)), 'b', level(2))

describe('merging a returned working copy', () => {
  it('takes changes only they made and keeps changes only we made', () => {
    const { returned } = exported(start)
    const ours = withAnswer(start, 'a', level(2))
    const result = mergeWorkingCopy(
      ours,
      returned((a) => withAnswer(a, 'legal.position', level(3))),
    )
    expect(result.conflicts).toEqual([])
    expect(result.takenFromTheirs).toEqual(['legal.position'])
    expect(result.merged.answers['a']?.current).toEqual({ kind: 'level', level: 2 })
    expect(result.merged.answers['legal.position']?.current).toEqual({ kind: 'level', level: 3 })
  })

  it('puts different changes to the same item to the coordinator, keeping ours until chosen', () => {
    const { returned } = exported(start)
    const ours = withAnswer(start, 'b', level(3))
    const result = mergeWorkingCopy(
      ours,
      returned((a) => withAnswer(a, 'b', level(4))),
    )
    expect(result.conflicts).toHaveLength(1)
    expect(result.conflicts[0]).toMatchObject({
      itemId: 'b',
      ours: { current: { level: 3 } },
      theirs: { current: { level: 4 } },
    })
    expect(result.merged.answers['b']?.current).toEqual({ kind: 'level', level: 3 })
    expect(resolveMerge(result, {}).answers['b']?.current).toEqual({ kind: 'level', level: 3 })
    expect(resolveMerge(result, { b: 'theirs' }).answers['b']?.current).toEqual({
      kind: 'level',
      level: 4,
    })
  })

  it('sees the same change on both sides as agreement, not a conflict', () => {
    const { returned } = exported(start)
    const ours = withAnswer(start, 'b', level(4))
    const result = mergeWorkingCopy(
      ours,
      returned((a) => withAnswer(a, 'b', level(4))),
    )
    expect(result.conflicts).toEqual([])
    expect(result.takenFromTheirs).toEqual([])
  })

  it('ignores key order: a rebuilt but equal answer is not a change', () => {
    const { returned } = exported(start)
    const result = mergeWorkingCopy(
      start,
      returned((a) => {
        const { current, ...rest } = a.answers['a']!
        return { ...a, answers: { ...a.answers, a: { ...rest, current } } }
      }),
    )
    expect(result.takenFromTheirs).toEqual([])
  })

  it('takes an edit of the details made only by them, and flags one made by both', () => {
    const { returned } = exported(start)
    const retitled = (title: string) => (a: Assessment) => ({
      ...a,
      profile: { ...a.profile, title },
    })
    expect(mergeWorkingCopy(start, returned(retitled('Theirs'))).merged.profile.title).toBe(
      'Theirs',
    )
    const both = mergeWorkingCopy(retitled('Ours')(start), returned(retitled('Theirs')))
    expect(both.profileConflict?.theirs.title).toBe('Theirs')
    expect(resolveMerge(both, {}, 'theirs').profile.title).toBe('Theirs')
    expect(resolveMerge(both, {}).profile.title).toBe('Ours')
  })
})
