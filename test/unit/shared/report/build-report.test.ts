import { describe, expect, it } from 'vitest'
import type { Assessment } from '../../../../shared/assessment/assessment'
import { buildReportModel } from '../../../../shared/report/build-report'
import { renderReportHtml } from '../../../../shared/report/render-html'
import { ReportModel } from '../../../../shared/report/report-model'
import { shareableAssessment, DEFAULT_SHARING } from '../../../../shared/report/sharing'
import { scoreAssessment } from '../../../../shared/scoring'
import { assessmentFixture } from '../../../support/assessment-fixtures'
import { fullAnswers, questionnaire } from '../../../support/full-assessment'

const HOSTILE = {
  notes:
    '<script>alert(1)</script><img src=x onerror=alert(2)> =HYPERLINK("http://evil") javascript:alert(3)',
  context: 'Needed\u202Efdp.exe <b>now</b>',
  name: '<iframe src="https://evil.example">',
}
const sensitiveItem = questionnaire.sections
  .flatMap((s) => s.items)
  .find((item) => item.isSensitive)!
const SECRET_NOTE = 'SECRET-NOTE-7f3a'
const TEAM_NAME = 'Amina Wanjiru'

function fixture(): Assessment {
  const answers = fullAnswers()
  for (const [id, answer] of Object.entries(answers)) {
    answers[id] = {
      ...answer,
      evidence: { notes: `${SECRET_NOTE} ${HOSTILE.notes}`, references: ['internal-memo-12'] },
      context: HOSTILE.context,
    }
  }
  answers[sensitiveItem.id] = {
    ...answers[sensitiveItem.id]!,
    current: { kind: 'level', level: 0 },
    target: 4,
    priority: 'critical',
  }
  return assessmentFixture({
    answers,
    profile: {
      country: 'KEN',
      period: '2026',
      leadAgency: 'Ministry of ICT',
      title: '',
      team: [{ name: TEAM_NAME, agency: HOSTILE.name, role: '' }],
    },
  })
}

const build = (choices = DEFAULT_SHARING, assessment = fixture()) =>
  buildReportModel({
    questionnaire,
    assessment,
    choices,
    createdAt: new Date('2026-11-20T10:00:00Z'),
    appVersion: '0.1.0',
  })

describe('the report model', () => {
  it('lists the needs in the order and with the scores shared/scoring gives for the shared answers', () => {
    const assessment = fixture()
    const model = build(DEFAULT_SHARING, assessment)
    const expected = scoreAssessment(
      questionnaire,
      shareableAssessment(questionnaire, assessment, DEFAULT_SHARING).answers,
    )
    expect(model.needs.map((need) => [need.itemId, need.needScore, need.tier])).toEqual(
      expected.needs.map((need) => [need.itemId, need.needScore, need.tier]),
    )
    expect(model.tierCounts).toEqual(expected.tierCounts)
    expect(ReportModel.parse(JSON.parse(JSON.stringify(model)))).toEqual(model)
  })

  it('by default leaves out sensitive items, evidence notes and team names — everywhere', () => {
    const model = build()
    const json = JSON.stringify(model)
    const html = renderReportHtml(model)
    for (const output of [json, html]) {
      expect(output).not.toContain(sensitiveItem.id)
      expect(output).not.toContain(sensitiveItem.statement.en.slice(0, 60))
      expect(output).not.toContain(SECRET_NOTE)
      expect(output).not.toContain('internal-memo-12')
      expect(output).not.toContain(TEAM_NAME)
    }
    expect(model.meta.completion.withheld).toBeGreaterThan(0)
    expect(model.meta.completion.answered).toBe(model.answers.length)
  })

  it('includes a sensitive item the team ticked to share, and evidence and team when chosen', () => {
    const assessment = fixture()
    assessment.answers[sensitiveItem.id] = {
      ...assessment.answers[sensitiveItem.id]!,
      isShared: true,
    }
    const model = build({ includeEvidence: true, includeTeam: true }, assessment)
    const html = renderReportHtml(model)
    expect(model.needs.some((need) => need.itemId === sensitiveItem.id)).toBe(true)
    expect(html).toContain(SECRET_NOTE)
    expect(html).toContain(TEAM_NAME)
  })
})

describe('the HTML report', () => {
  const html = renderReportHtml(build({ includeEvidence: true, includeTeam: true }))

  it('is self-contained: no script, no external resource, and a CSP that forbids both', () => {
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/\b(src|href)=["']?https?:/i)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`)
  })

  it('keeps hostile text inert', () => {
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<iframe')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('[U+202E]')
    expect(html).not.toContain('\u202E')
  })

  it('copes with the longest note the format allows', () => {
    const assessment = fixture()
    const first = Object.keys(assessment.answers)[0]!
    assessment.answers[first] = {
      ...assessment.answers[first]!,
      evidence: { notes: 'x'.repeat(20_000), references: [] },
    }
    expect(() =>
      renderReportHtml(build({ includeEvidence: true, includeTeam: false }, assessment)),
    ).not.toThrow()
  })

  it('marks a fictional example country as such', () => {
    const model = build(DEFAULT_SHARING, {
      ...fixture(),
      profile: { ...fixture().profile, country: 'XAA' },
    })
    expect(model.meta.isExample).toBe(true)
    expect(renderReportHtml(model)).toContain('Example: a fictional country')
  })
})
