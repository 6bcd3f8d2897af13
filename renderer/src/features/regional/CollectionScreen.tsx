import { useEffect, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppApi, CollectionView } from '../../../../shared/api/contract'
import type { FileResult } from '../../../../shared/aggregation/intake-result'
import { RegionalDashboard } from './RegionalDashboard'
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
  const { t } = useTranslation()
  const [view, setView] = useState<CollectionView | null>(null)
  const [results, setResults] = useState<FileResult[]>([])
  const [isImporting, setImporting] = useState(false)
  const [error, setError] = useState('')
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

  const picture = view?.picture

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
      {view && view.picture.coverage.length > 0 && (
        <RegionalDashboard
          view={view}
          onChoose={(country, digest) => void choose(country, digest)}
        />
      )}
    </main>
  )
}
