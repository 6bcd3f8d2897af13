// `npm run schemas`: writes the JSON Schemas generated from the zod schemas into schemas/.
import { mkdir, writeFile } from 'node:fs/promises'
import { JSON_SCHEMAS, jsonSchemaText } from './json-schemas'

await mkdir('schemas', { recursive: true })
for (const entry of JSON_SCHEMAS) {
  await writeFile(entry.path, jsonSchemaText(entry))
  console.log(`Wrote ${entry.path}`)
}
