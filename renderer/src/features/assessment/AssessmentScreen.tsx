import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { AppApi } from '../../../../shared/api/contract'
import { countryName } from '../../../../shared/countries/countries'
import { localize } from '../../../../shared/questionnaire/localized-text'
import type { Assessment } from '../../../../shared/assessment/assessment'
import { isSameValue } from '../../../../shared/assessment/canonical-json'
import type { PendingMerge } from '../../app/navigation-store'
import { SaveIndicator } from '../../components/SaveIndicator'
import { ExportDialog } from '../export/ExportDialog'
import { FollowUpView } from '../follow-up/FollowUpView'
import { ResultsView } from '../results/ResultsView'
import { MergeDialog } from '../working-copy/MergeDialog'
import { Tabs } from '../../components/Tabs'
import { WalkthroughView } from '../walkthrough/WalkthroughView'
import { createWalkthroughStore } from '../walkthrough/walkthrough-store'
import { AssessmentDetails } from './AssessmentDetails'
import { createAssessmentSession } from './assessment-session'
import { SectionOverview } from './SectionOverview'
import { BackLink } from '../../components/BackLink'

type AssessmentTab = 'overview' | 'questionnaire' | 'results' | 'follow-up'

interface Props {
  api: AppApi
  assessmentId: string
  /** A working copy of this assessment the user opened, to merge now. */
  pendingMerge?: PendingMerge
  onMergeHandled: () => void
  onImport: () => void
  onBack: () => void
}

/** One open assessment: its details, its sections, and the autosave status. */
export function AssessmentScreen({
  api,
  assessmentId,
  pendingMerge,
  onMergeHandled,
  onImport,
  onBack,
}: Props) {
  const { t, i18n } = useTranslation()
  const session = useMemo(() => createAssessmentSession(api), [api])
  const status = useStore(session.store, (s) => s.status)
  const errorMessage = useStore(session.store, (s) => s.errorMessage)
  const country = useStore(session.store, (s) => s.assessment?.profile.country)
  const period = useStore(session.store, (s) => s.assessment?.profile.period)
  const questionnaire = useStore(session.store, (s) => s.questionnaire)
  const saveStatus = useStore(session.store, (s) => s.saveStatus)
  const saveError = useStore(session.store, (s) => s.saveError)
  const [tab, setTab] = useState<AssessmentTab>('overview')
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null)
  // Only while a merge is pending: subscribing to the whole assessment would re-render this screen on every keystroke.
  const [isExporting, setExporting] = useState(false)
  const current = useStore(session.store, (s) =>
    pendingMerge || isExporting ? s.assessment : null,
  )
  const derivedFrom = useStore(session.store, (s) => s.assessment?.derivedFrom)
  const walkthrough = useMemo(
    () => createWalkthroughStore(questionnaire?.sections[0]?.items[0]?.id ?? ''),
    [questionnaire],
  )

  useEffect(() => {
    void session.load(assessmentId)
    // Leaving the screen saves what is pending rather than dropping it.
    return () => void session.flush()
  }, [session, assessmentId])

  function back() {
    void session.flush().then(onBack)
  }

  async function exportWorkingCopy() {
    await session.flush()
    const result = await api.exportWorkingCopy(assessmentId)
    if (result.ok)
      setMessage({
        tone: 'info',
        text: t('workingCopy.exported', { fileName: result.value.fileName }),
      })
    else if (result.error.code !== 'cancelled')
      setMessage({ tone: 'error', text: result.error.message })
  }

  function applyMerge(merged: Assessment, takenCount: number) {
    session.update(() => merged)
    void session.flush()
    onMergeHandled()
    setMessage({ tone: 'info', text: t('merge.applied', { count: takenCount }) })
  }

  return (
    <main className="page" aria-labelledby="assessment-title">
      <BackLink label={t('assessment.back')} onBack={back} />
      {status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {status === 'error' && (
        <div className="banner banner--error" role="alert">
          {t('assessment.loadFailed', { message: errorMessage })}
        </div>
      )}
      {status === 'ready' && country && questionnaire && (
        <>
          <div className="page__header">
            <div>
              <h1 id="assessment-title">
                <span className="country-code" aria-hidden="true">
                  {country}
                </span>
                {countryName(country, i18n.language)} · {period}
              </h1>
              <p className="muted">
                {t('assessment.questionnaireValue', {
                  title: localize(questionnaire.title, i18n.language),
                  version: questionnaire.version,
                })}
              </p>
            </div>
            <div className="page__actions">
              <SaveIndicator status={saveStatus} error={saveError} />
              <button
                type="button"
                className="button button--small"
                onClick={() => void exportWorkingCopy()}
              >
                {t('workingCopy.export')}
              </button>
              <button type="button" className="button button--small" onClick={onImport}>
                {t('workingCopy.import')}
              </button>
              <button
                type="button"
                className="button button--small button--primary"
                onClick={() => setExporting(true)}
              >
                {t('export.button')}
              </button>
            </div>
          </div>
          {message && (
            <div
              className={`banner ${message.tone === 'error' ? 'banner--error' : 'banner--info'}`}
              role={message.tone === 'error' ? 'alert' : 'status'}
            >
              {message.text}
            </div>
          )}
          {isExporting && current && (
            <ExportDialog
              api={api}
              assessment={current}
              questionnaire={questionnaire}
              flush={session.flush}
              onDone={(text) => {
                setExporting(false)
                setMessage({ tone: 'info', text })
              }}
              onCancel={() => setExporting(false)}
            />
          )}
          {pendingMerge && current && (
            <MergeDialog
              ours={current}
              copy={pendingMerge.copy}
              fileName={pendingMerge.fileName}
              questionnaire={questionnaire}
              onApply={(merged) => applyMerge(merged, countChangedAnswers(current, merged))}
              onCancel={onMergeHandled}
            />
          )}
          <Tabs
            label={t('assessment.details')}
            idPrefix="assessment"
            tabs={[
              { id: 'overview', label: t('assessment.tabs.overview') },
              { id: 'questionnaire', label: t('assessment.tabs.questionnaire') },
              { id: 'results', label: t('assessment.tabs.results') },
              ...(derivedFrom
                ? [{ id: 'follow-up' as const, label: t('assessment.tabs.followUp') }]
                : []),
            ]}
            selected={tab}
            onSelect={setTab}
          >
            {tab === 'overview' && (
              <div className="assessment-layout">
                <AssessmentDetails session={session} />
                <SectionOverview
                  session={session}
                  onOpenSection={(itemId) => {
                    walkthrough.getState().showItem(itemId)
                    setTab('questionnaire')
                  }}
                />
              </div>
            )}
            {tab === 'results' && <ResultsView questionnaire={questionnaire} session={session} />}
            {tab === 'follow-up' && derivedFrom && (
              <FollowUpView
                api={api}
                session={session}
                questionnaire={questionnaire}
                earlierId={derivedFrom}
              />
            )}
            {tab === 'questionnaire' && (
              <WalkthroughView
                questionnaire={questionnaire}
                session={session}
                walkthrough={walkthrough}
              />
            )}
          </Tabs>
        </>
      )}
    </main>
  )
}

function countChangedAnswers(before: Assessment, after: Assessment): number {
  const ids = new Set([...Object.keys(before.answers), ...Object.keys(after.answers)])
  return [...ids].filter((id) => !isSameValue(before.answers[id], after.answers[id])).length
}
