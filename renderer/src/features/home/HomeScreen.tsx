import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { AssessmentSummary, NewAssessmentRequest } from '../../../../shared/api/contract'
import { countryName } from '../../../../shared/countries/countries'
import { HOME_READY_MARK } from '../../app/performance-marks'
import { Modal } from '../../components/Modal'
import { AssessmentTable } from './AssessmentTable'
import type { HomeStore } from './home-store'
import { NewAssessmentDialog } from './NewAssessmentDialog'
import { StorageProblemsBanner } from './StorageProblemsBanner'

interface Props {
  store: HomeStore
  onOpen: (assessmentId: string) => void
  isCreating: boolean
  onCreatingChange: (isCreating: boolean) => void
  /** Opens a working copy or a needs submission (File > Import…). */
  onImport?: () => void
  /** Opens the regional organizations' collections. */
  onOpenRegional?: () => void
}

/** How long "Undo" stays offered after a deletion. */
const UNDO_WINDOW_MS = 10_000

/** The first screen: the saved assessments, any unreadable files, and "New assessment". */
export function HomeScreen({
  store,
  onOpen,
  isCreating,
  onCreatingChange,
  onImport,
  onOpenRegional,
}: Props) {
  const { t, i18n } = useTranslation()
  const status = useStore(store, (s) => s.status)
  const errorMessage = useStore(store, (s) => s.errorMessage)
  const assessments = useStore(store, (s) => s.assessments)
  const problems = useStore(store, (s) => s.problems)
  const questionnaires = useStore(store, (s) => s.questionnaires)
  const recentlyDeleted = useStore(store, (s) => s.recentlyDeleted)
  const actionError = useStore(store, (s) => s.actionError)
  const [showArchived, setShowArchived] = useState(false)
  const [toDelete, setToDelete] = useState<AssessmentSummary | null>(null)
  const shown = showArchived ? assessments : assessments.filter((a) => !a.isArchived)
  const archivedCount = assessments.length - assessments.filter((a) => !a.isArchived).length

  useEffect(() => {
    if (!recentlyDeleted) return
    const timer = setTimeout(() => store.getState().forgetRemoved(), UNDO_WINDOW_MS)
    return () => clearTimeout(timer)
  }, [recentlyDeleted, store])

  useEffect(() => {
    void store.getState().refresh()
  }, [store])

  useEffect(() => {
    // The start-up benchmark reads this mark: the first moment the list can be used.
    if (status === 'ready' && performance.getEntriesByName(HOME_READY_MARK).length === 0) {
      performance.mark(HOME_READY_MARK)
    }
  }, [status])

  async function duplicate(summary: AssessmentSummary) {
    const copy = await store.getState().duplicate(summary.id)
    onOpen(copy.id)
  }

  async function create(request: NewAssessmentRequest) {
    const assessment = await store.getState().create(request)
    onCreatingChange(false)
    onOpen(assessment.id)
  }

  return (
    <main className="page" aria-labelledby="home-title">
      <div className="page__header">
        <div>
          <h1 id="home-title">{t('home.title')}</h1>
          {status === 'ready' && (
            <p className="muted">{t('home.count', { count: assessments.length })}</p>
          )}
        </div>
        <div className="page__actions">
          {onOpenRegional && (
            <button type="button" className="button" onClick={onOpenRegional}>
              {t('regional.open')}
            </button>
          )}
          {onImport && (
            <button type="button" className="button" onClick={onImport}>
              {t('home.importFile')}
            </button>
          )}
          <button
            type="button"
            className="button button--primary"
            onClick={() => onCreatingChange(true)}
            disabled={status !== 'ready'}
          >
            <span aria-hidden="true">+</span> {t('home.newAssessment')}
          </button>
        </div>
      </div>

      {status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {status === 'error' && (
        <div className="banner banner--error" role="alert">
          <p>{t('app.loadFailed', { message: errorMessage })}</p>
          <button type="button" className="button" onClick={() => void store.getState().refresh()}>
            {t('app.retry')}
          </button>
        </div>
      )}

      <StorageProblemsBanner problems={problems} />

      {status === 'ready' && assessments.length === 0 && (
        <section className="empty-state">
          <h2>{t('home.emptyTitle')}</h2>
          <p>{t('home.emptyBody')}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => onCreatingChange(true)}
          >
            {t('home.newAssessment')}
          </button>
        </section>
      )}

      {actionError && (
        <div className="banner banner--error" role="alert">
          {actionError}
        </div>
      )}

      {recentlyDeleted && (
        <div className="toast" role="status">
          <span>
            {t('home.deleted', {
              country: countryName(recentlyDeleted.country, i18n.language),
              period: recentlyDeleted.period,
            })}
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={() => void store.getState().undoRemove()}
          >
            {t('home.undo')}
          </button>
        </div>
      )}

      {status === 'ready' && assessments.length > 0 && (
        <>
          <AssessmentTable
            assessments={shown}
            questionnaires={questionnaires}
            onOpen={onOpen}
            onDuplicate={(summary) => void duplicate(summary)}
            onArchive={(summary, isArchived) =>
              void store.getState().setArchived(summary.id, isArchived)
            }
            onDelete={setToDelete}
          />
          {archivedCount > 0 && (
            <label className="checkbox home__archived-toggle" htmlFor="show-archived">
              <input
                id="show-archived"
                type="checkbox"
                checked={showArchived}
                onChange={(event) => setShowArchived(event.target.checked)}
              />
              {t('home.showArchived', { count: archivedCount })}
            </label>
          )}
        </>
      )}

      {toDelete && (
        <Modal titleId="delete-title" onClose={() => setToDelete(null)}>
          <h2 id="delete-title">
            {t('home.deleteTitle', {
              country: countryName(toDelete.country, i18n.language),
              period: toDelete.period,
            })}
          </h2>
          <p>{t('home.deleteBody')}</p>
          <div className="form__actions">
            <button type="button" className="button" onClick={() => setToDelete(null)}>
              {t('newAssessment.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary button--danger-solid"
              onClick={() => {
                void store.getState().remove(toDelete)
                setToDelete(null)
              }}
            >
              {t('home.delete')}
            </button>
          </div>
        </Modal>
      )}

      {isCreating && (
        <NewAssessmentDialog
          questionnaires={questionnaires}
          onCreate={create}
          onCancel={() => onCreatingChange(false)}
        />
      )}
    </main>
  )
}
