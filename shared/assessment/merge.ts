import type { Answer } from './answer'
import type { Assessment, AssessmentProfile } from './assessment'
import { isSameValue } from './canonical-json'
import type { WorkingCopy } from './working-copy'

/** An item both sides changed differently since the export: the coordinator chooses. */
export interface AnswerConflict {
  itemId: string
  ours: Answer | undefined
  theirs: Answer | undefined
}

export interface WorkingCopyMerge {
  /** Our assessment with every one-sided change of theirs applied; conflicts still hold ours. */
  merged: Assessment
  /** Items only they changed, taken from their copy. */
  takenFromTheirs: string[]
  conflicts: AnswerConflict[]
  /** Both sides edited the assessment details differently; ours are kept unless chosen. */
  profileConflict: { ours: AssessmentProfile; theirs: AssessmentProfile } | null
}

export type Side = 'ours' | 'theirs'

/**
 * Three-way merge of a returned working copy into our assessment, using the state at export as
 * the common ancestor. A change made on one side only is taken; the same change on both sides is
 * no conflict; different changes on both sides are conflicts. Nothing is overwritten silently:
 * every taken change and every conflict is listed for the coordinator.
 */
export function mergeWorkingCopy(ours: Assessment, copy: WorkingCopy): WorkingCopyMerge {
  const theirs = copy.assessment
  const base = copy.base
  const itemIds = new Set([
    ...Object.keys(base.answers),
    ...Object.keys(ours.answers),
    ...Object.keys(theirs.answers),
  ])
  const answers = { ...ours.answers }
  const takenFromTheirs: string[] = []
  const conflicts: AnswerConflict[] = []

  for (const itemId of itemIds) {
    const baseAnswer = base.answers[itemId]
    const ourAnswer = ours.answers[itemId]
    const theirAnswer = theirs.answers[itemId]
    const theyChanged = !isSameValue(theirAnswer, baseAnswer)
    if (!theyChanged || isSameValue(theirAnswer, ourAnswer)) continue
    if (isSameValue(ourAnswer, baseAnswer)) {
      if (theirAnswer === undefined) delete answers[itemId]
      else answers[itemId] = theirAnswer
      takenFromTheirs.push(itemId)
    } else {
      conflicts.push({ itemId, ours: ourAnswer, theirs: theirAnswer })
    }
  }

  let profile = ours.profile
  let profileConflict: WorkingCopyMerge['profileConflict'] = null
  if (!isSameValue(theirs.profile, base.profile) && !isSameValue(theirs.profile, ours.profile)) {
    if (isSameValue(ours.profile, base.profile)) profile = theirs.profile
    else profileConflict = { ours: ours.profile, theirs: theirs.profile }
  }

  return { merged: { ...ours, profile, answers }, takenFromTheirs, conflicts, profileConflict }
}

/** Applies the coordinator's choices; a conflict without a choice keeps our answer. */
export function resolveMerge(
  merge: WorkingCopyMerge,
  choices: Readonly<Record<string, Side>>,
  profileChoice: Side = 'ours',
): Assessment {
  const answers = { ...merge.merged.answers }
  for (const conflict of merge.conflicts) {
    if (choices[conflict.itemId] !== 'theirs') continue
    if (conflict.theirs === undefined) delete answers[conflict.itemId]
    else answers[conflict.itemId] = conflict.theirs
  }
  const profile =
    merge.profileConflict && profileChoice === 'theirs'
      ? merge.profileConflict.theirs
      : merge.merged.profile
  return { ...merge.merged, profile, answers }
}
