import { Answer, type AnswerInput } from '../../../../shared/assessment/answer'
import { Questionnaire } from '../../../../shared/questionnaire/schema'

const text = (en: string) => ({ en })
const item = (id: string, code: string, extra: Record<string, unknown> = {}) => ({
  id,
  code,
  statement: text(`Statement ${code}`),
  guidance: text(`Guidance ${code}`),
  references: { themes: ['T1'] },
  ...extra,
})

/**
 * Two sections: an enabler (the point of contact, G1) that another item depends on (G2), and
 * ordinary items — enough to exercise every scoring rule with numbers one can check by hand.
 */
export const scoringQuestionnaire = Questionnaire.parse({
  format: 'cyber-capacity-needs/questionnaire',
  formatVersion: 1,
  id: 'scoring-fixture',
  version: '1.0.0',
  title: text('Scoring fixture'),
  themes: [{ id: 'T1', label: text('Theme'), source: 'S1' }],
  scale: {
    levels: ['Absent', 'Initial', 'Formalised', 'Operational', 'Sustained and shared'].map(
      (label, level) => ({
        level,
        label: text(label),
        descriptor: text(label),
      }),
    ),
    priorities: [
      { id: 'low', label: text('Low'), weight: 1 },
      { id: 'medium', label: text('Medium'), weight: 2 },
      { id: 'high', label: text('High'), weight: 3 },
      { id: 'critical', label: text('Critical'), weight: 4 },
    ],
    defaultTarget: 3,
    enablerMultiplier: 1.5,
  },
  supportKinds: [
    'policy-legal-advice',
    'technical-assistance',
    'training',
    'knowledge-resources',
    'peer-exchange',
  ].map((id) => ({ id, label: text(id) })),
  modalities: [{ id: 'regional-organization', label: text('Regional') }],
  timeframes: ['within-6-months', '6-18-months', 'over-18-months'].map((id) => ({
    id,
    label: text(id),
  })),
  sections: [
    {
      id: 'cbm',
      code: 'G',
      title: text('Confidence-building measures'),
      items: [
        item('cbm.poc', 'G1', { isEnabler: true }),
        item('cbm.poc-exercised', 'G2', { prerequisites: ['cbm.poc'] }),
        item('cbm.regional', 'G3'),
      ],
    },
    {
      id: 'supply-chain',
      code: 'F',
      title: text('Supply chain and vulnerabilities'),
      items: [item('supply.vep', 'F6'), item('supply.disclosure', 'F2'), item('supply.iot', 'F3')],
    },
  ],
})

export function answer(input: AnswerInput): Answer {
  return Answer.parse(input)
}

export const rated = (level: 0 | 1 | 2 | 3 | 4, extra: AnswerInput = {}) =>
  answer({ current: { kind: 'level', level }, ...extra })
