import { useTranslation } from 'react-i18next'
import type { Choice } from '../../../../shared/questionnaire/schema'
import { localize } from '../../../../shared/questionnaire/localized-text'

interface Props {
  idPrefix: string
  modalities: Choice[]
  ranked: string[]
  onChange: (ranked: string[]) => void
}

/** Modalities the team prefers, ticked in order and re-orderable with buttons (no drag needed). */
export function RankedModalities({ idPrefix, modalities, ranked, onChange }: Props) {
  const { t, i18n } = useTranslation()
  const label = (id: string) => {
    const found = modalities.find((m) => m.id === id)
    return found ? localize(found.label, i18n.language) : id
  }
  const move = (index: number, by: -1 | 1) => {
    const next = [...ranked]
    const [moved] = next.splice(index, 1)
    if (moved === undefined) return
    next.splice(index + by, 0, moved)
    onChange(next)
  }
  const toggle = (id: string) =>
    onChange(ranked.includes(id) ? ranked.filter((r) => r !== id) : [...ranked, id])

  return (
    <fieldset className="checkbox-group">
      <legend>{t('walkthrough.modalities')}</legend>
      {ranked.length > 0 && (
        <ol className="ranked-list">
          {ranked.map((id, index) => (
            <li key={id}>
              <span className="ranked-list__rank">
                {t('walkthrough.rank', { rank: index + 1 })}
              </span>
              <span className="ranked-list__name">{label(id)}</span>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={t('walkthrough.moveUp', { name: label(id) })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={t('walkthrough.moveDown', { name: label(id) })}
                disabled={index === ranked.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="checkbox-grid">
        {modalities.map((modality) => (
          <label key={modality.id} className="checkbox" htmlFor={`${idPrefix}-${modality.id}`}>
            <input
              id={`${idPrefix}-${modality.id}`}
              type="checkbox"
              checked={ranked.includes(modality.id)}
              onChange={() => toggle(modality.id)}
            />
            {localize(modality.label, i18n.language)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
