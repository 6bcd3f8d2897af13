import type { z } from 'zod'
import { PRIORITIES, Questionnaire } from './schema'

/** One problem in a questionnaire file, located by its JSON path (`$.sections[2].items[0].id`). */
export interface QuestionnaireProblem {
  path: string
  message: string
}

export type QuestionnaireValidation =
  { ok: true; questionnaire: Questionnaire } | { ok: false; problems: QuestionnaireProblem[] }

export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (path, segment) =>
      typeof segment === 'number'
        ? `${path}[${segment}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(segment))
          ? `${path}.${String(segment)}`
          : `${path}[${JSON.stringify(String(segment))}]`,
    '$',
  )
}

function fromZod(error: z.ZodError): QuestionnaireProblem[] {
  return error.issues.map((issue) => {
    const isMissingEnglish = issue.path.at(-1) === 'en' && issue.code === 'invalid_type'
    return {
      path: jsonPath(issue.path),
      message: isMissingEnglish ? 'English text is required' : issue.message,
    }
  })
}

/**
 * Validates a questionnaire: first its shape (the zod schema), then what a schema cannot say —
 * unique ids, prerequisites that exist and form no cycle, no empty section, declared themes.
 * Every problem is reported, not just the first, each with the path to fix.
 */
export function validateQuestionnaire(input: unknown): QuestionnaireValidation {
  const parsed = Questionnaire.safeParse(input)
  if (!parsed.success) return { ok: false, problems: fromZod(parsed.error) }
  const problems = semanticProblems(parsed.data)
  return problems.length === 0 ? { ok: true, questionnaire: parsed.data } : { ok: false, problems }
}

function semanticProblems(q: Questionnaire): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = []
  const report = (segments: PropertyKey[], message: string) =>
    problems.push({ path: jsonPath(segments), message })

  const firstAt = new Map<string, string>()
  const unique = (kind: string, value: string, segments: PropertyKey[]) => {
    const key = `${kind}:${value}`
    const earlier = firstAt.get(key)
    if (earlier) report(segments, `duplicate ${kind} "${value}" (first used at ${earlier})`)
    else firstAt.set(key, jsonPath(segments))
  }

  const levels = q.scale.levels.map((level) => level.level).sort()
  if (levels.join() !== '0,1,2,3,4')
    report(['scale', 'levels'], 'the scale needs each level 0 to 4 exactly once')
  const priorities = q.scale.priorities.map((priority) => priority.id)
  if ([...priorities].sort().join() !== [...PRIORITIES].sort().join()) {
    report(
      ['scale', 'priorities'],
      'the priorities must be low, medium, high and critical, once each',
    )
  }
  for (const list of ['supportKinds', 'modalities', 'timeframes'] as const) {
    q[list].forEach((choice, index) => unique(`${list} id`, choice.id, [list, index, 'id']))
  }
  q.themes.forEach((theme, index) => unique('theme id', theme.id, ['themes', index, 'id']))
  const themes = new Set(q.themes.map((theme) => theme.id))

  const allIds = new Set(q.sections.flatMap((section) => section.items.map((item) => item.id)))
  q.sections.forEach((section, s) => {
    unique('section id', section.id, ['sections', s, 'id'])
    if (section.items.length === 0)
      report(['sections', s, 'items'], `section "${section.id}" has no items`)
    section.items.forEach((item, i) => {
      const at = ['sections', s, 'items', i]
      unique('item id', item.id, [...at, 'id'])
      unique('item code', item.code, [...at, 'code'])
      item.references.themes.forEach((theme, t) => {
        if (!themes.has(theme))
          report([...at, 'references', 'themes', t], `theme "${theme}" is not declared in $.themes`)
      })
      item.prerequisites.forEach((prerequisite, p) => {
        if (prerequisite === item.id)
          report([...at, 'prerequisites', p], `item "${item.id}" cannot be its own prerequisite`)
        else if (!allIds.has(prerequisite))
          report([...at, 'prerequisites', p], `unknown prerequisite item id "${prerequisite}"`)
      })
    })
  })

  for (const cycle of prerequisiteCycles(q)) {
    report(cycle.at, `prerequisites form a cycle: ${cycle.ids.join(' → ')}`)
  }
  return problems
}

/** Cycles in the prerequisite graph, each reported once at the item where it was found. */
function prerequisiteCycles(q: Questionnaire): { ids: string[]; at: PropertyKey[] }[] {
  const edges = new Map<string, string[]>()
  const location = new Map<string, PropertyKey[]>()
  q.sections.forEach((section, s) =>
    section.items.forEach((item, i) => {
      edges.set(
        item.id,
        item.prerequisites.filter((p) => p !== item.id),
      )
      location.set(item.id, ['sections', s, 'items', i, 'prerequisites'])
    }),
  )
  const state = new Map<string, 'visiting' | 'done'>()
  const cycles: { ids: string[]; at: PropertyKey[] }[] = []
  const visit = (id: string, trail: string[]) => {
    state.set(id, 'visiting')
    for (const next of edges.get(id) ?? []) {
      if (state.get(next) === 'visiting') {
        const ids = [...trail.slice(trail.indexOf(next)), id, next]
        cycles.push({ ids, at: location.get(id) ?? [] })
      } else if (!state.has(next) && edges.has(next)) visit(next, [...trail, id])
    }
    state.set(id, 'done')
  }
  for (const id of edges.keys()) if (!state.has(id)) visit(id, [])
  return cycles
}
