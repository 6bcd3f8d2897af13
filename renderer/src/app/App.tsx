import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppApi } from '../../../shared/api/contract'
import { createHomeStore } from '../features/home/home-store'
import { HomeScreen } from '../features/home/HomeScreen'
import {
  openDroppedFile,
  openFileAndRoute,
  routeOpenedFile,
  type OpenFileOutcome,
} from './open-file'
import { navigationStore, useNavigation } from './navigation-store'

// Screens beyond the home screen load on first use, so the first screen is interactive sooner
// (the charts and the report code are most of the bundle).
const AssessmentScreen = lazy(() =>
  import('../features/assessment/AssessmentScreen').then((m) => ({ default: m.AssessmentScreen })),
)
const ReviewScreen = lazy(() =>
  import('../features/review/ReviewScreen').then((m) => ({ default: m.ReviewScreen })),
)
const CollectionsScreen = lazy(() =>
  import('../features/regional/CollectionsScreen').then((m) => ({ default: m.CollectionsScreen })),
)
const CollectionScreen = lazy(() =>
  import('../features/regional/CollectionScreen').then((m) => ({ default: m.CollectionScreen })),
)

type Notice = { tone: 'info' | 'error'; message: string } | null

/** The window's content: a header and the screen on show. */
export function App({ api }: { api: AppApi }) {
  const { t } = useTranslation()
  const screen = useNavigation((s) => s.screen)
  const homeStore = useMemo(() => createHomeStore(api), [api])
  const [isCreating, setCreating] = useState(false)
  const [notice, setNotice] = useState<Notice>(null)

  const report = useCallback(
    (outcome: OpenFileOutcome) => {
      if (outcome.kind === 'failed') setNotice({ tone: 'error', message: outcome.message })
      else if (outcome.kind === 'added')
        setNotice({ tone: 'info', message: t('workingCopy.added', { fileName: outcome.fileName }) })
      else setNotice(null)
    },
    [t],
  )
  const importFile = useCallback(async () => report(await openFileAndRoute(api)), [api, report])

  useEffect(
    () =>
      api.onFileOpened((file) => void routeOpenedFile(api, { ok: true, value: file }).then(report)),
    [api, report],
  )

  function onDrop(event: DragEvent<HTMLDivElement>) {
    const file = event.dataTransfer.files[0]
    if (!file) return
    event.preventDefault()
    void openDroppedFile(api, file).then(report)
  }

  useEffect(() => {
    return api.onMenuCommand((command) => {
      if (command === 'new-assessment') {
        navigationStore.getState().goHome()
        setCreating(true)
      } else if (command === 'open-assessment') {
        navigationStore.getState().goHome()
      } else if (command === 'import-file') {
        void importFile()
      }
    })
  }, [api, importFile])

  return (
    <div
      className="app"
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) event.preventDefault()
      }}
      onDrop={onDrop}
    >
      <header className="app-header">
        <span className="app-header__mark" aria-hidden="true" />
        <div>
          <p className="app-header__name">{t('app.name')}</p>
          <p className="app-header__tagline">{t('app.tagline')}</p>
        </div>
      </header>
      {notice && (
        <div
          className={`app-notice banner ${notice.tone === 'error' ? 'banner--error' : 'banner--info'}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <span>{notice.message}</span>
          <button type="button" className="button button--small" onClick={() => setNotice(null)}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
      <Suspense fallback={<p className="page muted">{t('app.loading')}</p>}>
        {screen.name === 'collections' ? (
          <CollectionsScreen
            api={api}
            onOpen={(id) => navigationStore.getState().openCollection(id)}
            onBack={() => navigationStore.getState().goHome()}
          />
        ) : screen.name === 'collection' ? (
          <CollectionScreen
            key={screen.collectionId}
            api={api}
            collectionId={screen.collectionId}
            onBack={() => navigationStore.getState().openCollections()}
          />
        ) : screen.name === 'review' ? (
          <ReviewScreen
            key={screen.submission.reviewId}
            api={api}
            submission={screen.submission}
            onBack={() => navigationStore.getState().goHome()}
          />
        ) : screen.name === 'home' ? (
          <HomeScreen
            store={homeStore}
            onOpen={(id) => navigationStore.getState().openAssessment(id)}
            isCreating={isCreating}
            onCreatingChange={setCreating}
            onImport={() => void importFile()}
            onOpenRegional={() => navigationStore.getState().openCollections()}
          />
        ) : (
          <AssessmentScreen
            key={screen.assessmentId}
            api={api}
            assessmentId={screen.assessmentId}
            pendingMerge={screen.pendingMerge}
            onMergeHandled={() => navigationStore.getState().clearPendingMerge()}
            onImport={() => void importFile()}
            onBack={() => navigationStore.getState().goHome()}
          />
        )}
      </Suspense>
    </div>
  )
}
