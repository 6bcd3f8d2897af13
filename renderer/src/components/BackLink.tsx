/** The "← All assessments" link above a screen: a labelled navigation landmark with one button. */
export function BackLink({ label, onBack }: { label: string; onBack: () => void }) {
  return (
    <nav className="breadcrumbs" aria-label={label}>
      <button type="button" className="link-button" onClick={onBack}>
        <span aria-hidden="true" className="flip-rtl">
          ←
        </span>{' '}
        {label}
      </button>
    </nav>
  )
}
