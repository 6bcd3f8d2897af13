import { z } from 'zod'
import { Questionnaire } from '../shared/questionnaire/schema'

export const QUESTIONNAIRE_SCHEMA_PATH = 'schemas/questionnaire.schema.json'

/** The JSON Schema of a questionnaire file as authors write it (defaults optional). */
export function questionnaireJsonSchema(): string {
  const schema = z.toJSONSchema(Questionnaire, { io: 'input', target: 'draft-2020-12' })
  const titled = {
    $id: 'https://cyber-capacity-needs.example/schemas/questionnaire.schema.json',
    title: 'Cyber Capacity Needs Assessment questionnaire',
    ...schema,
  }
  return `${JSON.stringify(titled, null, 2)}\n`
}
