import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ReportModel } from '../../shared/report/report-model'
import { Submission } from '../../shared/submission/submission'

export const EXAMPLES_DIR = 'examples'

/** The committed example submissions, parsed. */
export function exampleReports(): ReportModel[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.ccna-submission'))
    .sort()
    .map(
      (name) =>
        Submission.parse(JSON.parse(readFileSync(join(EXAMPLES_DIR, name), 'utf8'))).content,
    )
}
