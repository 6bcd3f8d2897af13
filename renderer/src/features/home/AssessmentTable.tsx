import { useTranslation } from 'react-i18next'
import type { AssessmentSummary, QuestionnaireSummary } from '../../../../shared/api/contract'
import { countryName } from '../../../../shared/countries/countries'
import { formatDate, formatDateTime } from '../../components/format'

interface Props {
  assessments: AssessmentSummary[]
  questionnaires: QuestionnaireSummary[]
  onOpen: (id: string) => void
  onDuplicate: (summary: AssessmentSummary) => void
  onArchive: (summary: AssessmentSummary, isArchived: boolean) => void
  onDelete: (summary: AssessmentSummary) => void
}

/** The saved assessments, newest change first: country, period, progress and last change. */
export function AssessmentTable({
  assessments,
  questionnaires,
  onOpen,
  onDuplicate,
  onArchive,
  onDelete,
}: Props) {
  const { t, i18n } = useTranslation()
  const itemCount = (summary: AssessmentSummary) =>
    questionnaires.find(
      (q) => q.id === summary.questionnaire.id && q.version === summary.questionnaire.version,
    )?.itemCount ?? 0

  return (
    <table className="assessment-table">
      <thead>
        <tr>
          <th scope="col">{t('home.columns.country')}</th>
          <th scope="col">{t('home.columns.assessment')}</th>
          <th scope="col">{t('home.columns.progress')}</th>
          <th scope="col">{t('home.columns.created')}</th>
          <th scope="col">{t('home.columns.lastChange')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('home.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {assessments.map((summary) => {
          const country = countryName(summary.country, i18n.language)
          const total = itemCount(summary)
          const percent = total === 0 ? 0 : Math.round((100 * summary.answeredCount) / total)
          return (
            <tr key={summary.id}>
              <td>
                <button
                  type="button"
                  className="link-button assessment-table__open"
                  onClick={() => onOpen(summary.id)}
                >
                  <span className="country-code" aria-hidden="true">
                    {summary.country}
                  </span>
                  {country}
                  <span className="visually-hidden">
                    {t('home.openAssessmentSuffix', { period: summary.period })}
                  </span>
                </button>
              </td>
              <td>
                <span className="assessment-table__period">{summary.period}</span>
                {summary.title && <span className="assessment-table__title">{summary.title}</span>}
                {summary.leadAgency && (
                  <span className="assessment-table__agency">{summary.leadAgency}</span>
                )}
                {summary.isArchived && <span className="tag">{t('home.archived')}</span>}
              </td>
              <td>
                <div className="progress" title={t('home.progressLabel', { percent })}>
                  <div
                    className="progress__bar"
                    role="progressbar"
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={percent}
                    aria-label={t('home.progressLabel', { percent })}
                  >
                    <div className="progress__fill" style={{ inlineSize: `${percent}%` }} />
                  </div>
                  <span className="progress__text">
                    {t('home.progressValue', { answered: summary.answeredCount, total })}
                  </span>
                </div>
              </td>
              <td>
                <time dateTime={summary.createdAt}>
                  {formatDate(summary.createdAt, i18n.language)}
                </time>
              </td>
              <td>
                <time dateTime={summary.updatedAt}>
                  {formatDateTime(summary.updatedAt, i18n.language)}
                </time>
              </td>
              <td className="assessment-table__actions">
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => onDuplicate(summary)}
                  aria-label={t('home.duplicateFor', { country, period: summary.period })}
                  title={t('home.duplicateHint')}
                >
                  {t('home.duplicate')}
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => onArchive(summary, !summary.isArchived)}
                  aria-label={t(summary.isArchived ? 'home.unarchiveFor' : 'home.archiveFor', {
                    country,
                    period: summary.period,
                  })}
                >
                  {t(summary.isArchived ? 'home.unarchive' : 'home.archive')}
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small button--danger"
                  onClick={() => onDelete(summary)}
                  aria-label={t('home.deleteFor', { country, period: summary.period })}
                >
                  {t('home.delete')}
                </button>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
