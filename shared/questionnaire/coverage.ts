import {
  COVERAGE_TOPICS,
  NORM_LETTERS,
  type CoverageTopic,
  type NormLetter,
  type Questionnaire,
} from './schema'

/** Which items serve each norm, each framework topic and each seed theme, derived from the data. */
export interface Coverage {
  norms: Record<NormLetter, string[]>
  topics: Record<CoverageTopic, string[]>
  themes: Record<string, string[]>
}

export function coverageOf(q: Questionnaire): Coverage {
  const norms = Object.fromEntries(
    NORM_LETTERS.map((n) => [n, [] as string[]]),
  ) as Coverage['norms']
  const topics = Object.fromEntries(
    COVERAGE_TOPICS.map((t) => [t, [] as string[]]),
  ) as Coverage['topics']
  const themes: Coverage['themes'] = Object.fromEntries(
    q.themes.map((theme) => [theme.id, [] as string[]]),
  )
  for (const item of q.sections.flatMap((section) => section.items)) {
    for (const norm of new Set(
      item.references.un.flatMap((anchor) => (anchor.norm ? [anchor.norm] : [])),
    )) {
      norms[norm].push(item.id)
    }
    for (const topic of item.references.topics) topics[topic].push(item.id)
    for (const theme of item.references.themes) themes[theme]?.push(item.id)
  }
  return { norms, topics, themes }
}

/** The norms, topics and themes no item serves. */
export function uncovered(coverage: Coverage): string[] {
  return [
    ...Object.entries(coverage.norms).flatMap(([norm, ids]) =>
      ids.length ? [] : [`norm (${norm})`],
    ),
    ...Object.entries(coverage.topics).flatMap(([topic, ids]) =>
      ids.length ? [] : [`topic ${topic}`],
    ),
    ...Object.entries(coverage.themes).flatMap(([theme, ids]) =>
      ids.length ? [] : [`theme ${theme}`],
    ),
  ]
}
