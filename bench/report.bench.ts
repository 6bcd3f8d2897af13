import { buildReportModel } from '../shared/report/build-report'
import { renderReportHtml } from '../shared/report/render-html'
import { assessmentFixture } from '../test/support/assessment-fixtures'
import { fullAnswers, questionnaire } from '../test/support/full-assessment'
import { summarize, type BenchResult } from './support/statistics'

/** From a complete assessment to the HTML report: sharing, scoring, model and rendering. */
export function benchReportHtml(runs = 200): BenchResult {
  const assessment = assessmentFixture({ answers: fullAnswers() })
  const once = () =>
    renderReportHtml(
      buildReportModel({
        questionnaire,
        assessment,
        choices: { includeEvidence: true, includeTeam: true },
        createdAt: new Date(),
        appVersion: '0.1.0',
      }),
    )
  for (let warm = 0; warm < 20; warm++) once()
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    once()
    samples.push(performance.now() - start)
  }
  return summarize('report: full default questionnaire → HTML', samples, 'ms')
}
