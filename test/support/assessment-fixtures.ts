import {
  Assessment,
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
} from '../../shared/assessment/assessment'

/** The default questionnaire every test assessment refers to. */
export const CORE_QUESTIONNAIRE = { id: 'cyber-capacity-core', version: '1.0.0' } as const

/** A valid saved assessment, with `overrides` applied; ids are stable for readable failures. */
export function assessmentFixture(overrides: Partial<Assessment> = {}): Assessment {
  return Assessment.parse({
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id: '00000000-0000-4000-8000-000000000001',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    questionnaire: CORE_QUESTIONNAIRE,
    profile: { country: 'KEN', period: '2026', leadAgency: 'Ministry of ICT' },
    ...overrides,
  })
}
