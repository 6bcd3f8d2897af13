import type { Answer } from '../../shared/assessment/answer'
import { Questionnaire } from '../../shared/questionnaire/schema'
import coreQuestionnaire from '../../questionnaires/cyber-capacity-core.json'

export const questionnaire = Questionnaire.parse(coreQuestionnaire)

/** Every item answered, with varied levels, priorities, support and offers: a realistic worst case. */
export function fullAnswers(seed = 0): Record<string, Answer> {
  const answers: Record<string, Answer> = {}
  const items = questionnaire.sections.flatMap((section) => section.items)
  items.forEach((item, index) => {
    const n = index + seed
    const current: Answer['current'] =
      n % 17 === 0
        ? { kind: 'dont-know' }
        : n % 19 === 0
          ? { kind: 'not-applicable', reason: 'Not relevant' }
          : { kind: 'level', level: (n % 4) as 0 | 1 | 2 | 3 }
    answers[item.id] = {
      current,
      target: n % 5 === 0 ? undefined : ((2 + (n % 3)) as 2 | 3 | 4),
      priority: (['low', 'medium', 'high', 'critical'] as const)[n % 4],
      evidence: { notes: `Evidence for ${item.code}`, references: [] },
      supportNeed: n % 3 === 0 ? 'no' : 'yes',
      supportKinds: n % 2 === 0 ? ['training', 'technical-assistance'] : ['policy-legal-advice'],
      modalities: ['regional-organization', 'south-south'],
      timeframe: questionnaire.timeframes[n % questionnaire.timeframes.length]!.id,
      readiness: { hasCounterpart: n % 2 === 0, hasStaff: true, hasCoFunding: n % 3 === 0 },
      canOffer: n % 7 === 0,
      offerKinds: n % 7 === 0 ? ['training'] : [],
      context: '',
    }
  })
  return answers
}
