// `npm run examples`: regenerates the example submissions in examples/ with the app's own export.
// The countries are fictional, with ISO 3166 user-assigned codes (XAA…), so no example can be
// mistaken for a real State's needs. Answers are varied and deterministic, and some members offer
// support on items where others need it, so regional matchmaking has pairs to find.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createSubmission } from '../electron/main/services/submission-files'
import type { Answer } from '../shared/assessment/answer'
import {
  Assessment,
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
} from '../shared/assessment/assessment'
import { Questionnaire } from '../shared/questionnaire/schema'
import { buildReportModel } from '../shared/report/build-report'
import { SUBMISSION_EXTENSION } from '../shared/submission/submission'
import coreQuestionnaire from '../questionnaires/cyber-capacity-core.json'

const questionnaire = Questionnaire.parse(coreQuestionnaire)
const OUT = 'examples'

interface ExampleCountry {
  code: string
  period: string
  leadAgency: string
  /** Rough maturity: the mean current level the answers centre on. */
  maturity: number
  /** Sections where this country is stronger and offers help. */
  strengths: string[]
  modalities: string[]
  seed: number
}

const COUNTRIES: ExampleCountry[] = [
  {
    code: 'XAA',
    period: '2026',
    leadAgency: 'National Cyber Security Agency',
    maturity: 2.6,
    strengths: ['incident-response', 'confidence-building'],
    modalities: ['south-south', 'regional-organization'],
    seed: 11,
  },
  {
    code: 'XAB',
    period: '2026',
    leadAgency: 'Ministry of Foreign Affairs',
    maturity: 1.2,
    strengths: [],
    modalities: ['regional-organization', 'un-multilateral', 'bilateral'],
    seed: 23,
  },
  {
    code: 'XAC',
    period: '2025–2026',
    leadAgency: 'Ministry of Digital Economy',
    maturity: 1.8,
    strengths: ['international-law'],
    modalities: ['triangular', 'south-south'],
    seed: 37,
  },
  {
    code: 'XAD',
    period: '2026',
    leadAgency: 'National CERT',
    maturity: 0.9,
    strengths: [],
    modalities: ['bilateral', 'multistakeholder'],
    seed: 41,
  },
  {
    code: 'XAE',
    period: '2026',
    leadAgency: 'Office of the National Security Adviser',
    maturity: 2.2,
    strengths: ['critical-infrastructure', 'capacity-building'],
    modalities: ['regional-organization', 'self-funded'],
    seed: 53,
  },
]

/** A small deterministic generator, so `npm run examples` always writes the same files. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

function answersFor(country: ExampleCountry): Record<string, Answer> {
  const next = random(country.seed)
  const answers: Record<string, Answer> = {}
  for (const section of questionnaire.sections) {
    const isStrength = country.strengths.includes(section.id)
    for (const item of section.items) {
      const roll = next()
      if (roll < 0.05) {
        answers[item.id] = answer({ current: { kind: 'dont-know' } })
        continue
      }
      const centre = country.maturity + (isStrength ? 1.3 : 0) + (next() - 0.5) * 2
      const level = Math.max(0, Math.min(4, Math.round(centre))) as 0 | 1 | 2 | 3 | 4
      const target = Math.min(4, Math.max(level, 3 + (next() < 0.3 ? 1 : 0))) as 0 | 1 | 2 | 3 | 4
      const kinds = questionnaire.supportKinds.map((kind) => kind.id)
      const support = [
        kinds[Math.floor(next() * kinds.length)]!,
        kinds[Math.floor(next() * kinds.length)]!,
      ]
      answers[item.id] = answer({
        current: { kind: 'level', level },
        target,
        priority: (['low', 'medium', 'high', 'critical'] as const)[Math.floor(next() * 4)],
        supportNeed: target > level ? (next() < 0.8 ? 'yes' : 'no') : undefined,
        supportKinds: target > level ? [...new Set(support)] : [],
        modalities: target > level ? country.modalities : [],
        timeframe:
          questionnaire.timeframes[Math.floor(next() * questionnaire.timeframes.length)]!.id,
        readiness: {
          hasCounterpart: next() < 0.7,
          hasStaff: next() < 0.5,
          hasCoFunding: next() < 0.3,
        },
        canOffer: isStrength && level >= 3,
        offerKinds: isStrength && level >= 3 ? ['training', 'peer-exchange'] : [],
        isShared: item.isSensitive ? next() < 0.3 : undefined,
        context: '',
      })
    }
  }
  return answers
}

function answer(input: Partial<Answer>): Answer {
  return {
    evidence: { notes: '', references: [] },
    supportKinds: [],
    modalities: [],
    readiness: { hasCounterpart: false, hasStaff: false, hasCoFunding: false },
    canOffer: false,
    offerKinds: [],
    context: '',
    ...input,
  }
}

await rm(OUT, { recursive: true, force: true })
await mkdir(OUT, { recursive: true })
for (const country of COUNTRIES) {
  const assessment = Assessment.parse({
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id: `00000000-0000-4000-8000-0000000${country.seed.toString().padStart(5, '0')}`,
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-11-15T16:00:00.000Z',
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    profile: { country: country.code, period: country.period, leadAgency: country.leadAgency },
    answers: answersFor(country),
  })
  const model = buildReportModel({
    questionnaire,
    assessment,
    choices: { includeEvidence: false, includeTeam: false },
    createdAt: new Date('2026-11-20T12:00:00.000Z'),
    appVersion: '0.1.0',
  })
  const file = join(
    OUT,
    `${country.code}-${country.period.replace(/[^\p{L}\p{N}-]+/gu, '-')}.${SUBMISSION_EXTENSION}`,
  )
  await writeFile(file, `${JSON.stringify(createSubmission(model), null, 2)}\n`)
  console.log(`${file}: ${model.needs.length} needs, ${model.offers.length} offers`)
}
