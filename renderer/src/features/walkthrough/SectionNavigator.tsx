import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { Questionnaire } from '../../../../shared/questionnaire/schema'
import { localize } from '../../../../shared/questionnaire/localized-text'
import type { AssessmentSession } from '../assessment/assessment-session'
import { sectionProgressKey } from './visible-items'

interface Props {
  questionnaire: Questionnaire
  session: AssessmentSession
  activeSectionId: string
  onSelect: (sectionId: string) => void
}

/** The sections down the side, each with its answered count; the active one is marked. */
export function SectionNavigator({ questionnaire, session, activeSectionId, onSelect }: Props) {
  const { t, i18n } = useTranslation()
  const progress = useStore(session.store, (s) =>
    sectionProgressKey(questionnaire, s.assessment),
  ).split(',')

  return (
    <nav className="section-nav" aria-label={t('walkthrough.sectionsNav')}>
      <ol>
        {questionnaire.sections.map((section, index) => {
          const [answered = 0, total = 0] = (progress[index] ?? '0/0').split('/').map(Number)
          const isActive = section.id === activeSectionId
          return (
            <li key={section.id}>
              <button
                type="button"
                className={`section-nav__button${isActive ? ' is-active' : ''}`}
                aria-current={isActive ? 'step' : undefined}
                onClick={() => onSelect(section.id)}
              >
                <span className="section-nav__code" aria-hidden="true">
                  {section.code}
                </span>
                <span className="section-nav__title">{localize(section.title, i18n.language)}</span>
                <span className="section-nav__count">
                  {t('walkthrough.sectionProgress', { answered, total })}
                </span>
                <span className="meter" aria-hidden="true">
                  <span
                    className={`meter__fill${answered === total ? ' meter__fill--done' : ''}`}
                    style={{ inlineSize: `${total ? (100 * answered) / total : 0}%` }}
                  />
                </span>
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
