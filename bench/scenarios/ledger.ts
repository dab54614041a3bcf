// The ledger at national scale (issue 8). `ledger-statistics`: the statistics summary of a province (重庆), a county
// (巫溪县) and a village (中岗村) for 2024, and of the province and the whole country as the national administrator,
// over the generated data set (bench/lib/ledger-data.ts: 10,000,000 records on PostgreSQL, 1,000,000 on PGlite), one
// connection, against the module's own SQL run bare; every figure checked first against a sum of the raw records.
// `ledger-import`: one workbook of 100,000 records uploaded as org_admin and followed to the end of its job, with the
// server process's peak memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CompiledQuery,
  sql,
  type Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import type { DB } from '../../src/server/db/types.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/seed.ts';
import { writeAidWorkbook, type GeneratedWorkbook } from '../../src/server/modules/ledger-imports/generate.ts';
import { resolveScope } from '../../src/server/modules/statistics/scope.ts';
import { summaryOf } from '../../src/server/modules/statistics/service.ts';
import { resolveSession } from '../../src/server/platform/sessions.ts';
import { sessionFor } from '../lib/db.ts';
import { login, pick, request } from '../lib/http.ts';
import { LEDGER_SCALES, seedLedger, type LedgerGeneration, type LedgerScale } from '../lib/ledger-data.ts';
import { measure, notRun, type LoadResult } from '../lib/load.ts';
import { percentiles, round, timeLoop, type TimedLoop } from '../lib/stats.ts';
import type { Baseline, DatabaseContext, Scenario } from '../lib/types.ts';

const say = (message: string) => process.stderr.write(`[bench] ${message}\n`);

// ---- ledger-statistics ----

const FROM = '2024-01';
const TO = '2024-12';
/** Issue 8's targets: p95 <= 50 ms at 10M records, and the API no more than 1.5 times the bare SQL. */
const TARGET_P95_MS = 50;
const TARGET_RATIO = 1.5;
const BARE_SECONDS = 4;
const HANDLER_SECONDS = 3;
const LOAD_SECONDS = 5;
/** Past this, a query's plan is printed into the report. */
const SLOW_MS = 50;

interface Case {
  name: string;
  username: 'cq_mz' | 'admin';
  region: string | undefined;
}

const CASES: Case[] = [
  { name: 'province 50 as cq_mz', username: 'cq_mz', region: '50' },
  { name: 'county 500238 as cq_mz', username: 'cq_mz', region: '500238' },
  { name: 'village 500238118201 as cq_mz', username: 'cq_mz', region: '500238118201' },
  { name: 'province 50 as admin', username: 'admin', region: '50' },
  { name: 'whole country as admin', username: 'admin', region: undefined },
];

/** The scale to generate: the issue's for the engine, or BENCH_LEDGER_RECORDS (organizations and households in proportion). */
function scaleFor(kind: 'pglite' | 'postgres'): LedgerScale {
  const records = Number(process.env.BENCH_LEDGER_RECORDS);
  if (!process.env.BENCH_LEDGER_RECORDS) return LEDGER_SCALES[kind];
  if (!Number.isSafeInteger(records) || records < 10_000)
    throw new Error('BENCH_LEDGER_RECORDS must be a whole number of at least 10000');
  return {
    records,
    organizations: Math.max(100, Math.round(records / 200)),
    households: Math.max(1_000, Math.round(records / 5)),
  };
}

/** Records every query a function sends, with its parameters, to replay them bare and to EXPLAIN them. */
class CaptureQueries implements KyselyPlugin {
  readonly queries: CompiledQuery[] = [];
  private readonly seen = new WeakMap<object, CompiledQuery>();
  constructor(private readonly db: Kysely<DB>) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.seen.set(args.queryId, this.db.getExecutor().compileQuery(args.node, args.queryId));
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const sent = this.seen.get(args.queryId);
    if (sent) this.queries.push(sent);
    return args.result;
  }
}

async function captured(db: Kysely<DB>, run: (db: Kysely<DB>) => Promise<unknown>): Promise<CompiledQuery[]> {
  const capture = new CaptureQueries(db);
  await run(db.withPlugin(capture));
  return capture.queries;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, visit: (n: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** EXPLAIN ANALYZE of each query: which relation is read how, the database's time, the text plan when slow. */
async function explain(db: Kysely<DB>, queries: CompiledQuery[]) {
  const out = [];
  for (const q of queries) {
    const result = await db.executeQuery<{ 'QUERY PLAN': unknown }>(
      CompiledQuery.raw(`explain (analyze, format json) ${q.sql}`, [...q.parameters]),
    );
    const raw = result.rows[0]?.['QUERY PLAN'];
    const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode; 'Execution Time': number }[];
    const reads: string[] = [];
    walk(plan[0]!.Plan, (n) => {
      if (n['Relation Name'] || n['Index Name'])
        reads.push(`${n['Node Type']} ${n['Index Name'] ?? n['Relation Name']} (${n['Actual Rows'] ?? 0} rows)`);
    });
    const executionMs = round(plan[0]!['Execution Time']);
    let text: string[] | undefined;
    if (executionMs > SLOW_MS) {
      const rows = await db.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain (analyze, buffers) ${q.sql}`, [...q.parameters]),
      );
      text = rows.rows.map((r) => r['QUERY PLAN']).slice(0, 80);
    }
    out.push({ sql: oneLine(q.sql).slice(0, 600), executionMs, reads, ...(text ? { text } : {}) });
  }
  return out;
}

/** Times `fn` for about `seconds`, and at least three times however slow it is (one untimed call first). */
async function timed(fn: () => Promise<unknown>, seconds: number): Promise<TimedLoop> {
  const start = performance.now();
  await fn();
  const once = (performance.now() - start) / 1000;
  return timeLoop(fn, { iterations: 2000, warmup: 1, maxSeconds: Math.max(seconds, 4.5 * once) });
}

function summarize(t: TimedLoop) {
  return { iterations: t.iterations, p50: t.latencyMs.p50, p95: t.latencyMs.p95, mean: t.latencyMs.mean };
}

/** Figures summed straight from aid_records, independently of the module: what every answer must equal. */
interface Expected {
  records: number;
  totalFen: number;
  fundsFen: number;
  confirmedFen: number;
  counterpartFen: number;
}

async function rawFigures(db: Kysely<DB>, region: string | undefined): Promise<Expected> {
  const where = region === undefined ? sql`true` : sql`a.region_code like ${`${region}%`}`;
  const r = await sql<{ records: string; total: string; funds: string; confirmed: string; counterpart: string }>`
    select sum(case when a.reverses_id is null then 1 else -1 end)::text as records, sum(a.amount_fen)::text as total,
      coalesce(sum(a.amount_fen) filter (where a.kind = 'funds'), 0)::text as funds,
      coalesce(sum(a.amount_fen) filter (where coalesce(a.reversed_confirmation, s.confirmation, 'unconfirmed') = 'confirmed'), 0)::text as confirmed,
      coalesce(sum(a.amount_fen) filter (where a.counterpart), 0)::text as counterpart
    from aid_records a left join aid_record_states s on s.record_id = a.id
    where ${where} and a.occurred_on between ${`${FROM}-01`}::date and ${`${TO}-31`}::date`.execute(db);
  const row = r.rows[0];
  const n = (v: string | undefined) => Number(v ?? 0);
  return {
    records: n(row?.records),
    totalFen: n(row?.total),
    fundsFen: n(row?.funds),
    confirmedFen: n(row?.confirmed),
    counterpartFen: n(row?.counterpart),
  };
}

function figuresOfReply(body: unknown): Expected {
  const f = (key: string) => Number(pick(body, 'figures', key));
  return {
    records: f('records'),
    totalFen: f('totalFen'),
    fundsFen: f('fundsFen'),
    confirmedFen: f('confirmedFen'),
    counterpartFen: Number(pick(body, 'counterpart', 'totalFen')),
  };
}

function differences(got: Expected, expected: Expected): string | undefined {
  const wrong = (Object.keys(expected) as (keyof Expected)[]).filter((k) => got[k] !== expected[k]);
  return wrong.length === 0 ? undefined : wrong.map((k) => `${k} ${got[k]}, records say ${expected[k]}`).join('; ');
}

interface CaseBaseline {
  expected: Expected;
  source: string;
  bare: TimedLoop & { what: string };
  handler: TimedLoop & { what: string };
  plans: Awaited<ReturnType<typeof explain>>;
  /** The module's answer differs from the raw records (an exactness failure, not a speed one). */
  mismatch?: string;
}

const statisticsBaselines = new Map<string, CaseBaseline>();
let generation: (LedgerGeneration & { records: number }) | undefined;

const pathOf = (c: Case) => `/api/statistics/summary?${c.region ? `region=${c.region}&` : ''}from=${FROM}&to=${TO}`;

async function runStatistics(baseUrl: string, durationSeconds: number | undefined): Promise<LoadResult> {
  const seconds = durationSeconds ?? LOAD_SECONDS;
  const cookies = new Map<string, string>();
  const results: (LoadResult & { case: string; path: string })[] = [];
  for (const c of CASES) {
    const path = pathOf(c);
    try {
      let cookie = cookies.get(c.username);
      if (!cookie) {
        cookie = (await login(baseUrl, c.username, DEMO_PASSWORD)).cookie;
        cookies.set(c.username, cookie);
      }
      const url = `${baseUrl}${path}`;
      const reply = await request(url, { headers: { cookie } });
      const expected = statisticsBaselines.get(c.name)?.expected;
      const problem =
        reply.status !== 200
          ? `answered ${reply.status}: ${JSON.stringify(reply.body).slice(0, 300)}`
          : expected
            ? differences(figuresOfReply(reply.body), expected)
            : 'no baseline';
      results.push({
        case: c.name,
        path,
        ...(await measure(
          { url, headers: { cookie }, connections: 1, durationSeconds: seconds, warmupSeconds: 1 },
          problem ? [`pre-flight ${c.name}: ${problem}`] : [],
        )),
      });
    } catch (err) {
      results.push({
        case: c.name,
        path,
        ...notRun({ connections: 1, durationSeconds: seconds }, [`pre-flight ${c.name}: ${String(err)}`]),
      });
    }
  }
  const table = results.map((r) => {
    const b = statisticsBaselines.get(r.case);
    const ratio = (api: number, bare: number | undefined) => (bare && bare > 0 ? round(api / bare, 2) : null);
    return {
      case: r.case,
      path: r.path,
      ok: r.ok,
      source: b?.source ?? null,
      api: {
        requests: r.requests.total,
        p50: r.latencyMs.p50,
        p95: r.latencyMs.p95,
        p99: r.latencyMs.p99,
        mean: r.latencyMs.mean,
      },
      bare: b ? summarize(b.bare) : null,
      handler: b ? summarize(b.handler) : null,
      // What session, scope, service, serialization and HTTP add to the module's own SQL.
      ratio: { p50: ratio(r.latencyMs.p50, b?.bare.latencyMs.p50), p95: ratio(r.latencyMs.p95, b?.bare.latencyMs.p95) },
      figures: b?.expected ?? null,
    };
  });
  const first = results[0]!;
  return {
    ...first,
    ok: results.every((r) => r.ok),
    problems: results.flatMap((r) => r.problems),
    data: generation ?? null,
    cases: table,
    target: {
      what: `p95 <= ${TARGET_P95_MS} ms with one connection, and API / bare SQL <= ${TARGET_RATIO} (p50 and p95)`,
      cases: table.map((t) => ({
        case: t.case,
        p95Ms: t.api.p95,
        p95Met: t.api.p95 <= TARGET_P95_MS,
        ratioP50: t.ratio.p50,
        ratioP95: t.ratio.p95,
        ratioMet:
          t.ratio.p50 !== null && t.ratio.p95 !== null && t.ratio.p50 <= TARGET_RATIO && t.ratio.p95 <= TARGET_RATIO,
      })),
    },
  } as LoadResult;
}

export const ledgerStatisticsScenario: Scenario = {
  name: 'ledger-statistics',
  summary:
    `GET /api/statistics/summary for ${FROM}..${TO}: ${CASES.map((c) => c.name).join(', ')}; 1 connection each, ` +
    `over the generated ledger (10M records on PostgreSQL, 1M on PGlite)`,

  async prepare({ database }: DatabaseContext) {
    const scale = scaleFor(database.kind);
    const g = await seedLedger(database, scale, say);
    const count = await sql<{ n: string }>`select count(*)::text as n from aid_records`.execute(database.db);
    generation = { ...g, records: Number(count.rows[0]?.n ?? 0) };
    say(
      `ledger-statistics: ${generation.records.toLocaleString('en')} records; generation took ${g.totalSeconds} s${g.generatedNow ? '' : ' (in an earlier run)'}`,
    );
  },

  async baseline({ database, config }) {
    const { db } = database;
    for (const c of CASES) {
      const { token, actor } = await sessionFor(db, config, c.username);
      const query = { region: c.region, from: FROM, to: TO };
      const scope = await resolveScope(db, actor, query);
      const queries = await captured(db, (d) => summaryOf(d, scope));
      const summary = await summaryOf(db, scope);
      const expected = await rawFigures(db, c.region);
      const got = figuresOfReply(summary);
      const mismatch = differences(got, expected);
      // The service sends its queries side by side (Promise.all): replayed the same way.
      const replay = () =>
        Promise.all(queries.map((q) => db.executeQuery(CompiledQuery.raw(q.sql, [...q.parameters]))));
      statisticsBaselines.set(c.name, {
        expected,
        source: summary.source,
        bare: {
          what: `the ${queries.length} queries summaryOf sends (statistics/*-queries.ts), replayed bare`,
          ...(await timed(replay, BARE_SECONDS)),
        },
        handler: {
          what: 'resolveSession + resolveScope + summaryOf (statistics/service.ts)',
          ...(await timed(async () => {
            await resolveSession(db, config, token);
            await summaryOf(db, await resolveScope(db, actor, query));
          }, HANDLER_SECONDS)),
        },
        plans: await explain(db, queries),
        ...(mismatch ? { mismatch } : {}),
      });
      if (mismatch) say(`ledger-statistics: ${c.name}: the summary differs from the records: ${mismatch}`);
    }
    const first = statisticsBaselines.get(CASES[0]!.name)!;
    const baseline: Baseline = {
      ...first.bare,
      what: "bare SQL: the statistics module's own queries for the summary, as summaryOf sends them, no HTTP; top level: the province as cq_mz",
      data: generation ?? null,
      cases: Object.fromEntries(statisticsBaselines.entries()),
    };
    return baseline;
  },

  run: ({ baseUrl, durationSeconds }) => runStatistics(baseUrl, durationSeconds),
};

// ---- ledger-import ----

const IMPORT_ROWS = 100_000;
const TARGET_IMPORT_SECONDS = 30;
const TARGET_IMPORT_MB = 300;
/** Longer than this and the job is given up on (the scenario fails, the server goes on). */
const IMPORT_TIMEOUT_MS = 10 * 60_000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let workbook: (GeneratedWorkbook & { file: string; bytes: number; seconds: number; places: string[] }) | undefined;

/** The server under test: the child of this process running lib/server-child.ts (found in /proc, Linux only). */
function serverPid(): number | undefined {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('server-child.ts')) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

/** VmRSS and VmHWM (peak) of a process, in MiB. */
function memoryOf(pid: number): { rssMB: number; peakMB: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMB: round(kb('VmRSS') / 1024, 1), peakMB: round(kb('VmHWM') / 1024, 1) };
  } catch {
    return undefined;
  }
}

/** Resets the kernel's peak-RSS mark of a process (clear_refs 5), so VmHWM measures from now on. */
function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Four villages of 巫溪县 no earlier run of this scenario used: the same content twice would be refused as a duplicate. */
async function freshPlaces(db: Kysely<DB>): Promise<string[]> {
  const villages = (
    await db
      .selectFrom('regions')
      .select('code')
      .where('parent_code', 'like', '500238%')
      .where('level', '=', 5)
      .orderBy('code')
      .execute()
  ).map((r) => r.code);
  const runs = await sql<{ n: string }>`
    select count(distinct import_job_id)::text as n from aid_records where import_job_id is not null and county_code = '500238'`.execute(
    db,
  );
  const k = Number(runs.rows[0]?.n ?? 0);
  if (villages.length < 4) throw new Error('the villages of 巫溪县 are not loaded');
  return [0, 1, 2, 3].map((i) => villages[(4 * k + i) % villages.length]!);
}

function importResult(problems: string[], seconds: number, extra: Record<string, unknown>): LoadResult {
  return {
    ...notRun({ connections: 1, durationSeconds: round(seconds, 2) }, problems),
    ok: problems.length === 0,
    durationSeconds: round(seconds, 2),
    requests: { total: 1, perSecond: seconds > 0 ? round(1 / seconds, 3) : 0 },
    latencyMs: percentiles([seconds * 1000]),
    ...extra,
  };
}

async function runImport(baseUrl: string): Promise<LoadResult> {
  if (!workbook) return notRun({ connections: 1, durationSeconds: 0 }, ['the workbook was not generated']);
  const problems: string[] = [];
  const pid = serverPid();
  const { cookie, reply } = await login(baseUrl, 'org_admin', DEMO_PASSWORD);
  const headers = { cookie, 'x-csrf-token': String(pick(reply.body, 'csrfToken')) };
  const peakReset = pid !== undefined && resetPeak(pid);
  const before = pid !== undefined ? memoryOf(pid) : undefined;
  let sampledPeak = before?.rssMB ?? 0;
  const sampler = setInterval(() => {
    const m = pid !== undefined ? memoryOf(pid) : undefined;
    if (m) sampledPeak = Math.max(sampledPeak, m.rssMB);
  }, 100);
  const started = performance.now();
  try {
    const form = new FormData();
    form.append('file', await fs.openAsBlob(workbook.file, { type: XLSX }), 'bench-aid-records.xlsx');
    const upload = await fetch(`${baseUrl}/api/aid-imports`, {
      method: 'POST',
      headers,
      body: form,
      signal: AbortSignal.timeout(120_000),
    });
    const uploadSeconds = (performance.now() - started) / 1000;
    const answer = (await upload.json()) as unknown;
    const jobId = pick(answer, 'jobId');
    if (upload.status !== 202 || typeof jobId !== 'string') {
      return importResult(
        [`upload answered ${upload.status}: ${JSON.stringify(answer).slice(0, 300)}`],
        uploadSeconds,
        {},
      );
    }
    let job: unknown;
    const polled: { atSeconds: number; status: unknown; progress: unknown }[] = [];
    // The server may be slow to answer while it imports (on PGlite the database shares its thread): a poll waits.
    let slowestPollMs = 0;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const asked = performance.now();
      const res = await fetch(`${baseUrl}/api/jobs/${jobId}`, {
        headers: { cookie },
        signal: AbortSignal.timeout(IMPORT_TIMEOUT_MS),
      });
      job = (await res.json()) as unknown;
      slowestPollMs = Math.max(slowestPollMs, performance.now() - asked);
      const status = pick(job, 'status');
      const at = round((performance.now() - started) / 1000, 1);
      if (polled.length === 0 || at - polled[polled.length - 1]!.atSeconds >= 5)
        polled.push({ atSeconds: at, status, progress: pick(job, 'progress') });
      if (status === 'succeeded' || status === 'failed') break;
      if (performance.now() - started > IMPORT_TIMEOUT_MS) {
        problems.push(`the job was still ${String(status)} after ${IMPORT_TIMEOUT_MS / 60_000} minutes`);
        break;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const after = pid !== undefined ? memoryOf(pid) : undefined;
    const result = pick(job, 'result');
    if (pick(job, 'status') !== 'succeeded')
      problems.push(
        `the job ended ${String(pick(job, 'status'))}: ${JSON.stringify(pick(job, 'error')).slice(0, 300)}`,
      );
    else if (pick(result, 'saved') !== IMPORT_ROWS)
      problems.push(
        `saved ${String(pick(result, 'saved'))} of ${IMPORT_ROWS} (bad rows ${String(pick(result, 'badRows'))}: ${JSON.stringify(pick(result, 'errors')).slice(0, 300)})`,
      );
    else if (pick(result, 'savedAmountFen') !== workbook.amountFen)
      problems.push(`saved ${String(pick(result, 'savedAmountFen'))} fen, the workbook holds ${workbook.amountFen}`);
    if (pid === undefined) problems.push('the server process was not found: no memory figures');
    const peakMB = peakReset ? (after?.peakMB ?? null) : null;
    return importResult(problems, seconds, {
      import: {
        rows: IMPORT_ROWS,
        fileBytes: workbook.bytes,
        workbookSeconds: workbook.seconds,
        places: workbook.places,
        uploadSeconds: round(uploadSeconds, 2),
        seconds: round(seconds, 2),
        result,
        polled,
        slowestPollMs: round(slowestPollMs, 1),
        serverPid: pid ?? null,
        rssBeforeMB: before?.rssMB ?? null,
        rssAfterMB: after?.rssMB ?? null,
        // VmHWM after resetting it just before the upload: the kernel's own peak, every page counted.
        peakRssMB: peakMB,
        sampledPeakRssMB: round(sampledPeak, 1),
        note: 'the server process only: on PGlite the database lives in it and counts; on PostgreSQL its backends do not',
      },
      target: {
        what: `${IMPORT_ROWS.toLocaleString('en')} records in <= ${TARGET_IMPORT_SECONDS} s with the server's peak RSS <= ${TARGET_IMPORT_MB} MB`,
        seconds: round(seconds, 2),
        secondsMet: seconds <= TARGET_IMPORT_SECONDS,
        peakRssMB: peakMB ?? round(sampledPeak, 1),
        memoryMet: (peakMB ?? sampledPeak) <= TARGET_IMPORT_MB,
      },
    });
  } catch (err) {
    return importResult([String(err)], (performance.now() - started) / 1000, {});
  } finally {
    clearInterval(sampler);
  }
}

export const ledgerImportScenario: Scenario = {
  name: 'ledger-import',
  summary: `POST /api/aid-imports of a ${IMPORT_ROWS.toLocaleString('en')}-row workbook as org_admin, followed to the end of its job; seconds and the server's peak RSS`,

  async prepare({ database }: DatabaseContext) {
    const places = await freshPlaces(database.db);
    const file = path.join(os.tmpdir(), `bangfu-bench-aid-import-${process.pid}.xlsx`);
    const started = performance.now();
    const written = await writeAidWorkbook(file, {
      rows: IMPORT_ROWS,
      places,
      refPrefix: `BENCH${Date.now().toString(36).toUpperCase()}`,
    });
    workbook = {
      ...written,
      file,
      bytes: fs.statSync(file).size,
      seconds: round((performance.now() - started) / 1000, 1),
      places,
    };
    say(
      `ledger-import: workbook of ${IMPORT_ROWS.toLocaleString('en')} rows, ${(workbook.bytes / 2 ** 20).toFixed(1)} MiB, written in ${workbook.seconds} s`,
    );
  },

  async run({ baseUrl }) {
    try {
      return await runImport(baseUrl);
    } finally {
      if (workbook) fs.rmSync(workbook.file, { force: true });
    }
  },
};
