// `npm run questionnaire:check -- <file> [more files]`: validates questionnaire files and prints
// every problem with its JSON path. Exit 0 only when all are valid; 1 if any is not; 2 on misuse.
import { readFile } from 'node:fs/promises'
import { coverageOf, uncovered } from '../shared/questionnaire/coverage'
import { validateQuestionnaire } from '../shared/questionnaire/validate'

async function check(file: string): Promise<boolean> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    console.error(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    )
    return false
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    console.error(`${file}: $: not valid JSON: ${(error as Error).message}`)
    return false
  }
  const result = validateQuestionnaire(json)
  if (!result.ok) {
    for (const problem of result.problems)
      console.error(`${file}: ${problem.path}: ${problem.message}`)
    console.error(`✗ ${file}: ${result.problems.length} problem(s)`)
    return false
  }
  const q = result.questionnaire
  const itemCount = q.sections.reduce((n, section) => n + section.items.length, 0)
  console.log(`✓ ${file}: ${q.id} ${q.version}, ${q.sections.length} sections, ${itemCount} items`)
  // Informational: a regional module need not cover every norm; the default questionnaire must (a test checks).
  const gaps = uncovered(coverageOf(q))
  if (gaps.length > 0) console.log(`  not covered by any item: ${gaps.join(', ')}`)
  return true
}

const files = process.argv.slice(2).filter((arg) => arg !== '--')
if (files.length === 0) {
  console.error('Usage: npm run questionnaire:check -- <questionnaire.json> [more files]')
  process.exit(2)
}
let allValid = true
for (const file of files) allValid = (await check(file)) && allValid
process.exit(allValid ? 0 : 1)
