import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EXPORT_FORMATS, type AppApi, type ExportFormat } from '../../../../shared/api/contract'
import { isAnswerShared } from '../../../../shared/assessment/answer-edits'
import type { Assessment } from '../../../../shared/assessment/assessment'
import { buildReportModel } from '../../../../shared/report/build-report'
import { DEFAULT_SHARING, type SharingChoices } from '../../../../shared/report/sharing'
import { localize } from '../../../../shared/questionnaire/localized-text'
import type { Questionnaire } from '../../../../shared/questionnaire/schema'
import { Modal } from '../../components/Modal'

interface Props {
  api: AppApi
  assessment: Assessment
  questionnaire: Questionnaire
  /** Saves pending edits first, so the export reflects what is on screen. */
  flush: () => Promise<void>
  onDone: (message: string) => void
  onCancel: () => void
}

/**
 * Export with a preview of exactly what leaves the machine. The defaults protect the country:
 * sensitive items stay internal unless ticked one by one in the questionnaire, and evidence notes
 * and team names stay home unless included here.
 */
export function ExportDialog({ api, assessment, questionnaire, flush, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation()
  const [format, setFormat] = useState<ExportFormat>('html')
  const [paperSize, setPaperSize] = useState<'A4' | 'Letter'>('A4')
  const [choices, setChoices] = useState<SharingChoices>(DEFAULT_SHARING)
  const [fingerprint, setFingerprint] = useState<string | null>(null)
  const [error, setError] = useState('')
  const [isBusy, setBusy] = useState(false)

  useEffect(() => {
    void api.getSigningKey().then((result) => result.ok && setFingerprint(result.value.fingerprint))
  }, [api])

  const preview = useMemo(
    () =>
      buildReportModel({
        questionnaire,
        assessment,
        choices,
        createdAt: new Date(),
        appVersion: '',
      }),
    [questionnaire, assessment, choices],
  )
  const withheld = useMemo(
    () =>
      questionnaire.sections
        .flatMap((section) => section.items)
        .filter(
          (item) =>
            assessment.answers[item.id] && !isAnswerShared(assessment.answers[item.id]!, item),
        ),
    [questionnaire, assessment],
  )
  const hasNotes = Object.values(assessment.answers).some(
    (answer) => answer.evidence.notes || answer.evidence.references.length,
  )

  async function exportNow() {
    setBusy(true)
    setError('')
    await flush()
    const result = await api.exportReport({
      assessmentId: assessment.id,
      format,
      choices,
      paperSize,
    })
    setBusy(false)
    if (result.ok) onDone(t('export.done', { fileName: result.value.fileName }))
    else if (result.error.code !== 'cancelled') setError(result.error.message)
  }

  async function createKey() {
    const result = await api.createSigningKey()
    if (result.ok) setFingerprint(result.value.fingerprint)
  }

  return (
    <Modal titleId="export-title" onClose={onCancel}>
      <div className="export">
        <h2 id="export-title">{t('export.title')}</h2>
        <fieldset className="choice-group">
          <legend>{t('export.format')}</legend>
          <div className="export__formats">
            {EXPORT_FORMATS.map((id) => (
              <label key={id} className="checkbox" htmlFor={`export-format-${id}`}>
                <input
                  id={`export-format-${id}`}
                  type="radio"
                  name="export-format"
                  checked={format === id}
                  onChange={() => setFormat(id)}
                />
                <span>
                  <b>{t(`export.formats.${id}`)}</b>{' '}
                  <span className="muted">{t(`export.formatHints.${id}`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {format === 'pdf' && (
          <div className="field field--inline">
            <label htmlFor="export-paper">{t('export.paper')}</label>
            <select
              id="export-paper"
              value={paperSize}
              onChange={(e) => setPaperSize(e.target.value === 'Letter' ? 'Letter' : 'A4')}
            >
              <option value="A4">A4</option>
              <option value="Letter">Letter</option>
            </select>
          </div>
        )}

        <fieldset className="choice-group">
          <legend>{t('export.include')}</legend>
          <label className="checkbox" htmlFor="export-evidence">
            <input
              id="export-evidence"
              type="checkbox"
              checked={choices.includeEvidence}
              onChange={(e) => setChoices({ ...choices, includeEvidence: e.target.checked })}
            />
            {t('export.includeEvidence')}
          </label>
          <label className="checkbox" htmlFor="export-team">
            <input
              id="export-team"
              type="checkbox"
              checked={choices.includeTeam}
              onChange={(e) => setChoices({ ...choices, includeTeam: e.target.checked })}
            />
            {t('export.includeTeam')}
          </label>
        </fieldset>

        <section className="export__preview" aria-labelledby="export-preview-title">
          <h3 id="export-preview-title">{t('export.preview')}</h3>
          <ul>
            <li>{t('export.previewAnswers', { count: preview.answers.length })}</li>
            <li>{t('export.previewNeeds', { count: preview.needs.length })}</li>
            <li>
              {choices.includeEvidence && hasNotes
                ? t('export.previewNotesIn')
                : t('export.previewNotesOut')}
            </li>
            <li>
              {choices.includeTeam && assessment.profile.team.length > 0
                ? t('export.previewTeamIn', { count: assessment.profile.team.length })
                : t('export.previewTeamOut')}
            </li>
            <li>{t('export.previewWithheld', { count: withheld.length })}</li>
          </ul>
          {withheld.length > 0 && (
            <details>
              <summary>{t('export.withheldList')}</summary>
              <ul className="export__withheld">
                {withheld.map((item) => (
                  <li key={item.id}>
                    {item.code} {localize(item.statement, i18n.language)}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>

        {format === 'json' && (
          <p className="muted export__signing">
            {fingerprint ? t('export.signedWith', { fingerprint }) : t('export.unsigned')}{' '}
            {!fingerprint && (
              <button
                type="button"
                className="button button--small"
                onClick={() => void createKey()}
              >
                {t('export.createKey')}
              </button>
            )}
          </p>
        )}

        {error && (
          <p className="banner banner--error" role="alert">
            {error}
          </p>
        )}
        <div className="form__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('newAssessment.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={isBusy}
            onClick={() => void exportNow()}
          >
            {t('export.submit')}
          </button>
        </div>
      </div>
    </Modal>
  )
}
