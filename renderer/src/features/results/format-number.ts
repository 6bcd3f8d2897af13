/** Numbers as the results and the report show them: at most one decimal, in the UI language. */
export function formatNumber(
  value: number | null | undefined,
  language: string,
  digits = 1,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)
}

export function formatPercent(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—'
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    value / 100,
  )
}
