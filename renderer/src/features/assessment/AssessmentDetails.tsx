import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { TeamMember } from '../../../../shared/assessment/assessment'
import type { AssessmentSession } from './assessment-session'

/** Editable details of the open assessment: title, period, lead agency and the team. */
export function AssessmentDetails({ session }: { session: AssessmentSession }) {
  const { t } = useTranslation()
  const profile = useStore(session.store, (s) => s.assessment?.profile)
  if (!profile) return null

  const setProfile = (patch: Partial<typeof profile>) =>
    session.update((a) => ({ ...a, profile: { ...a.profile, ...patch } }))
  const setMember = (index: number, patch: Partial<TeamMember>) =>
    setProfile({ team: profile.team.map((m, i) => (i === index ? { ...m, ...patch } : m)) })

  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">{t('assessment.details')}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="detail-title">{t('assessment.title')}</label>
          <input
            id="detail-title"
            value={profile.title}
            onChange={(e) => setProfile({ title: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="detail-period">{t('assessment.period')}</label>
          <input
            id="detail-period"
            value={profile.period}
            onChange={(e) => setProfile({ period: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="detail-lead-agency">{t('assessment.leadAgency')}</label>
          <input
            id="detail-lead-agency"
            value={profile.leadAgency}
            onChange={(e) => setProfile({ leadAgency: e.target.value })}
          />
        </div>
      </div>

      <fieldset className="team">
        <legend>{t('assessment.team')}</legend>
        <p className="field__hint">{t('assessment.teamHint')}</p>
        {profile.team.map((member, index) => {
          const who = member.name || t('assessment.unnamedMember', { index: index + 1 })
          return (
            <div className="team__row" key={index}>
              <input
                aria-label={`${t('assessment.memberName')} (${index + 1})`}
                placeholder={t('assessment.memberName')}
                value={member.name}
                onChange={(e) => setMember(index, { name: e.target.value })}
              />
              <input
                aria-label={`${t('assessment.memberAgency')} (${index + 1})`}
                placeholder={t('assessment.memberAgency')}
                value={member.agency}
                onChange={(e) => setMember(index, { agency: e.target.value })}
              />
              <input
                aria-label={`${t('assessment.memberRole')} (${index + 1})`}
                placeholder={t('assessment.memberRole')}
                value={member.role}
                onChange={(e) => setMember(index, { role: e.target.value })}
              />
              <button
                type="button"
                className="button button--ghost"
                aria-label={t('assessment.removeMember', { name: who })}
                onClick={() => setProfile({ team: profile.team.filter((_, i) => i !== index) })}
              >
                ✕
              </button>
            </div>
          )
        })}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setProfile({ team: [...profile.team, { name: '', agency: '', role: '' }] })
          }
        >
          {t('assessment.addMember')}
        </button>
      </fieldset>
    </section>
  )
}
