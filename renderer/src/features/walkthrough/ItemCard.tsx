import { memo, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type { Answer, Confidence, CurrentRating } from '../../../../shared/assessment/answer'
import { hasOpenGap, isAnswerShared, withAnswer } from '../../../../shared/assessment/answer-edits'
import type { Item, MaturityLevel, Questionnaire } from '../../../../shared/questionnaire/schema'
import { PRIORITIES, type Priority } from '../../../../shared/questionnaire/schema'
import { formatAnchor } from '../../../../shared/questionnaire/anchors'
import { localize } from '../../../../shared/questionnaire/localized-text'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import type { AssessmentSession } from '../assessment/assessment-session'
import { CheckboxList } from './CheckboxList'
import { EvidenceFields } from './EvidenceFields'
import { ratedPart } from './rated-answer'
import { SupportPanel } from './SupportPanel'

interface Props {
  item: Item
  questionnaire: Questionnaire
  session: AssessmentSession
}

const LEVELS = [0, 1, 2, 3, 4] as const
/** Single keys for the four priorities: Low, Medium, High, Critical. */
const PRIORITY_KEYS: Readonly<Record<string, Priority | undefined>> = {
  l: 'low',
  m: 'medium',
  h: 'high',
  c: 'critical',
}

/**
 * One questionnaire item: the capability statement, its guidance and level descriptors beside the
 * answer controls. It subscribes to its own answer only, so typing here re-renders nothing else.
 */
export const ItemCard = memo(function ItemCard({ item, questionnaire, session }: Props) {
  const { t, i18n } = useTranslation()
  const answer = useStore(
    session.store,
    useShallow((s) => ratedPart(s.assessment?.answers[item.id])),
  )
  const lang = i18n.language
  const { scale } = questionnaire
  const id = (suffix: string) => `${item.id}-${suffix}`
  const change = (patch: Partial<Answer>) => session.update((a) => withAnswer(a, item.id, patch))
  const setCurrent = (current: CurrentRating) => change({ current })
  const levelLabel = (level: number) =>
    `${level} ${localize(scale.levels[level]?.label ?? { en: String(level) }, lang)}`

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const target = event.target as HTMLElement
    if (target.matches('input[type=text], input:not([type]), textarea, select')) return
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const digit = /^Digit([0-4])$/.exec(event.code)?.[1]
    if (digit !== undefined) {
      event.preventDefault()
      const level = Number(digit) as MaturityLevel
      if (event.shiftKey) change({ target: level })
      else setCurrent({ kind: 'level', level })
    } else if (PRIORITY_KEYS[event.key.toLowerCase()] && !event.shiftKey) {
      event.preventDefault()
      change({ priority: PRIORITY_KEYS[event.key.toLowerCase()] })
    } else if (event.key === 'd' || event.key === 'D') {
      event.preventDefault()
      setCurrent({ kind: 'dont-know' })
    } else if (event.key === 'n' || event.key === 'N') {
      event.preventDefault()
      setCurrent({
        kind: 'not-applicable',
        reason: answer.current?.kind === 'not-applicable' ? answer.current.reason : '',
      })
    }
  }

  const currentValue =
    answer.current === undefined
      ? undefined
      : answer.current.kind === 'level'
        ? String(answer.current.level)
        : answer.current.kind
  const isShared = isAnswerShared(answer, item)

  return (
    <article
      className="item-card"
      aria-labelledby={id('statement')}
      onKeyDown={onKeyDown}
      data-item-id={item.id}
      tabIndex={-1}
    >
      <header className="item-card__header">
        <span className="item-card__code">{item.code}</span>
        <h3 id={id('statement')} className="item-card__statement">
          {localize(item.statement, lang)}
        </h3>
        <div className="item-card__badges">
          {item.isEnabler && (
            <span className="badge badge--enabler" title={t('walkthrough.enablerHint')}>
              {t('walkthrough.enabler')}
            </span>
          )}
          {item.isSensitive && (
            <span className="badge badge--sensitive">{t('walkthrough.sensitive')}</span>
          )}
        </div>
      </header>

      <div className="item-card__body">
        <div className="item-card__reference">
          <h4>{t('walkthrough.guidance')}</h4>
          <p>{localize(item.guidance, lang)}</p>
          <h4>{t('walkthrough.levels')}</h4>
          <dl className="level-descriptors">
            {LEVELS.map((level) => {
              const specific = item.levelDescriptors?.[String(level) as '0']
              const generic = scale.levels[level]?.descriptor
              const descriptor = specific ?? generic
              return (
                <div
                  key={level}
                  className={`level-descriptors__row${
                    answer.current?.kind === 'level' && answer.current.level === level
                      ? ' is-current'
                      : ''
                  }${answer.target === level ? ' is-target' : ''}`}
                >
                  <dt>{levelLabel(level)}</dt>
                  <dd>{descriptor ? localize(descriptor, lang) : ''}</dd>
                </div>
              )
            })}
          </dl>
          {item.references.un.length > 0 && (
            <p className="item-card__anchors">
              <span className="muted">{t('walkthrough.anchors')}: </span>
              {item.references.un.map(formatAnchor).join('; ')}
            </p>
          )}
        </div>

        <div className="item-card__answer">
          <fieldset className="choice-group">
            <legend>{t('walkthrough.current')}</legend>
            <div className="choice-group__options choice-group__options--levels">
              {LEVELS.map((level) => (
                <label key={level} className="choice" htmlFor={id(`current-${level}`)}>
                  <input
                    id={id(`current-${level}`)}
                    type="radio"
                    name={id('current')}
                    checked={currentValue === String(level)}
                    onChange={() => setCurrent({ kind: 'level', level })}
                  />
                  <span>{levelLabel(level)}</span>
                </label>
              ))}
            </div>
            <div className="choice-group__options">
              <label className="choice choice--aside" htmlFor={id('current-dont-know')}>
                <input
                  id={id('current-dont-know')}
                  type="radio"
                  name={id('current')}
                  checked={currentValue === 'dont-know'}
                  onChange={() => setCurrent({ kind: 'dont-know' })}
                  aria-describedby={id('dont-know-hint')}
                />
                <span>{t('walkthrough.dontKnow')}</span>
              </label>
              <label className="choice choice--aside" htmlFor={id('current-na')}>
                <input
                  id={id('current-na')}
                  type="radio"
                  name={id('current')}
                  checked={currentValue === 'not-applicable'}
                  onChange={() => setCurrent({ kind: 'not-applicable', reason: '' })}
                />
                <span>{t('walkthrough.notApplicable')}</span>
              </label>
            </div>
            <p id={id('dont-know-hint')} className="field__hint">
              {t('walkthrough.dontKnowHint')}
            </p>
          </fieldset>

          {answer.current?.kind === 'not-applicable' && (
            <div className="field">
              <label htmlFor={id('na-reason')}>{t('walkthrough.notApplicableReason')}</label>
              <input
                id={id('na-reason')}
                value={answer.current.reason}
                onChange={(event) =>
                  setCurrent({ kind: 'not-applicable', reason: event.target.value })
                }
              />
            </div>
          )}

          {answer.current?.kind !== 'not-applicable' && (
            <>
              <ChoiceGroup
                legend={t('walkthrough.target')}
                name={id('target')}
                value={answer.target}
                options={LEVELS.map((level) => ({ value: level, label: levelLabel(level) }))}
                onChange={(target) => change({ target })}
                description={
                  answer.target === undefined
                    ? t('walkthrough.targetDefault', { level: scale.defaultTarget })
                    : undefined
                }
              />
              <ChoiceGroup
                legend={t('walkthrough.priority')}
                name={id('priority')}
                value={answer.priority}
                options={PRIORITIES.map((priority) => ({
                  value: priority,
                  label: localize(
                    scale.priorities.find((p) => p.id === priority)?.label ?? { en: priority },
                    lang,
                  ),
                }))}
                onChange={(priority) => change({ priority })}
              />
            </>
          )}

          <div className="form-grid form-grid--tight">
            <div className="field">
              <label htmlFor={id('confidence')}>{t('walkthrough.confidence')}</label>
              <select
                id={id('confidence')}
                value={answer.confidence ?? ''}
                onChange={(event) =>
                  change({
                    confidence: (event.target.value || undefined) as Confidence | undefined,
                  })
                }
              >
                <option value="">{t('walkthrough.confidenceUnset')}</option>
                {(['low', 'medium', 'high'] as const).map((c) => (
                  <option key={c} value={c}>
                    {t(`walkthrough.confidenceLevels.${c}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <EvidenceFields itemId={item.id} session={session} />

          {hasOpenGap(answer, scale.defaultTarget) && (
            <SupportPanel
              itemId={item.id}
              answer={answer}
              questionnaire={questionnaire}
              onChange={change}
            />
          )}

          <label className="checkbox" htmlFor={id('can-offer')}>
            <input
              id={id('can-offer')}
              type="checkbox"
              checked={answer.canOffer}
              onChange={(event) => change({ canOffer: event.target.checked })}
            />
            {t('walkthrough.canOffer')}
          </label>
          {answer.canOffer && (
            <CheckboxList
              legend={t('walkthrough.offerKinds')}
              idPrefix={id('offer')}
              choices={questionnaire.supportKinds}
              selected={answer.offerKinds}
              onChange={(offerKinds) => change({ offerKinds })}
            />
          )}

          <label className="checkbox checkbox--share" htmlFor={id('share')}>
            <input
              id={id('share')}
              type="checkbox"
              checked={isShared}
              onChange={(event) => change({ isShared: event.target.checked })}
              aria-describedby={item.isSensitive ? id('share-hint') : undefined}
            />
            {t('walkthrough.share')}
          </label>
          {item.isSensitive && (
            <p id={id('share-hint')} className="field__hint">
              {t('walkthrough.shareSensitive')}
            </p>
          )}
        </div>
      </div>
    </article>
  )
})
