import { z } from 'zod'
import { Questionnaire } from '../shared/questionnaire/schema'
import { Submission } from '../shared/submission/submission'

/** The published JSON Schemas, each generated from the zod schema the app validates with. */
export const JSON_SCHEMAS = [
  {
    path: 'schemas/questionnaire.schema.json',
    title: 'Cyber Capacity Needs Assessment questionnaire',
    // Authors write the input form: fields with defaults are optional.
    schema: () => z.toJSONSchema(Questionnaire, { io: 'input', target: 'draft-2020-12' }),
  },
  {
    path: 'schemas/submission.schema.json',
    title: 'Cyber Capacity Needs Assessment needs submission',
    schema: () => z.toJSONSchema(Submission, { io: 'output', target: 'draft-2020-12' }),
  },
] as const

export function jsonSchemaText(entry: (typeof JSON_SCHEMAS)[number]): string {
  const name = entry.path.split('/').at(-1)
  const titled = {
    $id: `https://cyber-capacity-needs.example/schemas/${name}`,
    title: entry.title,
    ...entry.schema(),
  }
  return `${JSON.stringify(titled, null, 2)}\n`
}
