import type { UnAnchor } from './schema'

/** "A/70/174, para. 13(f), norm (f)" — a paragraph number gets "para.", a named part does not. */
export function formatAnchor(anchor: UnAnchor): string {
  const paragraph =
    anchor.paragraph &&
    (/^\d/.test(anchor.paragraph) ? `para. ${anchor.paragraph}` : anchor.paragraph)
  return [anchor.document, paragraph, anchor.norm && `norm (${anchor.norm})`]
    .filter(Boolean)
    .join(', ')
}
