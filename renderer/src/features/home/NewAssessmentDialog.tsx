import { useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { NewAssessmentRequest, QuestionnaireSummary } from '../../../../shared/api/contract'
import { countryList } from '../../../../shared/countries/countries'
import { Modal } from '../../components/Modal'

interface Props {
  questionnaires: QuestionnaireSummary[]
  onCreate: (request: NewAssessmentRequest) => Promise<void>
  onCancel: () => void
}

interface FieldErrors {
  country?: string
  period?: string
}

/** The "New assessment" form: country from ISO 3166, period, lead agency, questionnaire. */
export function NewAssessmentDialog({ questionnaires, onCreate, onCancel }: Props) {
  const { t, i18n } = useTranslation()
  const countries = useMemo(() => countryList(i18n.language), [i18n.language])
  const [country, setCountry] = useState('')
  const [period, setPeriod] = useState(String(new Date().getFullYear()))
  const [leadAgency, setLeadAgency] = useState('')
  const [title, setTitle] = useState('')
  const [questionnaireKey, setQuestionnaireKey] = useState(() => keyOf(questionnaires[0]))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [submitError, setSubmitError] = useState('')
  const [isSubmitting, setSubmitting] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {}
    if (!country) found.country = t('newAssessment.countryRequired')
    if (!period.trim()) found.period = t('newAssessment.periodRequired')
    setErrors(found)
    const questionnaire = questionnaires.find((q) => keyOf(q) === questionnaireKey)
    if (found.country || found.period || !questionnaire) return
    setSubmitting(true)
    try {
      await onCreate({
        profile: {
          country,
          period: period.trim(),
          leadAgency: leadAgency.trim(),
          title: title.trim(),
        },
        questionnaire: { id: questionnaire.id, version: questionnaire.version },
      })
    } catch (error) {
      setSubmitError(
        t('newAssessment.createFailed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      )
      setSubmitting(false)
    }
  }

  return (
    <Modal titleId="new-assessment-title" onClose={onCancel}>
      <form className="form" onSubmit={submit} noValidate>
        <h2 id="new-assessment-title">{t('newAssessment.title')}</h2>
        <p className="muted">{t('newAssessment.intro')}</p>

        <div className="field">
          <label htmlFor="new-country">
            {t('newAssessment.country')}{' '}
            <span className="required">{t('newAssessment.required')}</span>
          </label>
          <select
            id="new-country"
            value={country}
            onChange={(event) => setCountry(event.target.value)}
            aria-invalid={errors.country ? true : undefined}
            aria-describedby={errors.country ? 'new-country-error' : undefined}
          >
            <option value="">{t('newAssessment.countryPlaceholder')}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          {errors.country && (
            <p id="new-country-error" className="field__error">
              {errors.country}
            </p>
          )}
        </div>

        <div className="field">
          <label htmlFor="new-period">
            {t('newAssessment.period')}{' '}
            <span className="required">{t('newAssessment.required')}</span>
          </label>
          <input
            id="new-period"
            value={period}
            onChange={(event) => setPeriod(event.target.value)}
            aria-invalid={errors.period ? true : undefined}
            aria-describedby={errors.period ? 'new-period-error' : 'new-period-hint'}
          />
          {errors.period ? (
            <p id="new-period-error" className="field__error">
              {errors.period}
            </p>
          ) : (
            <p id="new-period-hint" className="field__hint">
              {t('newAssessment.periodHint')}
            </p>
          )}
        </div>

        <div className="field">
          <label htmlFor="new-lead-agency">{t('newAssessment.leadAgency')}</label>
          <input
            id="new-lead-agency"
            value={leadAgency}
            onChange={(event) => setLeadAgency(event.target.value)}
            aria-describedby="new-lead-agency-hint"
          />
          <p id="new-lead-agency-hint" className="field__hint">
            {t('newAssessment.leadAgencyHint')}
          </p>
        </div>

        <div className="field">
          <label htmlFor="new-title">{t('newAssessment.assessmentTitle')}</label>
          <input id="new-title" value={title} onChange={(event) => setTitle(event.target.value)} />
        </div>

        <div className="field">
          <label htmlFor="new-questionnaire">{t('newAssessment.questionnaire')}</label>
          <select
            id="new-questionnaire"
            value={questionnaireKey}
            onChange={(event) => setQuestionnaireKey(event.target.value)}
          >
            {questionnaires.map((q) => (
              <option key={keyOf(q)} value={keyOf(q)}>
                {t('newAssessment.questionnaireOption', {
                  title: q.title,
                  version: q.version,
                  count: q.itemCount,
                })}
              </option>
            ))}
          </select>
        </div>

        {submitError && (
          <p className="field__error" role="alert">
            {submitError}
          </p>
        )}

        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('newAssessment.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('newAssessment.create')}
          </button>
        </div>
      </form>
    </Modal>
  )
}

function keyOf(questionnaire: QuestionnaireSummary | undefined): string {
  return questionnaire ? `${questionnaire.id}@${questionnaire.version}` : ''
}
