import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import { localize } from '../../../../shared/questionnaire/localized-text'
import type { AssessmentSession } from './assessment-session'

/** The questionnaire's sections with how many of their items are answered. */
export function SectionOverview({
  session,
  onOpenSection,
}: {
  session: AssessmentSession
  /** Opens the walk-through at the section's first item. */
  onOpenSection: (firstItemId: string) => void
}) {
  const { t, i18n } = useTranslation()
  const questionnaire = useStore(session.store, (s) => s.questionnaire)
  const answers = useStore(session.store, (s) => s.assessment?.answers)
  if (!questionnaire || !answers) return null

  return (
    <section className="card" aria-labelledby="sections-title">
      <h2 id="sections-title">{t('assessment.sections')}</h2>
      <ol className="section-list">
        {questionnaire.sections.map((section) => {
          const answered = section.items.filter((item) => answers[item.id]?.current).length
          const total = section.items.length
          return (
            <li key={section.id} className="section-list__item">
              <span className="section-list__code" aria-hidden="true">
                {section.code}
              </span>
              <span className="section-list__title">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => section.items[0] && onOpenSection(section.items[0].id)}
                >
                  {localize(section.title, i18n.language)}
                </button>
              </span>
              <span className="section-list__count">
                {t('assessment.answered', { answered, total })}
              </span>
              <span className="meter" aria-hidden="true">
                <span
                  className="meter__fill"
                  style={{ inlineSize: `${total ? (100 * answered) / total : 0}%` }}
                />
              </span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
