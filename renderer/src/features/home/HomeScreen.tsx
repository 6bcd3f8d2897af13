import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { NewAssessmentRequest } from '../../../../shared/api/contract'
import { AssessmentTable } from './AssessmentTable'
import type { HomeStore } from './home-store'
import { NewAssessmentDialog } from './NewAssessmentDialog'
import { StorageProblemsBanner } from './StorageProblemsBanner'

interface Props {
  store: HomeStore
  onOpen: (assessmentId: string) => void
  isCreating: boolean
  onCreatingChange: (isCreating: boolean) => void
}

/** The first screen: the saved assessments, any unreadable files, and "New assessment". */
export function HomeScreen({ store, onOpen, isCreating, onCreatingChange }: Props) {
  const { t } = useTranslation()
  const status = useStore(store, (s) => s.status)
  const errorMessage = useStore(store, (s) => s.errorMessage)
  const assessments = useStore(store, (s) => s.assessments)
  const problems = useStore(store, (s) => s.problems)
  const questionnaires = useStore(store, (s) => s.questionnaires)

  useEffect(() => {
    void store.getState().refresh()
  }, [store])

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
        <button
          type="button"
          className="button button--primary"
          onClick={() => onCreatingChange(true)}
          disabled={status !== 'ready'}
        >
          <span aria-hidden="true">＋</span> {t('home.newAssessment')}
        </button>
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

      {status === 'ready' && assessments.length > 0 && (
        <AssessmentTable assessments={assessments} questionnaires={questionnaires} onOpen={onOpen} />
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
