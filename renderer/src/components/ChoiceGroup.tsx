interface Option<T extends string | number> {
  value: T
  label: string
  hint?: string
}

interface Props<T extends string | number> {
  legend: string
  name: string
  options: Option<T>[]
  value: T | undefined
  onChange: (value: T) => void
  description?: string
}

/**
 * A labelled group of radio buttons drawn as a segmented control. Native radios keep arrow-key
 * movement and screen-reader semantics for free.
 */
export function ChoiceGroup<T extends string | number>({
  legend,
  name,
  options,
  value,
  onChange,
  description,
}: Props<T>) {
  const descriptionId = description ? `${name}-description` : undefined
  return (
    <fieldset className="choice-group" aria-describedby={descriptionId}>
      <legend>{legend}</legend>
      <div className="choice-group__options">
        {options.map((option) => {
          const id = `${name}-${option.value}`
          return (
            <label key={option.value} htmlFor={id} className="choice" title={option.hint}>
              <input
                id={id}
                type="radio"
                name={name}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <span>{option.label}</span>
            </label>
          )
        })}
      </div>
      {description && (
        <p id={descriptionId} className="field__hint">
          {description}
        </p>
      )}
    </fieldset>
  )
}
