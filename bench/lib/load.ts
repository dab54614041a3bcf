// Load over HTTP with autocannon: a short unrecorded warm-up, then the measured run. Latency percentiles are computed
// from every response's own time (autocannon's histogram has no p95 and leaves non-2xx responses out).
import autocannon from 'autocannon';
import { percentiles, round, type Percentiles } from './stats.ts';

/** Enough for minutes at the rates seen here; past it, samples stop being kept (counts stay exact). */
const MAX_SAMPLES = 2_000_000;

export interface LoadSpec {
  url: string;
  /** Paths requested in turn on each connection (a mix of searches), instead of the path of `url`. */
  paths?: string[];
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

export interface LoadResult {
  ok: boolean;
  /** Why `ok` is false: failed pre-flight checks, non-2xx responses, errors. */
  problems: string[];
  connections: number;
  durationSeconds: number;
  requests: { total: number; perSecond: number };
  latencyMs: Percentiles;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  warmup: { seconds: number; requests: number; non2xx: number; errors: number };
}

interface Fired {
  result: autocannon.Result;
  samples: number[];
  statusCodes: Record<string, number>;
  responses: number;
}

function fire(spec: LoadSpec, seconds: number): Promise<Fired> {
  return new Promise((resolve, reject) => {
    const samples: number[] = [];
    const statusCodes: Record<string, number> = {};
    let responses = 0;
    const instance = autocannon(
      {
        url: spec.url,
        method: spec.method ?? 'GET',
        ...(spec.headers ? { headers: spec.headers } : {}),
        ...(spec.body !== undefined ? { body: spec.body } : {}),
        ...(spec.paths ? { requests: spec.paths.map((path) => ({ path })) } : {}),
        connections: spec.connections,
        pipelining: 1,
        duration: seconds,
        timeout: 10,
      },
      (err: unknown, result: autocannon.Result) => {
        if (err) reject(err instanceof Error ? err : new Error('autocannon failed', { cause: err }));
        else resolve({ result, samples, statusCodes, responses });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      responses += 1;
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
      if (samples.length < MAX_SAMPLES) samples.push(responseTime);
    });
  });
}

/** Warm-up, then the measured run; `problems` from the caller's pre-flight check are carried into the result. */
export async function measure(spec: LoadSpec, problems: string[] = []): Promise<LoadResult> {
  const warm = spec.warmupSeconds > 0 ? await fire(spec, spec.warmupSeconds) : undefined;
  const run = await fire(spec, spec.durationSeconds);
  const elapsed = (run.result.finish.getTime() - run.result.start.getTime()) / 1000 || spec.durationSeconds;
  const non2xx = Object.entries(run.statusCodes)
    .filter(([code]) => !code.startsWith('2'))
    .reduce((n, [, count]) => n + count, 0);
  const all = [...problems];
  if (non2xx > 0) all.push(`${non2xx} non-2xx responses: ${JSON.stringify(run.statusCodes)}`);
  if (run.result.errors > 0) all.push(`${run.result.errors} connection errors (${run.result.timeouts} timeouts)`);
  if (run.responses === 0) all.push('no response at all');
  if (warm && warm.result.non2xx > 0) all.push(`${warm.result.non2xx} non-2xx responses during warm-up`);
  return {
    ok: all.length === 0,
    problems: all,
    connections: spec.connections,
    durationSeconds: round(elapsed, 2),
    requests: { total: run.responses, perSecond: round(run.responses / elapsed, 1) },
    latencyMs: percentiles(run.samples),
    errors: run.result.errors,
    timeouts: run.result.timeouts,
    non2xx,
    statusCodes: run.statusCodes,
    warmup: {
      seconds: spec.warmupSeconds,
      requests: warm?.responses ?? 0,
      non2xx: warm?.result.non2xx ?? 0,
      errors: warm?.result.errors ?? 0,
    },
  };
}

/** A result for a scenario that could not be put under load (its pre-flight failed). */
export function notRun(spec: Pick<LoadSpec, 'connections' | 'durationSeconds'>, problems: string[]): LoadResult {
  return {
    ok: false,
    problems,
    connections: spec.connections,
    durationSeconds: 0,
    requests: { total: 0, perSecond: 0 },
    latencyMs: percentiles([]),
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    statusCodes: {},
    warmup: { seconds: 0, requests: 0, non2xx: 0, errors: 0 },
  };
}
