import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import { localize } from '../../../../shared/questionnaire/localized-text'
import type { Questionnaire } from '../../../../shared/questionnaire/schema'
import { NEED_TIERS, scoreAssessment } from '../../../../shared/scoring'
import type { AssessmentSession } from '../assessment/assessment-session'
import { itemIndex } from '../walkthrough/visible-items'
import { NeedLists } from './NeedLists'
import { NeedsChart } from './NeedsChart'
import { SectionProfile } from './SectionProfile'

interface Props {
  questionnaire: Questionnaire
  session: AssessmentSession
}

/**
 * The team's results, recomputed from the answers by `shared/scoring` whenever they change: the
 * same numbers the report will carry. Each chart is followed by a table with the same data.
 */
export function ResultsView({ questionnaire, session }: Props) {
  const { t, i18n } = useTranslation()
  const answers = useStore(session.store, (s) => s.assessment?.answers)
  const scores = useMemo(
    () => scoreAssessment(questionnaire, answers ?? {}),
    [questionnaire, answers],
  )
  const items = useMemo(() => itemIndex(questionnaire), [questionnaire])
  const label = (itemId: string) => {
    const item = items.get(itemId)?.item
    return item ? `${item.code} ${localize(item.statement, i18n.language)}` : itemId
  }

  return (
    <div className="results">
      <section className="card results__summary" aria-labelledby="results-summary-title">
        <h2 id="results-summary-title">{t('results.summary')}</h2>
        <p className="muted">
          {t('results.completion', {
            answered: scores.overall.answeredCount,
            total: scores.overall.itemCount,
          })}
        </p>
        <dl className="tier-counts">
          {NEED_TIERS.map((tier) => (
            <div key={tier} className={`tier-counts__tier tier--${tier}`}>
              <dt>{t(`results.tiers.${tier}`)}</dt>
              <dd data-testid={`tier-count-${tier}`}>{scores.tierCounts[tier]}</dd>
            </div>
          ))}
          <div className="tier-counts__tier tier--gaps">
            <dt>{t('results.assessmentGaps')}</dt>
            <dd data-testid="tier-count-assessment-gaps">{scores.assessmentGaps.length}</dd>
          </div>
        </dl>
        <p className="muted results__method">{t('results.method')}</p>
      </section>

      <SectionProfile questionnaire={questionnaire} sections={scores.sections} />
      <NeedsChart needs={scores.needs} label={label} />
      <NeedLists scores={scores} label={label} questionnaire={questionnaire} />
    </div>
  )
}
