/** Small statistics helpers shared by the benchmarks. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: number[]): number => quantile(values, 0.5);
export const p95 = (values: number[]): number => quantile(values, 0.95);
export const ms = (value: number): string => `${value.toFixed(1)} ms`;

export function machine(): string {
  return `${process.platform} ${process.arch}, node ${process.version}`;
}
