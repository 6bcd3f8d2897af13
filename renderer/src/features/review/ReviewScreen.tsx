import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppApi } from '../../../../shared/api/contract'
import type { NeedEntry, ReportModel } from '../../../../shared/report/report-model'
import { matchesNeedFilter, NO_FILTER, type NeedFilter } from '../../../../shared/report/shortlist'
import type { OpenedSubmission } from '../../app/navigation-store'
import { CheckboxList } from '../walkthrough/CheckboxList'
import { BackLink } from '../../components/BackLink'

interface Props {
  api: AppApi
  submission: OpenedSubmission
  onBack: () => void
}

type FilterKey = keyof NeedFilter

/** Distinct choices present in the report's needs, for one filter. */
function choicesOf(report: ReportModel, key: FilterKey): { id: string; label: { en: string } }[] {
  const seen = new Map<string, string>()
  const add = (id: string, label: string) => seen.set(id, label)
  for (const need of report.needs) {
    if (key === 'supportKinds') need.supportKinds.forEach((kind) => add(kind.id, kind.label))
    if (key === 'modalities')
      need.modalities.forEach((modality) => add(modality.id, modality.label))
    if (key === 'timeframes' && need.timeframe) add(need.timeframe.id, need.timeframe.label)
    if (key === 'sections')
      add(
        need.sectionId,
        `${need.sectionCode} ${report.sections.find((s) => s.sectionId === need.sectionId)?.title ?? ''}`,
      )
  }
  return [...seen].map(([id, label]) => ({ id, label: { en: label } }))
}

/**
 * A needs submission, read-only: first whether it is intact, then its needs, filterable by kind of
 * support, modality, timeframe, tier and section, with the shortlist exportable. An altered file
 * shows only the explanation, never its content.
 */
export function ReviewScreen({ api, submission, onBack }: Props) {
  const { t } = useTranslation()
  const { report } = submission
  const [filter, setFilter] = useState<NeedFilter>(NO_FILTER)
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null)
  const shown = useMemo(
    () => report?.needs.filter((need) => matchesNeedFilter(need, filter)) ?? [],
    [report, filter],
  )

  async function exportShortlist(format: 'html' | 'csv' | 'xlsx') {
    const result = await api.exportShortlist({ reviewId: submission.reviewId, filter, format })
    if (result.ok)
      setMessage({ tone: 'info', text: t('review.exported', { fileName: result.value.fileName }) })
    else if (result.error.code !== 'cancelled')
      setMessage({ tone: 'error', text: result.error.message })
  }

  const tierChoices = (['act-now', 'plan', 'monitor'] as const).map((id) => ({
    id,
    label: { en: t(`results.tiers.${id}`) },
  }))

  return (
    <main className="page" aria-labelledby="review-title">
      <BackLink label={t('assessment.back')} onBack={onBack} />
      <div className="page__header">
        <div>
          <h1 id="review-title">
            {report
              ? t('review.title', { country: report.meta.countryName, period: report.meta.period })
              : t('review.titleUnknown')}
          </h1>
          <p className="muted">{t('review.readOnly', { fileName: submission.fileName })}</p>
        </div>
      </div>
      <div
        className={`banner ${submission.isIntact ? 'banner--info' : 'banner--error'}`}
        role={submission.isIntact ? 'status' : 'alert'}
      >
        {submission.verdict}
      </div>
      {message && (
        <div
          className={`banner ${message.tone === 'error' ? 'banner--error' : 'banner--info'}`}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </div>
      )}
      {report?.meta.isExample && <p className="banner banner--warning">{t('review.example')}</p>}
      {report && (
        <div className="review">
          <aside className="card review__filters" aria-label={t('review.filters')}>
            <h2>{t('review.filters')}</h2>
            {(['supportKinds', 'modalities', 'timeframes'] as const).map((key) => (
              <CheckboxList
                key={key}
                legend={t(`review.filter.${key}`)}
                idPrefix={`review-${key}`}
                choices={choicesOf(report, key)}
                selected={filter[key]}
                onChange={(selected) => setFilter({ ...filter, [key]: selected })}
              />
            ))}
            <CheckboxList
              legend={t('review.filter.tiers')}
              idPrefix="review-tiers"
              choices={tierChoices}
              selected={filter.tiers}
              onChange={(selected) =>
                setFilter({ ...filter, tiers: selected as NeedFilter['tiers'] })
              }
            />
            <CheckboxList
              legend={t('review.filter.sections')}
              idPrefix="review-sections"
              choices={choicesOf(report, 'sections')}
              selected={filter.sections}
              onChange={(selected) => setFilter({ ...filter, sections: selected })}
            />
          </aside>
          <section className="card" aria-labelledby="review-needs-title">
            <div className="review__needs-header">
              <h2 id="review-needs-title">
                {t('review.needs', { count: shown.length, total: report.needs.length })}
              </h2>
              <div className="page__actions">
                {(['csv', 'xlsx', 'html'] as const).map((format) => (
                  <button
                    key={format}
                    type="button"
                    className="button button--small"
                    onClick={() => void exportShortlist(format)}
                  >
                    {t(`review.export.${format}`)}
                  </button>
                ))}
              </div>
            </div>
            <NeedsTable needs={shown} />
          </section>
        </div>
      )}
    </main>
  )
}

function NeedsTable({ needs }: { needs: NeedEntry[] }) {
  const { t } = useTranslation()
  if (needs.length === 0) return <p className="muted">{t('review.noneMatch')}</p>
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('results.item')}</th>
          <th scope="col" className="number">
            {t('results.currentToTarget')}
          </th>
          <th scope="col">{t('results.tier')}</th>
          <th scope="col">{t('review.support')}</th>
          <th scope="col">{t('review.modalities')}</th>
          <th scope="col">{t('review.timeframe')}</th>
        </tr>
      </thead>
      <tbody>
        {needs.map((need) => (
          <tr key={need.itemId} data-item-id={need.itemId}>
            <th scope="row">
              <b>{need.code}</b> {need.statement}
              {need.context && <div className="muted">{need.context}</div>}
            </th>
            <td className="number">
              {need.current} → {need.target}
            </td>
            <td>
              <span className={`tier-badge tier--${need.tier}`}>
                {t(`results.tiers.${need.tier}`)}
              </span>
            </td>
            <td>{need.supportKinds.map((kind) => kind.label).join(', ')}</td>
            <td>
              {need.modalities.map((modality, rank) => `${rank + 1}. ${modality.label}`).join(', ')}
            </td>
            <td>{need.timeframe?.label ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
