import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import { ITEM_FILTERS, type ItemFilter } from '../../../../shared/assessment/item-filter'
import type { Questionnaire } from '../../../../shared/questionnaire/schema'
import type { AssessmentSession } from '../assessment/assessment-session'
import { ItemCard } from './ItemCard'
import { SectionNavigator } from './SectionNavigator'
import { itemIndex, splitItemKey, visibleItemKey } from './visible-items'
import type { WalkthroughStore } from './walkthrough-store'

interface Props {
  questionnaire: Questionnaire
  session: AssessmentSession
  walkthrough: WalkthroughStore
}

/**
 * The questionnaire, one item at a time or a whole section, with the section navigator and the
 * filters. PageDown / PageUp move between items from anywhere in the view.
 */
export function WalkthroughView({ questionnaire, session, walkthrough }: Props) {
  const { t, i18n } = useTranslation()
  const mode = useStore(walkthrough, (s) => s.mode)
  const itemId = useStore(walkthrough, (s) => s.itemId)
  const query = useStore(walkthrough, (s) => s.query)
  const visibleKey = useStore(session.store, (s) =>
    visibleItemKey(questionnaire, s.assessment, query, i18n.language),
  )
  const visible = useMemo(() => splitItemKey(visibleKey), [visibleKey])
  const index = useMemo(() => itemIndex(questionnaire), [questionnaire])
  const mainRef = useRef<HTMLDivElement>(null)
  const shouldFocusItem = useRef(false)

  const activeSectionId = index.get(itemId)?.sectionId ?? questionnaire.sections[0]?.id ?? ''
  const position = visible.indexOf(itemId)
  const { showItem, setMode, setQuery } = walkthrough.getState()

  function go(step: -1 | 1) {
    const from = position === -1 ? (step === 1 ? -1 : visible.length) : position
    const next = visible[from + step]
    if (next === undefined) return
    shouldFocusItem.current = true
    showItem(next)
  }

  function selectSection(sectionId: string) {
    const section = questionnaire.sections.find((s) => s.id === sectionId)
    const first = section?.items.find((item) => visible.includes(item.id)) ?? section?.items[0]
    if (!first) return
    shouldFocusItem.current = true
    showItem(first.id)
  }

  useEffect(() => {
    if (!shouldFocusItem.current) return
    shouldFocusItem.current = false
    const card = mainRef.current?.querySelector<HTMLElement>(
      `[data-item-id="${CSS.escape(itemId)}"]`,
    )
    card?.focus()
    if (mode === 'list') card?.scrollIntoView({ block: 'start' })
  }, [itemId, mode])

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault()
      go(event.key === 'PageDown' ? 1 : -1)
    }
  }

  const shownIds =
    mode === 'single'
      ? position === -1
        ? visible.slice(0, 1)
        : [itemId]
      : visible.filter((id) => index.get(id)?.sectionId === activeSectionId)

  return (
    <div className="walkthrough" onKeyDown={onKeyDown}>
      <SectionNavigator
        questionnaire={questionnaire}
        session={session}
        activeSectionId={activeSectionId}
        onSelect={selectSection}
      />
      <div className="walkthrough__main" ref={mainRef}>
        <div className="walkthrough__toolbar" role="search">
          <div className="field field--inline">
            <label htmlFor="walkthrough-mode">{t('walkthrough.mode')}</label>
            <select
              id="walkthrough-mode"
              value={mode}
              onChange={(event) => setMode(event.target.value === 'list' ? 'list' : 'single')}
            >
              <option value="single">{t('walkthrough.modeSingle')}</option>
              <option value="list">{t('walkthrough.modeList')}</option>
            </select>
          </div>
          <div className="field field--inline">
            <label htmlFor="walkthrough-filter">{t('walkthrough.filter')}</label>
            <select
              id="walkthrough-filter"
              value={query.filter}
              onChange={(event) => setQuery({ filter: event.target.value as ItemFilter })}
            >
              {ITEM_FILTERS.map((filter) => (
                <option key={filter} value={filter}>
                  {t(`walkthrough.filters.${filter}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--inline field--grow">
            <label htmlFor="walkthrough-search">{t('walkthrough.search')}</label>
            <input
              id="walkthrough-search"
              type="search"
              value={query.text}
              placeholder={t('walkthrough.searchPlaceholder')}
              onChange={(event) => setQuery({ text: event.target.value })}
            />
          </div>
          <p className="walkthrough__count" role="status">
            {t('walkthrough.matches', { count: visible.length })}
          </p>
        </div>

        {visible.length === 0 ? (
          <p className="empty-state">{t('walkthrough.noMatches')}</p>
        ) : (
          <>
            {mode === 'single' && (
              <div className="walkthrough__pager">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => go(-1)}
                  disabled={position <= 0}
                >
                  {t('walkthrough.previous')}
                </button>
                <span className="muted">
                  {t('walkthrough.itemPosition', {
                    index: Math.max(position, 0) + 1,
                    total: visible.length,
                  })}
                </span>
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => go(1)}
                  disabled={position >= visible.length - 1}
                >
                  {t('walkthrough.next')}
                </button>
              </div>
            )}
            <div className="walkthrough__items">
              {shownIds.map((id) => {
                const entry = index.get(id)
                return entry ? (
                  <ItemCard
                    key={id}
                    item={entry.item}
                    questionnaire={questionnaire}
                    session={session}
                  />
                ) : null
              })}
            </div>
            <p className="walkthrough__shortcuts muted">{t('walkthrough.shortcuts')}</p>
          </>
        )}
      </div>
    </div>
  )
}
