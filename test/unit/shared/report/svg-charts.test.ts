import { describe, expect, it } from 'vitest'
import { escapeHtml, html, raw } from '../../../../shared/report/escape-html'
import { barChartSvg, radarChartSvg } from '../../../../shared/report/svg-charts'

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&'

describe('escaping for the report', () => {
  it('makes markup inert and shows bidi overrides instead of obeying them', () => {
    expect(escapeHtml(HOSTILE)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;',
    )
    expect(escapeHtml('abc\u202Edcba')).toBe('abc[U+202E]dcba')
  })

  it('escapes interpolations but keeps trusted fragments', () => {
    const name = '<b>x</b>'
    expect(html`<p>${name}${raw('<br>')}${[1, '<']}</p>`.html).toBe(
      '<p>&lt;b&gt;x&lt;/b&gt;<br>1&lt;</p>',
    )
  })
})

describe('charts as SVG strings', () => {
  it('draws one polygon per series with points inside the plot, and escapes labels', () => {
    const svg = radarChartSvg({
      title: 'Current and target',
      axes: ['Strategy', HOSTILE, 'CBMs'],
      series: [
        { name: 'Current', values: [1, 2, 9], color: '#1d4f91' },
        { name: 'Target', values: [3, 3, -1], color: '#0f7b6c', isDashed: true },
      ],
      max: 4,
    })
    expect(svg.match(/<polygon[^>]*fill-opacity/g)).toHaveLength(2)
    expect(svg).not.toContain('<script>')
    expect(svg).not.toContain('<img')
    const coordinates = [...svg.matchAll(/points="([^"]+)"/g)].flatMap((m) =>
      m[1]!.split(/[ ,]/).map(Number),
    )
    expect(Math.min(...coordinates)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...coordinates)).toBeLessThanOrEqual(420)
  })

  it('draws bars proportional to their values', () => {
    const svg = barChartSvg({
      title: 'Largest needs',
      bars: [
        { label: 'A1', value: 12, color: '#b42318' },
        { label: 'B2', value: 6, color: '#e8b54a' },
      ],
    })
    const widths = [...svg.matchAll(/<rect x="\d+" y="[\d.]+" width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    )
    expect(widths).toHaveLength(2)
    expect(widths[0]! / widths[1]!).toBeCloseTo(2, 5)
  })
})
