import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CollectionView } from '../../../../shared/api/contract'
import { matchmakingPairs } from '../../../../shared/aggregation/aggregate'
import { formatPercent } from '../results/format-number'

interface Props {
  view: CollectionView
  onChoose: (country: string, digest: string) => void
}

/**
 * The regional picture of a collection: coverage, the gap heat map with the regional median,
 * demand for support and modalities, matchmaking and the per-item distribution. Countries appear
 * alphabetically; nothing here ranks them.
 */
export function RegionalDashboard({ view, onChoose }: Props) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const picture = view.picture
  const [compareWith, setCompareWith] = useState('')
  const pairs = useMemo(() => matchmakingPairs(picture), [picture])
  const compared = picture.heatmap.find((row) => row.country === compareWith)

  return (
    <div className="results">
      <section className="card" aria-labelledby="coverage-title">
        <h2 id="coverage-title">{t('regional.coverage', { count: picture.coverage.length })}</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('home.columns.country')}</th>
              <th scope="col">{t('assessment.period')}</th>
              <th scope="col">{t('regional.exportedOn')}</th>
              <th scope="col" className="number">
                {t('regional.answered')}
              </th>
              <th scope="col" className="number">
                {t('regional.needs')}
              </th>
              <th scope="col">{t('regional.counts')}</th>
            </tr>
          </thead>
          <tbody>
            {picture.coverage.map((entry) => (
              <tr key={entry.country} data-country={entry.country}>
                <th scope="row">
                  {entry.countryName} ({entry.country})
                </th>
                <td>{entry.period}</td>
                <td>{entry.createdAt.slice(0, 10)}</td>
                <td className="number">
                  {entry.answered} / {entry.total}
                </td>
                <td className="number">{entry.needCount}</td>
                <td>
                  <SubmissionChoice
                    view={view}
                    country={entry.country}
                    onChoose={(digest) => onChoose(entry.country, digest)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {view && view.submissions.length > picture.coverage.length && (
          <p className="muted">
            {t('regional.history', {
              count: view.submissions.length - picture.coverage.length,
            })}
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="heatmap-title">
        <h2 id="heatmap-title">{t('regional.heatmap')}</h2>
        <div className="field field--inline">
          <label htmlFor="compare-country">{t('regional.compare')}</label>
          <select
            id="compare-country"
            value={compareWith}
            onChange={(event) => setCompareWith(event.target.value)}
          >
            <option value="">{t('regional.compareNone')}</option>
            {picture.coverage.map((entry) => (
              <option key={entry.country} value={entry.country}>
                {entry.countryName}
              </option>
            ))}
          </select>
        </div>
        <table className="data-table heatmap">
          <thead>
            <tr>
              <th scope="col">{t('home.columns.country')}</th>
              {picture.sections.map((section) => (
                <th key={section.sectionId} scope="col" className="number" title={section.title}>
                  {section.code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {picture.heatmap
              .filter((row) => !compareWith || row.country === compareWith)
              .map((row) => (
                <tr key={row.country} data-country={row.country}>
                  <th scope="row">{row.country}</th>
                  {row.gapPercents.map((value, index) => (
                    <td
                      key={index}
                      className="number"
                      style={
                        value === null
                          ? undefined
                          : { background: `rgb(180 35 24 / ${(value / 100) * 0.55})` }
                      }
                    >
                      {formatPercent(value, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            <tr className="heatmap__median">
              <th scope="row">{t('regional.median')}</th>
              {picture.sectionMedians.map((value, index) => (
                <td key={index} className="number">
                  {formatPercent(value, lang)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
        {compared && <p className="muted">{t('regional.compareHint')}</p>}
      </section>

      <div className="results__lists">
        <section className="card" aria-labelledby="support-demand-title">
          <h2 id="support-demand-title">{t('regional.supportDemand')}</h2>
          <table className="data-table">
            <tbody>
              {[...picture.supportDemand]
                .sort((a, b) => b.needCount - a.needCount)
                .map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row">{entry.label}</th>
                    <td className="number">{entry.needCount}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="modality-demand-title">
          <h2 id="modality-demand-title">{t('regional.modalityDemand')}</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('review.modalities')}</th>
                <th scope="col" className="number">
                  {t('regional.first')}
                </th>
                <th scope="col" className="number">
                  {t('regional.any')}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...picture.modalityDemand]
                .sort((a, b) => b.anyRank - a.anyRank)
                .map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row">{entry.label}</th>
                    <td className="number">{entry.preferredFirst}</td>
                    <td className="number">{entry.anyRank}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      </div>

      <section className="card" aria-labelledby="matchmaking-title">
        <h2 id="matchmaking-title">{t('regional.matchmaking', { count: pairs.length })}</h2>
        <p className="muted results__hint">{t('regional.matchmakingHint')}</p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('results.item')}</th>
              <th scope="col">{t('regional.needsSupport')}</th>
              <th scope="col">{t('regional.canOffer')}</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((pair) => (
              <tr
                key={`${pair.itemId}-${pair.needs}-${pair.offers}`}
                data-pair={`${pair.code}:${pair.needs}:${pair.offers}`}
              >
                <th scope="row">
                  {pair.code} {picture.items.find((item) => item.itemId === pair.itemId)?.statement}
                </th>
                <td>{pair.needs}</td>
                <td>{pair.offers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="items-title">
        <h2 id="items-title">{t('regional.items')}</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('results.item')}</th>
              <th scope="col" className="number">
                {t('regional.levels')}
              </th>
              <th scope="col" className="number">
                {t('regional.needs')}
              </th>
              <th scope="col" className="number">
                {t('results.tiers.act-now')}
              </th>
            </tr>
          </thead>
          <tbody>
            {picture.items.map((item) => (
              <tr key={item.itemId} data-item-id={item.itemId}>
                <th scope="row">
                  <b>{item.code}</b> {item.statement}
                </th>
                <td className="number">{item.levelCounts.join(' / ')}</td>
                <td className="number">{item.needCount}</td>
                <td className="number">{item.actNowCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  )
}

/** Which of a country's submissions counts: the latest by default, another if the user picks it. */
function SubmissionChoice({
  view,
  country,
  onChoose,
}: {
  view: CollectionView
  country: string
  onChoose: (digest: string) => void
}) {
  const { t } = useTranslation()
  const history = view.submissions
    .filter((submission) => submission.country === country)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const current = history.find((submission) => submission.isCurrent)
  if (history.length < 2) return <span className="muted">{current?.fileName}</span>
  return (
    <select
      aria-label={t('regional.chooseFor', { country })}
      value={current?.digest}
      onChange={(event) => onChoose(event.target.value)}
    >
      {history.map((submission) => (
        <option key={submission.digest} value={submission.digest}>
          {submission.createdAt.slice(0, 16).replace('T', ' ')} · {submission.fileName}
        </option>
      ))}
    </select>
  )
}
