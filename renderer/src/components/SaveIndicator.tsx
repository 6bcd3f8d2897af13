import { useTranslation } from 'react-i18next'
import type { SaveStatus } from '../features/assessment/assessment-session'

/** "Saved" / "Saving…" next to the title; a live region so screen readers hear failures. */
export function SaveIndicator({ status, error }: { status: SaveStatus; error: string }) {
  const { t } = useTranslation()
  const label = status === 'error' ? t('save.error', { message: error }) : t(`save.${status}`)
  return (
    <span className={`save-indicator save-indicator--${status}`} role="status" aria-live="polite">
      <span className="save-indicator__dot" aria-hidden="true" />
      {label}
    </span>
  )
}
