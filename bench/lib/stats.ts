/** The q-quantile of `xs` by nearest rank (q = 0.95: the value 95% of the samples do not exceed). */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}
