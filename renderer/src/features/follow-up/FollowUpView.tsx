import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { AppApi } from '../../../../shared/api/contract'
import type { CurrentRating } from '../../../../shared/assessment/answer'
import type { Assessment } from '../../../../shared/assessment/assessment'
import { ratingChanges } from '../../../../shared/assessment/follow-up'
import { localize } from '../../../../shared/questionnaire/localized-text'
import type { Questionnaire } from '../../../../shared/questionnaire/schema'
import type { AssessmentSession } from '../assessment/assessment-session'
import { itemIndex } from '../walkthrough/visible-items'

interface Props {
  api: AppApi
  session: AssessmentSession
  questionnaire: Questionnaire
  earlierId: string
}

type Earlier =
  | { status: 'loading' }
  | { status: 'missing'; message: string }
  | { status: 'ready'; assessment: Assessment }

/** What changed since the assessment this follow-up was duplicated from, by section and item. */
export function FollowUpView({ api, session, questionnaire, earlierId }: Props) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const [earlier, setEarlier] = useState<Earlier>({ status: 'loading' })
  const later = useStore(session.store, (s) => s.assessment)
  const items = useMemo(() => itemIndex(questionnaire), [questionnaire])

  useEffect(() => {
    let isCurrent = true
    void api.loadAssessment(earlierId).then((result) => {
      if (!isCurrent) return
      setEarlier(
        result.ok
          ? { status: 'ready', assessment: result.value }
          : { status: 'missing', message: result.error.message },
      )
    })
    return () => {
      isCurrent = false
    }
  }, [api, earlierId])

  const changes = useMemo(
    () =>
      earlier.status === 'ready' && later
        ? ratingChanges(questionnaire, earlier.assessment, later)
        : [],
    [earlier, later, questionnaire],
  )

  if (earlier.status === 'loading') return <p className="muted">{t('app.loading')}</p>
  if (earlier.status === 'missing')
    return (
      <p className="banner banner--warning">
        {t('followUp.missing', { message: earlier.message })}
      </p>
    )

  const rating = (current: CurrentRating | undefined) =>
    current === undefined
      ? t('followUp.unrated')
      : current.kind === 'level'
        ? `${current.level} ${localize(questionnaire.scale.levels[current.level]?.label ?? { en: '' }, lang)}`
        : current.kind === 'dont-know'
          ? t('walkthrough.dontKnow')
          : t('walkthrough.notApplicable')

  return (
    <section className="card follow-up" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">
        {t('followUp.title', { period: earlier.assessment.profile.period })}
      </h2>
      <p className="muted">{t('followUp.intro', { count: changes.length })}</p>
      {questionnaire.sections.map((section) => {
        const inSection = changes.filter((change) => change.sectionId === section.id)
        if (inSection.length === 0) return null
        const improved = inSection.filter((c) => (c.levelDelta ?? 0) > 0).length
        const declined = inSection.filter((c) => (c.levelDelta ?? 0) < 0).length
        return (
          <div key={section.id} className="follow-up__section">
            <h3>
              {section.code} {localize(section.title, lang)}
              <span className="follow-up__summary">
                {t('followUp.sectionSummary', { changed: inSection.length, improved, declined })}
              </span>
            </h3>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('followUp.item')}</th>
                  <th scope="col">{t('followUp.before')}</th>
                  <th scope="col">{t('followUp.after')}</th>
                  <th scope="col">{t('followUp.change')}</th>
                </tr>
              </thead>
              <tbody>
                {inSection.map((change) => {
                  const item = items.get(change.itemId)?.item
                  return (
                    <tr key={change.itemId}>
                      <th scope="row">
                        {item?.code} {item ? localize(item.statement, lang) : change.itemId}
                      </th>
                      <td>
                        {rating(change.before.current)}
                        {change.before.target !== undefined && (
                          <span className="muted"> → {change.before.target}</span>
                        )}
                      </td>
                      <td>
                        {rating(change.after.current)}
                        {change.after.target !== undefined && (
                          <span className="muted"> → {change.after.target}</span>
                        )}
                      </td>
                      <td className={deltaClass(change.levelDelta)}>
                        {change.levelDelta === undefined
                          ? '—'
                          : change.levelDelta > 0
                            ? `+${change.levelDelta}`
                            : String(change.levelDelta)}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        )
      })}
    </section>
  )
}

function deltaClass(delta: number | undefined): string {
  if (delta === undefined || delta === 0) return 'delta'
  return delta > 0 ? 'delta delta--up' : 'delta delta--down'
}
