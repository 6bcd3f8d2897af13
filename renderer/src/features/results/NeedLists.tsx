import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { localize } from '../../../../shared/questionnaire/localized-text'
import type { Questionnaire } from '../../../../shared/questionnaire/schema'
import type { AssessmentScores } from '../../../../shared/scoring'

interface Props {
  scores: AssessmentScores
  questionnaire: Questionnaire
  label: (itemId: string) => string
}

/** Quick wins, offers to others, assessment gaps and blocked items: each its own short list. */
export function NeedLists({ scores, questionnaire, label }: Props) {
  const { t, i18n } = useTranslation()
  const kindLabel = (id: string) =>
    localize(
      questionnaire.supportKinds.find((kind) => kind.id === id)?.label ?? { en: id },
      i18n.language,
    )
  const blocked = scores.needs.filter((need) => need.blockedBy.length > 0)

  return (
    <div className="results__lists">
      <ListCard
        id="quick-wins"
        title={t('results.quickWins')}
        empty={t('results.noneYet')}
        hint={t('results.quickWinsHint')}
      >
        {scores.quickWins.map((need) => (
          <li key={need.itemId}>{label(need.itemId)}</li>
        ))}
      </ListCard>
      <ListCard
        id="offers"
        title={t('results.offers')}
        empty={t('results.noneYet')}
        hint={t('results.offersHint')}
      >
        {scores.offers.map((offer) => (
          <li key={offer.itemId}>
            {label(offer.itemId)}
            {offer.offerKinds.length > 0 && (
              <span className="muted"> — {offer.offerKinds.map(kindLabel).join(', ')}</span>
            )}
          </li>
        ))}
      </ListCard>
      <ListCard
        id="assessment-gaps"
        title={t('results.assessmentGaps')}
        empty={t('results.noneYet')}
        hint={t('results.assessmentGapsHint')}
      >
        {scores.assessmentGaps.map((itemId) => (
          <li key={itemId}>{label(itemId)}</li>
        ))}
      </ListCard>
      <ListCard
        id="blocked"
        title={t('results.blocked')}
        empty={t('results.noneYet')}
        hint={t('results.blockedHint')}
      >
        {blocked.map((need) => (
          <li key={need.itemId}>
            {label(need.itemId)}
            <span className="muted">
              {' '}
              —{' '}
              {t('results.blockedBy', {
                items: need.blockedBy.map((id) => label(id).split(' ')[0]).join(', '),
              })}
            </span>
          </li>
        ))}
      </ListCard>
    </div>
  )
}

function ListCard({
  id,
  title,
  hint,
  empty,
  children,
}: {
  id: string
  title: string
  hint: string
  empty: string
  children: ReactNode[]
}) {
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title} <span className="results__count">{children.length}</span>
      </h2>
      <p className="muted results__hint">{hint}</p>
      {children.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="results__list">{children}</ul>
      )}
    </section>
  )
}
