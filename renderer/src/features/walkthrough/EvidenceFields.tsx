import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { Answer } from '../../../../shared/assessment/answer'
import { withAnswer } from '../../../../shared/assessment/answer-edits'
import type { AssessmentSession } from '../assessment/assessment-session'

const NO_EVIDENCE: Answer['evidence'] = { notes: '', references: [] }

/** Evidence notes and references of one item; subscribes to them alone, so typing stays cheap. */
export function EvidenceFields({
  itemId,
  session,
}: {
  itemId: string
  session: AssessmentSession
}) {
  const { t } = useTranslation()
  const evidence = useStore(
    session.store,
    (s) => s.assessment?.answers[itemId]?.evidence ?? NO_EVIDENCE,
  )
  const update = (patch: Partial<Answer['evidence']>) =>
    session.update((assessment) =>
      withAnswer(assessment, itemId, {
        evidence: { ...(assessment.answers[itemId]?.evidence ?? NO_EVIDENCE), ...patch },
      }),
    )

  return (
    <>
      <div className="field">
        <label htmlFor={`${itemId}-notes`}>{t('walkthrough.evidenceNotes')}</label>
        <textarea
          id={`${itemId}-notes`}
          rows={3}
          value={evidence.notes}
          onChange={(event) => update({ notes: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${itemId}-references`}>{t('walkthrough.evidenceReferences')}</label>
        <textarea
          id={`${itemId}-references`}
          rows={2}
          value={evidence.references.join('\n')}
          onChange={(event) => update({ references: event.target.value.split('\n') })}
        />
      </div>
    </>
  )
}
