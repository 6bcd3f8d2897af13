// `npm run schemas`: writes the JSON Schemas generated from the zod schemas into schemas/.
import { mkdir, writeFile } from 'node:fs/promises'
import { QUESTIONNAIRE_SCHEMA_PATH, questionnaireJsonSchema } from './questionnaire-json-schema'

await mkdir('schemas', { recursive: true })
await writeFile(QUESTIONNAIRE_SCHEMA_PATH, questionnaireJsonSchema())
console.log(`Wrote ${QUESTIONNAIRE_SCHEMA_PATH}`)
