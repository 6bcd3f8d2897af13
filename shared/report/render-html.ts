import type { CurrentRating } from '../assessment/answer'
import { escapeHtml, html, raw, type SafeHtml } from './escape-html'
import { levelLabel, REPORT_LABELS } from './report-labels'
import type { NeedEntry, ReportModel } from './report-model'
import { barChartSvg, radarChartSvg } from './svg-charts'

export interface HtmlReportOptions {
  /** Shown in the footer so a reader can check the file against the submission. */
  integrity?: { digest: string; keyFingerprint?: string }
  /** A subtitle when the report is a filtered shortlist rather than the whole report. */
  subtitle?: string
}

const TIER_COLORS = {
  'act-now': '#b42318',
  plan: '#9a5b00',
  monitor: '#5a6675',
  met: '#12715b',
} as const
const number = (value: number | null, digits = 1) =>
  value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(digits)
const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value)} %`)

function rating(current: CurrentRating | null): string {
  if (!current) return 'Not answered'
  if (current.kind === 'level') return levelLabel(current.level)
  if (current.kind === 'dont-know') return "Don't know"
  return current.reason ? `Not applicable (${current.reason})` : 'Not applicable'
}

const STYLE = `
:root { color: #1b2430; font-family: 'Noto Sans', 'Segoe UI', system-ui, sans-serif; font-size: 10.5pt; line-height: 1.45; }
body { margin: 0 auto; max-width: 190mm; padding: 12mm 10mm; }
h1 { font-size: 20pt; margin: 0 0 4pt; color: #163d70; }
h2 { font-size: 14pt; margin: 18pt 0 6pt; color: #163d70; border-bottom: 1.5pt solid #163d70; padding-bottom: 2pt; break-after: avoid; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; }
.muted { color: #5a6675; }
.example { border: 1.5pt solid #b42318; color: #b42318; padding: 4pt 8pt; font-weight: 700; margin-bottom: 8pt; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 8pt 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
.tiers { display: flex; gap: 8pt; flex-wrap: wrap; margin: 6pt 0 10pt; }
.tier { border-inline-start: 4pt solid var(--c); background: #f4f6f9; padding: 4pt 10pt; min-width: 70pt; }
.tier b { display: block; font-size: 16pt; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 9pt; }
th, td { text-align: start; vertical-align: top; padding: 3pt 4pt; border-bottom: 0.5pt solid #c5cdd8; overflow-wrap: break-word; }
.details { margin-top: 2pt; font-size: 8pt; color: #3b4654; }
.details span { display: inline-block; margin-inline-end: 8pt; }
thead th { background: #e7eef8; font-size: 8pt; text-transform: uppercase; letter-spacing: 0.02em; }
tr { break-inside: avoid; }
td.n, th.n { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
.badge { display: inline-block; color: #fff; background: var(--c); border-radius: 8pt; padding: 0 6pt; font-size: 8pt; font-weight: 700; white-space: nowrap; }
.chart { text-align: center; margin: 6pt 0; }
.chart svg { max-width: 100%; height: auto; font-family: inherit; }
ul { margin: 0 0 8pt; padding-inline-start: 14pt; }
footer { margin-top: 18pt; font-size: 8pt; color: #5a6675; border-top: 0.5pt solid #c5cdd8; padding-top: 4pt; overflow-wrap: anywhere; }
@page { margin: 14mm 12mm; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
`

function needRow(need: NeedEntry, index: number): SafeHtml {
  const readiness = [
    need.readiness.hasCounterpart && 'counterpart named',
    need.readiness.hasStaff && 'staff available',
    need.readiness.hasCoFunding && 'co-funding',
  ].filter(Boolean)
  const details: [string, string][] = [
    ['Support', need.supportKinds.map((kind) => kind.label).join('; ')],
    [
      'Modalities',
      need.modalities.map((modality, rank) => `${rank + 1}. ${modality.label}`).join('; '),
    ],
    ['Timeframe', need.timeframe?.label ?? ''],
    ['Readiness', readiness.join(', ')],
    ['UN anchor', need.anchors.join('; ')],
    ['Blocked by', need.blockedBy.join(', ')],
  ]
  return html`<tr>
    <td class="n">${index + 1}</td>
    <td>
      <b>${need.code}</b>
      ${need.statement}${need.isEnabler ? raw(' <span class="muted">(enabler)</span>') : ''}
      ${need.context ? html`<br /><i>${need.context}</i>` : ''}
      <div class="details">
        ${details
          .filter(([, value]) => value)
          .map(([label, value]) => html`<span><b>${label}:</b> ${value}</span>`)}
      </div>
    </td>
    <td class="n">${need.current} → ${need.target}${need.targetIsDefault ? '*' : ''}</td>
    <td>${REPORT_LABELS.priorities[need.priority]}${need.priorityIsDefault ? '*' : ''}</td>
    <td class="n">${number(need.needScore)}</td>
    <td>
      <span class="badge" style="--c:${raw(TIER_COLORS[need.tier])}"
        >${REPORT_LABELS.tiers[need.tier]}</span
      >
    </td>
  </tr>`
}

/**
 * The report as one self-contained HTML file: inline CSS, SVG charts drawn from the model, no
 * script and no network (its own CSP forbids both), readable on any laptop and printable. Every
 * value from the model is escaped, so hostile text in notes or names stays text.
 */
export function renderReportHtml(model: ReportModel, options: HtmlReportOptions = {}): string {
  const { meta } = model
  const heading = `${meta.countryName} (${meta.country}), ${meta.period}`
  const byId = new Map(model.needs.map((need) => [need.itemId, need]))
  const radar = radarChartSvg({
    title: 'Current and target level by section',
    axes: model.sections.map((section) => section.code),
    series: [
      { name: 'Current', values: model.sections.map((s) => s.meanCurrent ?? 0), color: '#1d4f91' },
      {
        name: 'Target',
        values: model.sections.map((s) => s.meanTarget ?? 0),
        color: '#0f7b6c',
        isDashed: true,
      },
    ],
    max: 4,
  })
  const bars = barChartSvg({
    title: 'Largest needs',
    bars: model.needs.slice(0, 10).map((need) => ({
      label: `${need.code} ${need.statement}`,
      value: need.needScore,
      color: TIER_COLORS[need.tier],
    })),
  })

  const body = html` <header>
      ${meta.isExample ? html`<p class="example">${REPORT_LABELS.exampleBanner}</p>` : ''}
      <h1>${REPORT_LABELS.title}</h1>
      <p class="muted">${heading}${options.subtitle ? ` · ${options.subtitle}` : ''}</p>
      <dl class="meta">
        <dt>Country</dt>
        <dd>${meta.countryName} (${meta.country})</dd>
        <dt>Assessment period</dt>
        <dd>${meta.period}</dd>
        ${
          meta.title
            ? html`<dt>Title</dt>
                <dd>${meta.title}</dd>`
            : ''
        }
        <dt>Lead agency</dt>
        <dd>${meta.leadAgency || '—'}</dd>
        <dt>Questionnaire</dt>
        <dd>
          ${meta.questionnaire.title}, ${meta.questionnaire.id} version
          ${meta.questionnaire.version}
        </dd>
        <dt>Completion</dt>
        <dd>
          ${meta.completion.answered} of ${meta.completion.total} items
          answered${
            meta.completion.withheld
              ? `; ${meta.completion.withheld} kept internal and not included`
              : ''
          }
        </dd>
        <dt>Exported</dt>
        <dd>${meta.createdAt.slice(0, 10)} with version ${meta.appVersion} of the app</dd>
        ${
          meta.team.length
            ? html`<dt>Team</dt>
                <dd>
                  ${meta.team.map((m) => [m.name, m.agency, m.role].filter(Boolean).join(', ')).join('; ')}
                </dd>`
            : ''
        }
      </dl>
    </header>

    <h2>Executive summary</h2>
    <div class="tiers">
      ${(['act-now', 'plan', 'monitor', 'met'] as const).map(
        (tier) =>
          html`<div class="tier" style="--c:${raw(TIER_COLORS[tier])}">
            <b>${model.tierCounts[tier]}</b>${REPORT_LABELS.tiers[tier]}
          </div>`,
      )}
      <div class="tier" style="--c:#1d4f91">
        <b>${model.assessmentGaps.length}</b>Assessment gaps
      </div>
    </div>
    ${
      model.needs.length
        ? html`<p>
              The most pressing needs the country identified, measured against its own targets:
            </p>
            <ol>
              ${model.needs.slice(0, 5).map((need) => html`<li><b>${need.code}</b> ${need.statement} <span class="muted">(${REPORT_LABELS.tiers[need.tier]}, ${need.current} → ${need.target})</span></li>`)}
            </ol>`
        : html`<p>No needs: every answered item meets its target.</p>`
    }

    <h2>Prioritised needs</h2>
    ${
      model.needs.length
        ? html`<table>
              <thead>
                <tr>
                  <th class="n">#</th>
                  <th>Item</th>
                  <th class="n">Now → target</th>
                  <th>Priority</th>
                  <th class="n">Need</th>
                  <th>Tier</th>
                </tr>
              </thead>
              <tbody>
                ${model.needs.map(needRow)}
              </tbody>
            </table>
            <p class="muted">
              * The team set no target (the default, ${model.method.defaultTarget}, was used) or no
              priority (medium was used).
            </p>
            <div class="chart">${raw(bars)}</div>`
        : html`<p class="muted">None.</p>`
    }

    <h2>Section profile</h2>
    <div class="chart">${raw(radar)}</div>
    <table>
      <thead>
        <tr>
          <th>Section</th>
          <th class="n">Rated items</th>
          <th class="n">Mean current</th>
          <th class="n">Min–max</th>
          <th class="n">Mean target</th>
          <th class="n">Gap</th>
          <th class="n">Weighted gap</th>
        </tr>
      </thead>
      <tbody>
        ${model.sections.map(
          (s) =>
            html`<tr>
              <td><b>${s.code}</b> ${s.title}</td>
              <td class="n">${s.scoredCount}</td>
              <td class="n">${number(s.meanCurrent)}</td>
              <td class="n">${s.minCurrent === null ? '—' : `${s.minCurrent}–${s.maxCurrent}`}</td>
              <td class="n">${number(s.meanTarget)}</td>
              <td class="n">${percent(s.gapPercent)}</td>
              <td class="n">${percent(s.weightedGapPercent)}</td>
            </tr>`,
        )}
      </tbody>
    </table>

    <h2>Quick wins</h2>
    ${
      model.quickWins.length
        ? html`<ul>
            ${model.quickWins.map((id) => byId.get(id)).map((need) => (need ? html`<li><b>${need.code}</b> ${need.statement}</li>` : ''))}
          </ul>`
        : html`<p class="muted">None.</p>`
    }

    <h2>Support the country can offer to others</h2>
    ${
      model.offers.length
        ? html`<ul>
            ${model.offers.map((offer) => html`<li><b>${offer.code}</b> ${offer.statement}${offer.offerKinds.length ? html` <span class="muted">— ${offer.offerKinds.map((k) => k.label).join(', ')}</span>` : ''}</li>`)}
          </ul>`
        : html`<p class="muted">None declared.</p>`
    }

    <h2>Assessment gaps</h2>
    <p class="muted">
      Items answered "don't know": to be resolved through consultation between agencies. They are
      not scored.
    </p>
    ${
      model.assessmentGaps.length
        ? html`<ul>
            ${model.assessmentGaps.map((gap) => html`<li><b>${gap.code}</b> ${gap.statement}</li>`)}
          </ul>`
        : html`<p class="muted">None.</p>`
    }

    <h2>Method and definitions</h2>
    <p>
      Each item is rated from 0 Absent to 4 Sustained and shared. The gap is the team's target minus
      the current level (never negative); a blank target counts as ${model.method.defaultTarget}.
      The need score is gap × priority weight (low ${model.method.priorityWeights.low}, medium
      ${model.method.priorityWeights.medium}, high ${model.method.priorityWeights.high}, critical
      ${model.method.priorityWeights.critical}) × ${model.method.enablerMultiplier} for enabler
      items that others depend on.
    </p>
    <p>
      Tiers: act now when the score is 12 or more, or the priority is critical and the gap at least
      2; plan from 6; monitor below 6; met when there is no gap. "Don't know" is never scored as 0,
      and "not applicable" is left out. Section gap = Σgap / (4 × rated items); weighted gap = Σ(gap
      × weight) / Σ(4 × weight).
    </p>
    <p>
      <b
        >The method measures the country against its own targets. It does not rank or compare
        countries.</b
      >
    </p>

    <h2>Annex: the answers shared</h2>
    <table>
      <thead>
        <tr>
          <th>Item</th>
          <th>Current</th>
          <th class="n">Target</th>
          <th>Priority</th>
          ${meta.sharing.includeEvidence ? raw('<th>Evidence</th>') : ''}
        </tr>
      </thead>
      <tbody>
        ${model.answers.map(
          (answer) =>
            html`<tr>
              <td><b>${answer.code}</b> ${answer.statement}</td>
              <td>${rating(answer.current)}</td>
              <td class="n">${answer.target ?? '—'}</td>
              <td>${answer.priority ? REPORT_LABELS.priorities[answer.priority] : '—'}</td>
              ${meta.sharing.includeEvidence ? html`<td>${answer.evidence?.notes ?? ''}${answer.evidence?.references.length ? html`<br /><span class="muted">${answer.evidence.references.join('; ')}</span>` : ''}</td>` : ''}
            </tr>`,
        )}
      </tbody>
    </table>

    <footer>
      Made with Cyber Capacity Needs Assessment ${meta.appVersion}.
      ${
        options.integrity
          ? html`Content digest (SHA-256):
            ${options.integrity.digest}.${options.integrity.keyFingerprint ? html` Signed with key ${options.integrity.keyFingerprint}.` : ''}`
          : ''
      }
    </footer>`

  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${REPORT_LABELS.title}: ${heading}`)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.html}
</body>
</html>
`
}
