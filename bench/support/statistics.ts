export interface BenchResult {
  name: string
  unit: string
  samples: number
  median: number
  p95: number
  max: number
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return NaN
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)
  return sorted[Math.max(0, index)] ?? NaN
}

export function summarize(name: string, samples: readonly number[], unit: string): BenchResult {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    name,
    unit,
    samples: sorted.length,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? NaN,
  }
}

export function formatResult(result: BenchResult): string {
  const f = (value: number) => value.toFixed(2)
  return `${result.name}: median ${f(result.median)} ${result.unit}, p95 ${f(result.p95)} ${result.unit}, max ${f(result.max)} ${result.unit} (${result.samples} samples)`
}
