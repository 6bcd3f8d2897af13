import { escapeHtml, html, raw } from '../report/escape-html'
import { matchmakingPairs } from './aggregate'
import type { RegionalPicture } from './regional-picture'

const cell = (value: number | null) => {
  if (value === null) return html`<td class="n muted">—</td>`
  // Lighter to darker red as the gap grows; the number is always printed, colour is a hint only.
  const alpha = Math.round((value / 100) * 80) / 100
  return html`<td class="n" style="background: rgb(180 35 24 / ${raw(String(alpha))})">
    ${Math.round(value)} %
  </td>`
}

/** The regional needs report: self-contained HTML like the national one, with no ranking. */
export function renderRegionalHtml(
  picture: RegionalPicture,
  title = 'Regional picture of cyber capacity-building needs',
): string {
  const pairs = matchmakingPairs(picture)
  const body = html` <h1>${title}</h1>
    <p class="muted">
      ${picture.coverage.length} members submitted · questionnaire ${picture.questionnaire.id}
      ${picture.questionnaire.version}. Countries are listed alphabetically and measured against
      their own targets; no country is ranked.
    </p>
    <h2>Coverage</h2>
    <table>
      <thead>
        <tr>
          <th>Country</th>
          <th>Period</th>
          <th>Exported</th>
          <th class="n">Answered</th>
          <th class="n">Needs</th>
        </tr>
      </thead>
      <tbody>
        ${picture.coverage.map(
          (c) =>
            html`<tr>
              <td>${c.countryName} (${c.country})</td>
              <td>${c.period}</td>
              <td>${c.createdAt.slice(0, 10)}</td>
              <td class="n">${c.answered} / ${c.total}</td>
              <td class="n">${c.needCount}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h2>Gap by section (% of full maturity)</h2>
    <table>
      <thead>
        <tr>
          <th>Country</th>
          ${picture.sections.map((s) => html`<th class="n" title="${s.title}">${s.code}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${picture.heatmap.map(
          (row) =>
            html`<tr>
              <td>${row.country}</td>
              ${row.gapPercents.map(cell)}
            </tr>`,
        )}
        <tr>
          <td><b>Regional median</b></td>
          ${picture.sectionMedians.map(cell)}
        </tr>
      </tbody>
    </table>
    <h2>Most demanded support</h2>
    <table>
      <thead>
        <tr>
          <th>Kind of support</th>
          <th class="n">Needs asking for it</th>
        </tr>
      </thead>
      <tbody>
        ${[...picture.supportDemand]
          .sort((a, b) => b.needCount - a.needCount)
          .map(
            (d) =>
              html`<tr>
                <td>${d.label}</td>
                <td class="n">${d.needCount}</td>
              </tr>`,
          )}
      </tbody>
    </table>
    <table>
      <thead>
        <tr>
          <th>Modality</th>
          <th class="n">First preference</th>
          <th class="n">Any rank</th>
        </tr>
      </thead>
      <tbody>
        ${[...picture.modalityDemand]
          .sort((a, b) => b.anyRank - a.anyRank)
          .map(
            (d) =>
              html`<tr>
                <td>${d.label}</td>
                <td class="n">${d.preferredFirst}</td>
                <td class="n">${d.anyRank}</td>
              </tr>`,
          )}
      </tbody>
    </table>
    <h2>Items</h2>
    <table>
      <thead>
        <tr>
          <th>Item</th>
          <th class="n">Levels 0 / 1 / 2 / 3 / 4</th>
          <th class="n">Needs</th>
          <th class="n">Act now</th>
        </tr>
      </thead>
      <tbody>
        ${picture.items.map(
          (item) =>
            html`<tr>
              <td><b>${item.code}</b> ${item.statement}</td>
              <td class="n">${item.levelCounts.join(' / ')}</td>
              <td class="n">${item.needCount}</td>
              <td class="n">${item.actNowCount}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h2>Matchmaking</h2>
    ${
      pairs.length
        ? html`<table>
            <thead>
              <tr>
                <th>Item</th>
                <th>Needs support</th>
                <th>Can offer support</th>
              </tr>
            </thead>
            <tbody>
              ${pairs.map(
                (p) =>
                  html`<tr>
                    <td>${p.code}</td>
                    <td>${p.needs}</td>
                    <td>${p.offers}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p class="muted">No member offers support on an item another member needs.</p>`
    }
    ${
      picture.unmappedItems.length
        ? html`<h2>Items not in the reference questionnaire</h2>
            <ul>
              ${picture.unmappedItems.map((u) => html`<li>${u.country}: ${u.itemIds.join(', ')}</li>`)}
            </ul>`
        : ''
    }`
  return `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
:root { font-family: 'Noto Sans', system-ui, sans-serif; font-size: 10.5pt; color: #1b2430; }
body { max-width: 190mm; margin: 0 auto; padding: 12mm 10mm; }
h1 { color: #163d70; font-size: 18pt; } h2 { color: #163d70; font-size: 13pt; border-bottom: 1.5pt solid #163d70; margin-top: 16pt; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4pt 0 10pt; }
th, td { text-align: start; padding: 3pt 4pt; border-bottom: 0.5pt solid #c5cdd8; vertical-align: top; }
thead th { background: #e7eef8; } .n { text-align: end; } .muted { color: #5a6675; } tr { break-inside: avoid; }
</style></head><body>${body.html}</body></html>
`
}
