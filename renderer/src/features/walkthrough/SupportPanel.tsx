import { useTranslation } from 'react-i18next'
import type { Answer } from '../../../../shared/assessment/answer'
import type { RatedAnswer } from './rated-answer'
import type { Questionnaire } from '../../../../shared/questionnaire/schema'
import { localize } from '../../../../shared/questionnaire/localized-text'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { CheckboxList } from './CheckboxList'
import { RankedModalities } from './RankedModalities'

interface Props {
  itemId: string
  /** The answer without its evidence, which this panel does not show. */
  answer: RatedAnswer
  questionnaire: Questionnaire
  onChange: (patch: Partial<Answer>) => void
}

/** What support would close the gap: kinds, ranked modalities, timeframe and readiness. */
export function SupportPanel({ itemId, answer, questionnaire, onChange }: Props) {
  const { t, i18n } = useTranslation()
  const id = (suffix: string) => `${itemId}-${suffix}`
  return (
    <section className="support-panel" aria-labelledby={id('support-title')}>
      <h4 id={id('support-title')}>{t('walkthrough.support')}</h4>
      <ChoiceGroup
        legend={t('walkthrough.supportNeed')}
        name={id('support-need')}
        value={answer.supportNeed}
        options={(['yes', 'no', 'unsure'] as const).map((value) => ({
          value,
          label: t(`walkthrough.supportNeedOptions.${value}`),
        }))}
        onChange={(supportNeed) => onChange({ supportNeed })}
      />
      <CheckboxList
        legend={t('walkthrough.supportKinds')}
        idPrefix={id('kind')}
        choices={questionnaire.supportKinds}
        selected={answer.supportKinds}
        onChange={(supportKinds) => onChange({ supportKinds })}
      />
      <RankedModalities
        idPrefix={id('modality')}
        modalities={questionnaire.modalities}
        ranked={answer.modalities}
        onChange={(modalities) => onChange({ modalities })}
      />
      <div className="field">
        <label htmlFor={id('timeframe')}>{t('walkthrough.timeframe')}</label>
        <select
          id={id('timeframe')}
          value={answer.timeframe ?? ''}
          onChange={(event) => onChange({ timeframe: event.target.value || undefined })}
        >
          <option value="">{t('walkthrough.timeframeUnset')}</option>
          {questionnaire.timeframes.map((timeframe) => (
            <option key={timeframe.id} value={timeframe.id}>
              {localize(timeframe.label, i18n.language)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="checkbox-group">
        <legend>{t('walkthrough.readiness')}</legend>
        {(
          [
            ['hasCounterpart', 'readinessCounterpart'],
            ['hasStaff', 'readinessStaff'],
            ['hasCoFunding', 'readinessCoFunding'],
          ] as const
        ).map(([key, label]) => (
          <label key={key} className="checkbox" htmlFor={id(key)}>
            <input
              id={id(key)}
              type="checkbox"
              checked={answer.readiness[key]}
              onChange={(event) =>
                onChange({ readiness: { ...answer.readiness, [key]: event.target.checked } })
              }
            />
            {t(`walkthrough.${label}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={id('context')}>{t('walkthrough.context')}</label>
        <input
          id={id('context')}
          value={answer.context}
          onChange={(event) => onChange({ context: event.target.value })}
        />
      </div>
    </section>
  )
}
