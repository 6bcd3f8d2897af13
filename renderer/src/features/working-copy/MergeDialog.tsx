import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../../../shared/assessment/assessment'
import { mergeWorkingCopy, resolveMerge, type Side } from '../../../../shared/assessment/merge'
import type { WorkingCopy } from '../../../../shared/assessment/working-copy'
import { localize } from '../../../../shared/questionnaire/localized-text'
import type { Questionnaire } from '../../../../shared/questionnaire/schema'
import { Modal } from '../../components/Modal'
import { itemIndex } from '../walkthrough/visible-items'
import { summarizeAnswer } from './answer-summary'

interface Props {
  ours: Assessment
  copy: WorkingCopy
  fileName: string
  questionnaire: Questionnaire
  onApply: (merged: Assessment) => void
  onCancel: () => void
}

/**
 * Brings a colleague's working copy back in. Changes made only in the copy are listed and taken;
 * items changed on both sides are shown side by side for the coordinator to choose. Nothing is
 * written until "Apply".
 */
export function MergeDialog({ ours, copy, fileName, questionnaire, onApply, onCancel }: Props) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const merge = useMemo(() => mergeWorkingCopy(ours, copy), [ours, copy])
  const items = useMemo(() => itemIndex(questionnaire), [questionnaire])
  const [choices, setChoices] = useState<Record<string, Side>>({})
  const [profileChoice, setProfileChoice] = useState<Side>('ours')
  const label = (itemId: string) => {
    const item = items.get(itemId)?.item
    return item ? `${item.code} ${localize(item.statement, lang)}` : itemId
  }
  const nothingToDo =
    merge.conflicts.length === 0 && merge.takenFromTheirs.length === 0 && !merge.profileConflict

  return (
    <Modal titleId="merge-title" onClose={onCancel}>
      <div className="merge">
        <h2 id="merge-title">{t('merge.title', { fileName })}</h2>
        <p className="muted">
          {t('merge.intro', { exportedAt: new Date(copy.exportedAt).toLocaleString(lang) })}
        </p>

        {nothingToDo && <p>{t('merge.nothing')}</p>}

        {merge.takenFromTheirs.length > 0 && (
          <section aria-labelledby="merge-taken">
            <h3 id="merge-taken">{t('merge.taken', { count: merge.takenFromTheirs.length })}</h3>
            <ul className="merge__taken">
              {merge.takenFromTheirs.map((itemId) => (
                <li key={itemId}>{label(itemId)}</li>
              ))}
            </ul>
          </section>
        )}

        {(merge.conflicts.length > 0 || merge.profileConflict) && (
          <section aria-labelledby="merge-conflicts">
            <h3 id="merge-conflicts">
              {t('merge.conflicts', {
                count: merge.conflicts.length + (merge.profileConflict ? 1 : 0),
              })}
            </h3>
            {merge.profileConflict && (
              <ConflictChoice
                name="merge-profile"
                legend={t('merge.details')}
                ours={[
                  merge.profileConflict.ours.title,
                  merge.profileConflict.ours.period,
                  merge.profileConflict.ours.leadAgency,
                ].filter(Boolean)}
                theirs={[
                  merge.profileConflict.theirs.title,
                  merge.profileConflict.theirs.period,
                  merge.profileConflict.theirs.leadAgency,
                ].filter(Boolean)}
                value={profileChoice}
                onChange={setProfileChoice}
              />
            )}
            {merge.conflicts.map((conflict) => (
              <ConflictChoice
                key={conflict.itemId}
                name={`merge-${conflict.itemId}`}
                legend={label(conflict.itemId)}
                ours={summarizeAnswer(conflict.ours, questionnaire, t, lang)}
                theirs={summarizeAnswer(conflict.theirs, questionnaire, t, lang)}
                value={choices[conflict.itemId] ?? 'ours'}
                onChange={(side) =>
                  setChoices((current) => ({ ...current, [conflict.itemId]: side }))
                }
              />
            ))}
          </section>
        )}

        <div className="form__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('newAssessment.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={nothingToDo}
            onClick={() => onApply(resolveMerge(merge, choices, profileChoice))}
          >
            {t('merge.apply')}
          </button>
        </div>
      </div>
    </Modal>
  )
}

interface ConflictChoiceProps {
  name: string
  legend: string
  ours: string[]
  theirs: string[]
  value: Side
  onChange: (side: Side) => void
}

function ConflictChoice({ name, legend, ours, theirs, value, onChange }: ConflictChoiceProps) {
  const { t } = useTranslation()
  const option = (side: Side, lines: string[]) => (
    <label
      className={`merge__side${value === side ? ' is-chosen' : ''}`}
      htmlFor={`${name}-${side}`}
    >
      <input
        id={`${name}-${side}`}
        type="radio"
        name={name}
        checked={value === side}
        onChange={() => onChange(side)}
      />
      <span className="merge__side-title">
        {t(side === 'ours' ? 'merge.keepOurs' : 'merge.takeTheirs')}
      </span>
      {lines.map((line, index) => (
        <span key={index} className="merge__line">
          {line}
        </span>
      ))}
    </label>
  )
  return (
    <fieldset className="merge__conflict">
      <legend>{legend}</legend>
      <div className="merge__sides">
        {option('ours', ours)}
        {option('theirs', theirs)}
      </div>
    </fieldset>
  )
}
