import { useEffect, useMemo, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppApi, CollectionView } from '../../../../shared/api/contract'
import { matchmakingPairs } from '../../../../shared/aggregation/aggregate'
import type { FileResult } from '../../../../shared/aggregation/intake-result'
import { formatPercent } from '../results/format-number'
import { BackLink } from '../../components/BackLink'

/** Matches the main process's limit for one submission. */
const MAX_DROPPED_SUBMISSION_BYTES = 10 * 1024 * 1024

interface Props {
  api: AppApi
  collectionId: string
  onBack: () => void
}

/**
 * One collection: import member submissions (each verified, each rejection explained), then the
 * regional picture. Countries appear alphabetically; nothing here ranks them.
 */
export function CollectionScreen({ api, collectionId, onBack }: Props) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const [view, setView] = useState<CollectionView | null>(null)
  const [results, setResults] = useState<FileResult[]>([])
  const [isImporting, setImporting] = useState(false)
  const [error, setError] = useState('')
  const [compareWith, setCompareWith] = useState('')
  const [notice, setNotice] = useState('')
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)

  useEffect(() => api.onImportProgress(setProgress), [api])

  useEffect(() => {
    void api
      .getCollection(collectionId)
      .then((result) => (result.ok ? setView(result.value) : setError(result.error.message)))
  }, [api, collectionId])

  async function importFrom(from: 'files' | 'folder') {
    setImporting(true)
    setError('')
    const result = await api.importSubmissions({ collectionId, from })
    finishImport(result)
  }

  /** Files dropped on the collection are imported into it (read here, verified by the main process). */
  async function importDropped(event: DragEvent<HTMLElement>) {
    const files = [...event.dataTransfer.files]
    if (files.length === 0) return
    event.preventDefault()
    event.stopPropagation()
    const tooLarge = files.filter((file) => file.size > MAX_DROPPED_SUBMISSION_BYTES)
    const readable = files.filter((file) => file.size <= MAX_DROPPED_SUBMISSION_BYTES)
    setImporting(true)
    setError(
      tooLarge.length
        ? t('regional.tooLarge', { files: tooLarge.map((file) => file.name).join(', ') })
        : '',
    )
    if (readable.length === 0) return setImporting(false)
    const contents = await Promise.all(
      readable.map(async (file) => ({ fileName: file.name, text: await file.text() })),
    )
    finishImport(await api.importDroppedSubmissions({ collectionId, files: contents }))
  }

  function finishImport(result: Awaited<ReturnType<AppApi['importSubmissions']>>) {
    setImporting(false)
    setProgress(null)
    if (result.ok) {
      setResults(result.value.results)
      setView(result.value.view)
    } else if (result.error.code !== 'cancelled') setError(result.error.message)
  }

  async function choose(country: string, digest: string) {
    const result = await api.chooseSubmission({ collectionId, country, digest })
    if (result.ok) setView(result.value)
    else setError(result.error.message)
  }

  async function exportReport(format: 'html' | 'pdf' | 'csv' | 'xlsx' | 'json') {
    setError('')
    const result = await api.exportRegionalReport({ collectionId, format })
    if (result.ok) setNotice(t('regional.exported', { fileName: result.value.fileName }))
    else if (result.error.code !== 'cancelled') setError(result.error.message)
  }

  const pairs = useMemo(() => (view ? matchmakingPairs(view.picture) : []), [view])
  const picture = view?.picture
  const compared = picture?.heatmap.find((row) => row.country === compareWith)

  return (
    <main
      className="page"
      aria-labelledby="collection-title"
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) event.preventDefault()
      }}
      onDrop={(event) => void importDropped(event)}
    >
      <BackLink label={t('regional.back')} onBack={onBack} />
      <div className="page__header">
        <div>
          <h1 id="collection-title">{view?.name ?? t('app.loading')}</h1>
          <p className="muted">{t('regional.noRanking')}</p>
        </div>
        <div className="page__actions">
          <button
            type="button"
            className="button"
            disabled={isImporting}
            onClick={() => void importFrom('files')}
          >
            {t('regional.importFiles')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={isImporting}
            onClick={() => void importFrom('folder')}
          >
            {t('regional.importFolder')}
          </button>
        </div>
      </div>
      {notice && (
        <div className="banner banner--info" role="status">
          {notice}
        </div>
      )}
      {picture && picture.coverage.length > 0 && (
        <div className="page__actions regional__export">
          <span className="muted">{t('regional.export')}</span>
          {(['html', 'pdf', 'xlsx', 'csv', 'json'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button button--small"
              onClick={() => void exportReport(format)}
            >
              {format.toUpperCase()}
            </button>
          ))}
        </div>
      )}
      {isImporting && (
        <div className="banner banner--info" role="status">
          <progress
            aria-label={t('regional.verifying')}
            value={progress?.done}
            max={progress?.total || undefined}
          />{' '}
          {progress ? t('regional.verifyingCount', progress) : t('regional.verifying')}
        </div>
      )}
      {error && (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      )}
      {results.length > 0 && (
        <section className="card" aria-labelledby="import-results-title">
          <h2 id="import-results-title">
            {t('regional.results', {
              accepted: results.filter((r) => r.status === 'accepted').length,
              rejected: results.filter((r) => r.status === 'rejected').length,
            })}
          </h2>
          <ul className="import-results">
            {results.map((result, index) => (
              <li
                key={`${result.fileName}-${index}`}
                className={`import-results__${result.status}`}
              >
                <b>{result.fileName}</b>: {t(`regional.status.${result.status}`)} — {result.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {view && view.problems.length > 0 && (
        <div className="banner banner--warning" role="alert">
          {view.problems.join(' ')}
        </div>
      )}
      {picture && picture.coverage.length > 0 && (
        <div className="results">
          <section className="card" aria-labelledby="coverage-title">
            <h2 id="coverage-title">
              {t('regional.coverage', { count: picture.coverage.length })}
            </h2>
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
                        view={view!}
                        country={entry.country}
                        onChoose={(digest) => void choose(entry.country, digest)}
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
                    <th
                      key={section.sectionId}
                      scope="col"
                      className="number"
                      title={section.title}
                    >
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
                      {pair.code}{' '}
                      {picture.items.find((item) => item.itemId === pair.itemId)?.statement}
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
      )}
    </main>
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
