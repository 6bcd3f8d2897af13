import { scoreAssessment } from '../shared/scoring'
import { fullAnswers, questionnaire } from '../test/support/full-assessment'
import { summarize, type BenchResult } from './support/statistics'

const ITERATIONS = 2_000

/** Scoring one complete assessment of the default questionnaire, per assessment and per item. */
export function benchScoring(): { perAssessment: BenchResult; perItemMicroseconds: number } {
  const answers = fullAnswers()
  const itemCount = questionnaire.sections.reduce((n, section) => n + section.items.length, 0)
  for (let warm = 0; warm < 200; warm++) scoreAssessment(questionnaire, answers)
  const samples: number[] = []
  for (let run = 0; run < ITERATIONS; run++) {
    const start = performance.now()
    scoreAssessment(questionnaire, answers)
    samples.push(performance.now() - start)
  }
  const perAssessment = summarize(
    `scoring: one full assessment (${itemCount} items)`,
    samples,
    'ms',
  )
  return { perAssessment, perItemMicroseconds: (perAssessment.median * 1000) / itemCount }
}
