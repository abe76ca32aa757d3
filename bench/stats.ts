// Percentiles for benchmark reports (nearest-rank), printed the same way by every benchmark.

/** "p50 … ms  p95 … ms  max … ms" over `samples` (milliseconds), with `digits` decimals. */
export function percentiles(samples: number[], digits = 1): string {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!
  const ms = (n: number) => `${n.toFixed(digits)} ms`
  return `p50 ${ms(at(0.5))}  p95 ${ms(at(0.95))}  max ${ms(sorted.at(-1)!)}`
}
