import { Questionnaire } from '../../shared/questionnaire/schema'

const text = (en: string) => ({ en })

/** A two-section questionnaire: enough for screens, small enough to read in a failure. */
export const tinyQuestionnaire = Questionnaire.parse({
  format: 'cyber-capacity-needs/questionnaire',
  formatVersion: 1,
  id: 'tiny',
  version: '1.0.0',
  title: text('Tiny questionnaire'),
  themes: [{ id: 'T1', label: text('Capacity-building'), source: 'S2' }],
  scale: {
    levels: ['Absent', 'Initial', 'Formalised', 'Operational', 'Sustained and shared'].map(
      (label, level) => ({ level, label: text(label), descriptor: text(`${label} descriptor`) }),
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
  supportKinds: [{ id: 'training', label: text('Training') }],
  modalities: [{ id: 'bilateral', label: text('Bilateral') }],
  timeframes: [{ id: 'urgent', label: text('Urgent') }],
  sections: [
    {
      id: 'strategy',
      code: 'A',
      title: text('Strategy and governance'),
      items: [
        {
          id: 'strategy.national-strategy',
          code: 'A1',
          statement: text('A national strategy is adopted.'),
          guidance: text('The published strategy.'),
          references: { themes: ['T1'] },
        },
      ],
    },
    {
      id: 'cbm',
      code: 'G',
      title: text('Confidence-building measures'),
      items: [
        {
          id: 'cbm.poc-designated',
          code: 'G1',
          statement: text('A point of contact is designated.'),
          guidance: text('The notification to the directory.'),
          references: { themes: ['T1'] },
        },
      ],
    },
  ],
})
