const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Bidirectional control characters (U+202A–U+202E, U+2066–U+2069) can make text display in an
 * order that hides what it says ("Trojan Source"). In a report they are shown, not obeyed.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

/** Text made inert for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character)
    .replace(
      BIDI_CONTROLS,
      (character) => `[U+${character.codePointAt(0)?.toString(16).toUpperCase()}]`,
    )
}

/** Tagged template whose interpolations are escaped unless already marked safe with `raw`. */
export interface SafeHtml {
  readonly html: string
}

export function raw(html: string): SafeHtml {
  return { html }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? ''
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '')
  })
  return { html: out }
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return ''
  if (Array.isArray(value)) return value.map(render).join('')
  if (typeof value === 'object' && 'html' in value) return String((value as SafeHtml).html)
  return escapeHtml(String(value))
}
