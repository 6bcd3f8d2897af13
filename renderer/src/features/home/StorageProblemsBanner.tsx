import { useTranslation } from 'react-i18next'
import type { StorageProblem } from '../../../../shared/api/contract'

/** Names every saved file that could not be read, and where it was kept. */
export function StorageProblemsBanner({ problems }: { problems: StorageProblem[] }) {
  const { t } = useTranslation()
  if (problems.length === 0) return null
  return (
    <section
      className="banner banner--warning"
      role="alert"
      aria-labelledby="storage-problems-title"
    >
      <h2 id="storage-problems-title" className="banner__title">
        {t('problems.title', { count: problems.length })}
      </h2>
      <p>{t('problems.body')}</p>
      <ul className="banner__list">
        {problems.map((problem) => (
          <li key={problem.setAsidePath}>
            {t('problems.item', {
              fileName: problem.fileName,
              reason: problem.reason,
              path: problem.setAsidePath,
            })}
          </li>
        ))}
      </ul>
    </section>
  )
}
