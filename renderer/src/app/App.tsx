import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppApi } from '../../../shared/api/contract'
import { AssessmentScreen } from '../features/assessment/AssessmentScreen'
import { createHomeStore } from '../features/home/home-store'
import { HomeScreen } from '../features/home/HomeScreen'
import { navigationStore, useNavigation } from './navigation-store'

/** The window's content: a header and the screen on show. */
export function App({ api }: { api: AppApi }) {
  const { t } = useTranslation()
  const screen = useNavigation((s) => s.screen)
  const homeStore = useMemo(() => createHomeStore(api), [api])
  const [isCreating, setCreating] = useState(false)

  useEffect(
    () =>
      api.onMenuCommand((command) => {
        if (command === 'new-assessment') {
          navigationStore.getState().goHome()
          setCreating(true)
        } else if (command === 'open-assessment') {
          navigationStore.getState().goHome()
        }
      }),
    [api],
  )

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-header__mark" aria-hidden="true" />
        <div>
          <p className="app-header__name">{t('app.name')}</p>
          <p className="app-header__tagline">{t('app.tagline')}</p>
        </div>
      </header>
      {screen.name === 'home' ? (
        <HomeScreen
          store={homeStore}
          onOpen={(id) => navigationStore.getState().openAssessment(id)}
          isCreating={isCreating}
          onCreatingChange={setCreating}
        />
      ) : (
        <AssessmentScreen
          key={screen.assessmentId}
          api={api}
          assessmentId={screen.assessmentId}
          onBack={() => navigationStore.getState().goHome()}
        />
      )}
    </div>
  )
}
