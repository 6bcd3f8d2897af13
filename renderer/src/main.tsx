import '@fontsource/noto-sans/400.css'
import '@fontsource/noto-sans/600.css'
import '@fontsource/noto-sans/700.css'
import './styles/app.css'
import './styles/walkthrough.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { appApi } from './api/app-api'
import { App } from './app/App'
import { initI18n } from './i18n/i18n'

async function start() {
  await initI18n()
  const root = document.getElementById('root')
  if (!root) throw new Error('The page has no #root element.')
  createRoot(root).render(
    <StrictMode>
      <App api={appApi()} />
    </StrictMode>,
  )
}

void start()
