import { escapeHtml } from './escape-html'

export interface RadarSeries {
  name: string
  values: readonly number[]
  /** A CSS colour; the report's palette, never user input. */
  color: string
  isDashed?: boolean
}

export interface RadarChartInput {
  title: string
  axes: readonly string[]
  series: readonly RadarSeries[]
  max: number
  size?: number
}

const round = (value: number) => Math.round(value * 10) / 10

/**
 * A radar chart as a standalone SVG string, so the exported report needs no script to show it
 * (Recharts draws nothing without a live DOM). Axis labels are escaped: they come from data.
 */
export function radarChartSvg({ title, axes, series, max, size = 420 }: RadarChartInput): string {
  const center = size / 2
  const radius = size / 2 - 70
  const angle = (index: number) => -Math.PI / 2 + (2 * Math.PI * index) / axes.length
  const point = (index: number, value: number) => {
    const r = (radius * Math.max(0, Math.min(value, max))) / max
    return [
      round(center + r * Math.cos(angle(index))),
      round(center + r * Math.sin(angle(index))),
    ] as const
  }
  const rings = Array.from({ length: max }, (_, step) => {
    const points = axes.map((_, index) => point(index, step + 1).join(',')).join(' ')
    return `<polygon points="${points}" fill="none" stroke="#d5dbe3" stroke-width="1"/>`
  })
  const spokes = axes.map((label, index) => {
    const [x, y] = point(index, max)
    const [lx, ly] = [
      round(center + (radius + 18) * Math.cos(angle(index))),
      round(center + (radius + 18) * Math.sin(angle(index))),
    ]
    const anchor = Math.abs(lx - center) < 4 ? 'middle' : lx > center ? 'start' : 'end'
    return (
      `<line x1="${center}" y1="${center}" x2="${x}" y2="${y}" stroke="#d5dbe3"/>` +
      `<text x="${lx}" y="${ly}" text-anchor="${anchor}" dominant-baseline="middle" font-size="12">${escapeHtml(label)}</text>`
    )
  })
  const shapes = series.map((serie) => {
    const points = serie.values.map((value, index) => point(index, value).join(',')).join(' ')
    const dash = serie.isDashed ? ' stroke-dasharray="5 4"' : ''
    return `<polygon points="${points}" fill="${serie.color}" fill-opacity="0.15" stroke="${serie.color}" stroke-width="2"${dash}><title>${escapeHtml(serie.name)}</title></polygon>`
  })
  const legend = series.map(
    (serie, index) =>
      `<g transform="translate(${12 + index * 130},${size - 16})"><rect width="12" height="12" y="-10" fill="${serie.color}"/><text x="18" font-size="12">${escapeHtml(serie.name)}</text></g>`,
  )
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${rings.join('')}${spokes.join('')}${shapes.join('')}${legend.join('')}</svg>`
}

export interface BarChartInput {
  title: string
  bars: readonly { label: string; value: number; color: string }[]
  width?: number
}

/** Horizontal bars, largest first as given; the value is printed at each bar's end. */
export function barChartSvg({ title, bars, width = 640 }: BarChartInput): string {
  const rowHeight = 26
  const labelWidth = 260
  const plotWidth = width - labelWidth - 60
  const max = Math.max(1, ...bars.map((bar) => bar.value))
  const height = bars.length * rowHeight + 10
  const rows = bars.map((bar, index) => {
    const y = index * rowHeight + 5
    const length = round((plotWidth * bar.value) / max)
    const label = bar.label.length > 42 ? `${bar.label.slice(0, 41)}…` : bar.label
    return (
      `<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end" font-size="12">${escapeHtml(label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 2}" width="${length}" height="${rowHeight - 8}" rx="3" fill="${bar.color}"/>` +
      `<text x="${labelWidth + length + 6}" y="${y + 13}" font-size="12">${escapeHtml(String(round(bar.value)))}</text>`
    )
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${rows.join('')}</svg>`
}
