// Percentiles of a set of latency samples, and a bounded loop that times a function (the bare-SQL baselines).

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles, in the samples' unit, rounded to 0.001. */
export function percentiles(samples: ArrayLike<number>): Percentiles {
  const sorted = Float64Array.from(samples).sort();
  const n = sorted.length;
  if (n === 0) return { p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const at = (p: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1))]!;
  let sum = 0;
  for (const v of sorted) sum += v;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted[n - 1]!), mean: round(sum / n) };
}

export function round(v: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

export interface TimedLoop {
  iterations: number;
  latencyMs: Percentiles;
  /** What one caller doing nothing else could reach: 1000 / mean. */
  sequentialPerSecond: number;
}

/**
 * Runs `fn` `warmup` times untimed, then up to `iterations` times timed, stopping early after `maxSeconds`.
 * Sequential on purpose: this is the cost of the work itself, without queueing.
 */
export async function timeLoop(
  fn: () => Promise<unknown>,
  { iterations, warmup = Math.min(50, iterations), maxSeconds }: { iterations: number; warmup?: number; maxSeconds: number },
): Promise<TimedLoop> {
  const deadline = performance.now() + maxSeconds * 1000;
  for (let i = 0; i < warmup && performance.now() < deadline; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations && performance.now() < deadline; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  const latencyMs = percentiles(samples);
  return {
    iterations: samples.length,
    latencyMs,
    sequentialPerSecond: latencyMs.mean > 0 ? Math.round(1000 / latencyMs.mean) : 0,
  };
}
