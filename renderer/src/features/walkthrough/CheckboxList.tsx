import { useTranslation } from 'react-i18next'
import type { Choice } from '../../../../shared/questionnaire/schema'
import { localize } from '../../../../shared/questionnaire/localized-text'

interface Props {
  legend: string
  idPrefix: string
  choices: Choice[]
  selected: string[]
  onChange: (selected: string[]) => void
}

/** A labelled set of checkboxes over a taxonomy (kinds of support, offers). */
export function CheckboxList({ legend, idPrefix, choices, selected, onChange }: Props) {
  const { i18n } = useTranslation()
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      <div className="checkbox-grid">
        {choices.map((choice) => (
          <label key={choice.id} className="checkbox" htmlFor={`${idPrefix}-${choice.id}`}>
            <input
              id={`${idPrefix}-${choice.id}`}
              type="checkbox"
              checked={selected.includes(choice.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selected, choice.id]
                    : selected.filter((id) => id !== choice.id),
                )
              }
            />
            {localize(choice.label, i18n.language)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
