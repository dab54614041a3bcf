// Coverage and the landing checklist at a province's scale (issue 7). `coverage`: a program of Chongqing with 10,000
// designated villages and their counties, 6,000 pairings of 2,000 organizations; `checklist`: 100,000 projects over
// Chongqing. Each request is measured as the municipal official (scope 50) and as a county official (巫溪县), one
// connection (one user's wait), against the module's own SQL run bare in this process, one call at a time.
import {
  CompiledQuery,
  sql,
  type Insertable,
  type Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { withCreditCheckChar } from '../../src/common/credit-code.ts';
import { chinaToday, type OrganizationForm } from '../../src/common/glossary.ts';
import type { PairingStatus, ProjectStatus } from '../../src/common/projects.ts';
import type { DB } from '../../src/server/db/types.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/seed.ts';
import {
  areasPage,
  countsByKind,
  coveringPairings,
  pairingCounts,
  type CoverageScope,
} from '../../src/server/modules/coverage/queries.ts';
import { getAreas, getSummary } from '../../src/server/modules/coverage/service.ts';
import { listChecklist } from '../../src/server/modules/projects/checklist.ts';
import { nameColumns } from '../../src/server/modules/organizations/names.ts';
import { regionScope, type Actor } from '../../src/server/platform/access.ts';
import { resolveSession } from '../../src/server/platform/sessions.ts';
import { sessionFor } from '../lib/db.ts';
import { login, pick, request } from '../lib/http.ts';
import { measure, notRun, type LoadResult } from '../lib/load.ts';
import { round, timeLoop, type TimedLoop } from '../lib/stats.ts';
import type { Baseline, DatabaseContext, Scenario } from '../lib/types.ts';

const ORGANIZATIONS = 2_000;
const DESIGNATED_VILLAGES = 10_000;
const PAIRINGS = 6_000;
const PROJECTS = 100_000;
/** Rows per INSERT statement (under PostgreSQL's 65,535 parameters at the widest row). */
const BATCH = 2_000;
const LIMIT = 50;
const PROGRAM_SLUG = 'bench-coverage';
const PROJECT_SUMMARY = '（基准测试生成的项目）';
/** The 9th character of the generated organizations' credit codes (the demo's is M, org-search's B). */
const CODE_MARK = 'Q';
/** The issue's target for the summary and the checklist page on PGlite, one connection. */
const TARGET_P95_MS = 50;
/** Past this p95, a query's plan is printed into the report (baseline.plans[].text). */
const SLOW_MS = 100;
const BARE_SECONDS = 4;
const HANDLER_SECONDS = 3;
const LOAD_SECONDS = 5;

/** The municipal civil-affairs official (scope 50) and 巫溪县's official (500238). */
const USERS = [{ username: 'cq_mz' }, { username: 'wuxi_xczx' }] as const;
type Username = (typeof USERS)[number]['username'];

/** Counties paired as a whole (seed 004: one organization for several counties); 巫溪县 is left to its townships. */
const WHOLE_COUNTIES = ['500229', '500243', '500242'];
/** Provinces of counterpart (east-west) organizations: Shandong pairs with Chongqing (seed 000). */
const OTHER_PROVINCES = ['37', '37', '11', '44'];

// ---- Deterministic data ----

/** A small deterministic generator: the same data on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Next = () => number;
const pickOf = <T>(next: Next, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const between = (next: Next, low: number, high: number) => low + Math.floor(next() * (high - low + 1));

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A status by cumulative weights in per mille. */
function weighted<T>(next: Next, table: readonly (readonly [T, number])[]): T {
  const r = next() * 1000;
  let sum = 0;
  for (const [value, weight] of table) {
    sum += weight;
    if (r < sum) return value;
  }
  return table[table.length - 1]![0];
}

async function fieldCodes(db: Kysely<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom('key_fields')
    .select('code')
    .where('retired_at', 'is', null)
    .orderBy('code')
    .execute();
  if (rows.length === 0) throw new Error('no key fields loaded');
  return rows.map((r) => r.code);
}

async function codesAt(db: Kysely<DB>, level: number): Promise<{ code: string; name: string }[]> {
  const rows = await db
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('level', '=', level)
    .where('code', 'like', '50%')
    .where('name', '<>', '县')
    .orderBy('code')
    .execute();
  if (rows.length === 0) throw new Error(`Chongqing's regions of level ${level} are not loaded`);
  return rows;
}

interface BenchOrganization {
  id: number;
  counterpart: boolean;
}

const SYLLABLES = [
  '阳光',
  '春雨',
  '山花',
  '乡村',
  '同心',
  '仁爱',
  '助学',
  '青年',
  '巾帼',
  '爱心',
  '绿色',
  '星火',
  '明德',
  '善行',
];
const ENDINGS: Record<OrganizationForm, string> = {
  association: '促进会',
  foundation: '基金会',
  service_agency: '社会工作服务中心',
};
const FORMS: OrganizationForm[] = ['association', 'foundation', 'service_agency'];
const TYPE_DIGIT: Record<OrganizationForm, string> = { association: '1', service_agency: '2', foundation: '3' };

/** The 2,000 approved organizations both scenarios use (one in seven registered outside Chongqing), made once. */
async function benchOrganizations(db: Kysely<DB>): Promise<BenchOrganization[]> {
  const existing = await db
    .selectFrom('organizations')
    .select(['id', 'registration_region_code'])
    .where('credit_code', 'like', `________${CODE_MARK}%`)
    .orderBy('id')
    .execute();
  if (existing.length > 0)
    return existing.map((o) => ({ id: o.id, counterpart: !o.registration_region_code?.startsWith('50') }));

  const counties = await codesAt(db, 3);
  const provinces = new Map(
    (await db.selectFrom('regions').select(['code', 'name']).where('level', '=', 1).execute()).map((r) => [
      r.code,
      r.name,
    ]),
  );
  const next = random(20261107);
  const rows = [];
  for (let i = 0; i < ORGANIZATIONS; i++) {
    const form = pickOf(next, FORMS);
    const r = next();
    const [region, place] =
      r < 0.15
        ? ((p) => [p, provinces.get(p) ?? p])(pickOf(next, OTHER_PROVINCES))
        : r < 0.4
          ? ['50', '重庆市']
          : ((c) => [c.code, c.name])(pickOf(next, counties));
    const name = `${place}${pickOf(next, SYLLABLES)}${pickOf(next, SYLLABLES)}${ENDINGS[form]}（基准${i}）`;
    rows.push({
      ...nameColumns(name),
      credit_code: withCreditCheckChar(
        `5${TYPE_DIGIT[form]}${region.padEnd(6, '0')}${CODE_MARK}${String(i).padStart(8, '0')}`,
      ),
      form,
      registration_level: region.length === 2 ? ('provincial' as const) : ('county' as const),
      registration_region_code: region,
      status: 'approved' as const,
      offers: '[]',
      submitted_at: new Date(Date.UTC(2023, 0, 1) + i * 3_600_000),
      reviewed_at: new Date(Date.UTC(2023, 0, 2) + i * 3_600_000),
    });
  }
  const ids = await db.insertInto('organizations').values(rows).returning(['id', 'registration_region_code']).execute();
  return ids.map((o) => ({ id: o.id, counterpart: !o.registration_region_code?.startsWith('50') }));
}

// ---- coverage: designations and pairings ----

async function benchProgramId(db: Kysely<DB>): Promise<number | undefined> {
  return (await db.selectFrom('programs').select('id').where('slug', '=', PROGRAM_SLUG).executeTakeFirst())?.id;
}

const PAIRING_STATUSES: readonly (readonly [PairingStatus, number])[] = [
  ['confirmed', 600],
  ['pending', 120],
  ['ended', 130],
  ['returned', 80],
  ['withdrawn', 70],
];

async function seedCoverage(db: Kysely<DB>, log: (m: string) => void): Promise<void> {
  if ((await benchProgramId(db)) !== undefined) return;
  const today = chinaToday();
  const organizations = await benchOrganizations(db);
  const fields = await fieldCodes(db);
  const townships = await codesAt(db, 4);
  const villages = await codesAt(db, 5);
  const next = random(20261108);
  // Pairings reach six townships in ten (and their villages); the rest of Chongqing stays unpaired but for the
  // counties paired as a whole, so that every state has rows in every scope.
  const active = new Set(townships.filter(() => next() < 0.6).map((t) => t.code));
  const activeTownships = [...active];
  const activeVillages = villages.filter((v) => active.has(v.code.slice(0, 9))).map((v) => v.code);

  const program = await db
    .insertInto('programs')
    .values({
      slug: PROGRAM_SLUG,
      name: '重庆市社会组织结对帮扶（基准测试）',
      kind: 'rural_revitalization',
      region_code: '50',
      department_name: '重庆市民政局',
      start_year: 2021,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Every Chongqing village up to 10,000 (a fixed pseudo-random choice), then the counties they lie in.
  await sql`
    insert into designations (program_id, region_code, kind)
    select ${program.id}, code, 'designated_village' from regions
    where level = 5 and code like '50%' order by md5(code) limit ${sql.lit(DESIGNATED_VILLAGES)}`.execute(db);
  await sql`
    insert into designations (program_id, region_code, kind)
    select distinct ${program.id}::bigint, substr(region_code, 1, 6), 'key_county_national' from designations
    where program_id = ${program.id} and kind = 'designated_village'`.execute(db);

  for (let start = 0; start < PAIRINGS; start += BATCH) {
    const rows: Insertable<DB['pairings']>[] = [];
    const extras: { places: string[]; members: number[] }[] = [];
    for (let i = start; i < Math.min(start + BATCH, PAIRINGS); i++) {
      const org = organizations[Math.floor(next() * organizations.length)]!;
      const status = weighted(next, PAIRING_STATUSES);
      // Three in four current (started within two years, ending within three), the rest over before today.
      const current = next() < 0.75;
      const startDate = current ? addDays(today, -between(next, 1, 730)) : addDays(today, -between(next, 800, 1800));
      const endDate = current ? addDays(today, between(next, 1, 1095)) : addDays(startDate, between(next, 180, 720));
      const placeCount = between(next, 1, 3);
      const places = new Set<string>();
      for (let k = 0; k < placeCount; k++) {
        const r = next();
        places.add(
          r < 0.03
            ? pickOf(next, WHOLE_COUNTIES)
            : r < 0.25
              ? pickOf(next, activeTownships)
              : pickOf(next, activeVillages),
        );
      }
      const members =
        next() < 0.05
          ? [...new Set([pickOf(next, organizations).id, pickOf(next, organizations).id])].filter((id) => id !== org.id)
          : [];
      const ended = status === 'ended';
      rows.push({
        program_id: program.id,
        organization_id: org.id,
        title: `结对帮扶协议（基准 ${i + 1}）`,
        start_date: startDate,
        end_date: endDate,
        field_codes: [pickOf(next, fields)],
        amount_fen: between(next, 10, 500) * 1_000_000,
        people: between(next, 1, 30),
        commitments: '产业、教育和人才帮扶，每年走访不少于四次',
        is_counterpart: org.counterpart,
        status,
        status_reason: ended ? '协议期内目标已完成' : status === 'returned' ? '协议文本缺少盖章页' : null,
        ended_by_side: ended ? ('department' as const) : null,
        confirmed_at: status === 'confirmed' || ended ? new Date(`${startDate}T02:00:00Z`) : null,
        ended_at: ended ? new Date() : null,
      });
      extras.push({ places: [...places], members });
    }
    await db.transaction().execute(async (trx) => {
      const ids = await trx.insertInto('pairings').values(rows).returning('id').execute();
      await trx
        .insertInto('pairing_places')
        .values(ids.flatMap((row, k) => extras[k]!.places.map((code) => ({ pairing_id: row.id, region_code: code }))))
        .execute();
      const members = ids.flatMap((row, k) =>
        extras[k]!.members.map((id) => ({ pairing_id: row.id, organization_id: id })),
      );
      if (members.length > 0) await trx.insertInto('pairing_members').values(members).execute();
    });
  }
  log(
    `coverage: ${DESIGNATED_VILLAGES.toLocaleString('en')} designated villages and their counties, ${PAIRINGS.toLocaleString('en')} pairings`,
  );
}

// ---- checklist: projects ----

const PROJECT_STATUSES: readonly (readonly [ProjectStatus, number])[] = [
  ['planned', 150],
  ['signing', 50],
  ['signed', 300],
  ['landed', 120],
  ['in_progress', 180],
  ['completed', 100],
  ['closed', 70],
  ['cancelled', 30],
];
const GRACE_DAYS = 30;
const LATER = new Set<ProjectStatus>(['landed', 'in_progress', 'completed', 'closed']);

async function seedProjects(db: Kysely<DB>, log: (m: string) => void): Promise<void> {
  const seeded = await db
    .selectFrom('projects')
    .select('id')
    .where('summary', '=', PROJECT_SUMMARY)
    .limit(1)
    .executeTakeFirst();
  if (seeded) return;
  const today = chinaToday();
  const organizations = await benchOrganizations(db);
  const fields = await fieldCodes(db);
  const counties = (await codesAt(db, 3)).map((c) => c.code);
  const townships = (await codesAt(db, 4)).map((c) => c.code);
  const villages = (await codesAt(db, 5)).map((c) => c.code);
  const official = await db
    .selectFrom('accounts')
    .select('id')
    .where('username_key', '=', 'wuxi_xczx')
    .executeTakeFirst();
  const next = random(20261109);
  const started = Date.now();
  for (let start = 0; start < PROJECTS; start += BATCH) {
    const rows: Insertable<DB['projects']>[] = [];
    const extras: { places: string[]; followUp: boolean }[] = [];
    for (let i = start; i < Math.min(start + BATCH, PROJECTS); i++) {
      const status = weighted(next, PROJECT_STATUSES);
      // Signed ones start from three months ago to half a year ahead, so one in five is past its landing due date;
      // later ones started in the last three years; planned and cancelled ones in the coming year.
      const plannedStart =
        status === 'signed'
          ? addDays(today, between(next, -90, 180))
          : LATER.has(status)
            ? addDays(today, -between(next, 40, 1100))
            : addDays(today, between(next, 10, 365));
      const signed = status === 'signed' || LATER.has(status);
      const landingDue = signed ? addDays(plannedStart, GRACE_DAYS) : null;
      const landedOn = LATER.has(status) ? addDays(plannedStart, between(next, 0, GRACE_DAYS)) : null;
      const overdue = status === 'signed' && landingDue !== null && landingDue < today;
      const placeCount = next() < 0.7 ? 1 : 2;
      const places = new Set<string>();
      for (let k = 0; k < placeCount; k++) {
        const r = next();
        places.add(r < 0.1 ? pickOf(next, counties) : r < 0.35 ? pickOf(next, townships) : pickOf(next, villages));
      }
      rows.push({
        organization_id: pickOf(next, organizations).id,
        name: `${pickOf(next, SYLLABLES)}帮扶项目（基准 ${i + 1}）`,
        summary: PROJECT_SUMMARY,
        field_codes: [pickOf(next, fields)],
        target_persons: between(next, 10, 2000),
        target_households: between(next, 5, 500),
        budget_fen: between(next, 1, 2000) * 100_000,
        planned_start: plannedStart,
        planned_end: addDays(plannedStart, between(next, 90, 720)),
        status,
        status_reason: status === 'cancelled' ? '资金未到位' : null,
        signed_with: signed ? '村民委员会' : null,
        signed_on: signed ? addDays(plannedStart, -between(next, 5, 60)) : null,
        landing_due: landingDue,
        landed_on: landedOn,
        completed_on: status === 'completed' || status === 'closed' ? addDays(landedOn!, between(next, 30, 300)) : null,
        // Already announced by the landing sweep, as it would have been the day after the due date.
        overdue_notified_at: overdue ? new Date(`${addDays(landingDue, 1)}T01:00:00Z`) : null,
      });
      extras.push({ places: [...places], followUp: signed && next() < 0.25 });
    }
    await db.transaction().execute(async (trx) => {
      const ids = await trx.insertInto('projects').values(rows).returning(['id', 'budget_fen']).execute();
      await trx
        .insertInto('project_places')
        .values(ids.flatMap((row, k) => extras[k]!.places.map((code) => ({ project_id: row.id, region_code: code }))))
        .execute();
      await trx
        .insertInto('project_budget_lines')
        .values(ids.map((row) => ({ project_id: row.id, source: 'own_funds' as const, amount_fen: row.budget_fen })))
        .execute();
      const followUps = ids
        .filter((_, k) => extras[k]!.followUp)
        .map((row) => ({
          project_id: row.id,
          action: 'follow_up' as const,
          note: '已电话联系组织负责人，确认落地进度',
          actor_account_id: official?.id ?? null,
        }));
      if (followUps.length > 0) await trx.insertInto('project_events').values(followUps).execute();
    });
    // The foreign-key checks keep the plan made when \`projects\` was nearly empty (a sequential scan) until its
    // statistics change: without this each batch takes longer than the last (10 minutes for 100,000 on PGlite).
    const batches = (start + BATCH) / BATCH;
    if ((batches & (batches - 1)) === 0) await sql`analyze projects`.execute(db);
    if ((start + BATCH) % 20_000 === 0)
      log(
        `checklist: projects ${(start + BATCH).toLocaleString('en')} of ${PROJECTS.toLocaleString('en')} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
  }
}

/**
 * Statistics and the visibility map after the bulk insert, whatever --analyze says: the server analyzes at its start,
 * so without this the bare SQL measured before it would run on other plans than the API.
 */
async function settle(db: Kysely<DB>, tables: string[]): Promise<void> {
  await sql`vacuum (analyze) ${sql.raw(tables.join(', '))}`.execute(db);
  await sql`checkpoint`.execute(db).catch(() => undefined);
}

// ---- Measuring ----

/** Records every query a function sends, with its parameters: for EXPLAIN, and to replay a module's own SQL. */
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
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, visit: (n: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** EXPLAIN ANALYZE of each query: what reads which table how often, the database's time, the text plan when slow. */
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
        reads.push(
          `${n['Node Type']} ${n['Index Name'] ?? n['Relation Name']}${(n['Actual Loops'] ?? 1) > 1 ? ` ×${n['Actual Loops']}` : ''}`,
        );
    });
    const executionMs = round(plan[0]!['Execution Time']);
    let text: string[] | undefined;
    if (executionMs > SLOW_MS) {
      const rows = await db.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain (analyze, buffers) ${q.sql}`, [...q.parameters]),
      );
      text = rows.rows.map((r) => r['QUERY PLAN']).slice(0, 80);
    }
    out.push({ sql: oneLine(q.sql).slice(0, 400), executionMs, reads, ...(text ? { text } : {}) });
  }
  return out;
}

const replay = (db: Kysely<DB>, queries: CompiledQuery[]) => async () => {
  for (const q of queries) await db.executeQuery(CompiledQuery.raw(q.sql, [...q.parameters]));
};

/** One request of a scenario, as one user: its URL, the check of its answer, and how to run it without HTTP. */
interface Case {
  name: string;
  username: Username;
  path: string;
  check(body: unknown): string | undefined;
}

interface CaseBaseline {
  bare: TimedLoop & { what: string };
  handler: TimedLoop & { what: string };
  plans: Awaited<ReturnType<typeof explain>>;
  [more: string]: unknown;
}

/** Times `fn` for about `seconds`, and at least three times however slow it is (one untimed call first). */
async function timed(fn: () => Promise<unknown>, seconds: number): Promise<TimedLoop> {
  const start = performance.now();
  await fn();
  const once = (performance.now() - start) / 1000;
  return timeLoop(fn, { iterations: 2000, warmup: 1, maxSeconds: Math.max(seconds, 4.5 * once) });
}

/** Requests slower than this get a longer measured run, so that a few of them complete in it. */
const SLOW_REQUEST_MS = 500;
const MAX_LOAD_SECONDS = 30;

/** Bare results by case name, kept from the baseline for run() (both run in this process); one map per scenario. */
type Baselines = Map<string, CaseBaseline>;
const coverageBaselines: Baselines = new Map();
const checklistBaselines: Baselines = new Map();

function summarize(t: TimedLoop) {
  return { iterations: t.iterations, p50: t.latencyMs.p50, p95: t.latencyMs.p95, mean: t.latencyMs.mean };
}

/** Logs in as each user once, checks each case's answer by hand, then measures each with one connection. */
async function runCases(
  baseUrl: string,
  cases: Case[],
  bareByCase: Baselines,
  durationSeconds: number | undefined,
  targetCases: string[],
): Promise<LoadResult> {
  const seconds = durationSeconds ?? LOAD_SECONDS;
  const cookies = new Map<Username, string>();
  const results: (LoadResult & { case: string; path: string })[] = [];
  const problems: string[] = [];
  for (const c of cases) {
    try {
      let cookie = cookies.get(c.username);
      if (!cookie) {
        cookie = (await login(baseUrl, c.username, DEMO_PASSWORD)).cookie;
        cookies.set(c.username, cookie);
      }
      const url = `${baseUrl}${c.path}`;
      const sent = performance.now();
      const reply = await request(url, { headers: { cookie } });
      const tookMs = performance.now() - sent;
      const problem =
        reply.status !== 200
          ? `answered ${reply.status}: ${JSON.stringify(reply.body).slice(0, 300)}`
          : c.check(reply.body);
      // A request of seconds would not finish inside a short run (autocannon drops what is in flight at its end).
      const slow = tookMs > SLOW_REQUEST_MS;
      const duration = slow ? Math.min(MAX_LOAD_SECONDS, Math.max(seconds, Math.ceil((tookMs * 4) / 1000))) : seconds;
      const result = await measure(
        { url, headers: { cookie }, connections: 1, durationSeconds: duration, warmupSeconds: slow ? 0 : 1 },
        problem ? [`pre-flight ${c.name}: ${problem}`] : [],
      );
      results.push({ case: c.name, path: c.path, ...result });
    } catch (err) {
      results.push({
        case: c.name,
        path: c.path,
        ...notRun({ connections: 1, durationSeconds: seconds }, [`pre-flight ${c.name}: ${String(err)}`]),
      });
    }
  }
  const table = results.map((r) => {
    const bare = bareByCase.get(r.case)?.bare;
    const ratio = (api: number, b: number | undefined) => (b && b > 0 ? round(api / b, 2) : null);
    return {
      case: r.case,
      path: r.path,
      ok: r.ok,
      api: {
        requests: r.requests.total,
        p50: r.latencyMs.p50,
        p95: r.latencyMs.p95,
        p99: r.latencyMs.p99,
        mean: r.latencyMs.mean,
      },
      bare: bare ? summarize(bare) : null,
      handler: (() => {
        const h = bareByCase.get(r.case)?.handler;
        return h ? summarize(h) : null;
      })(),
      // API latency over the bare SQL's: what session, service, mapping and HTTP add to the module's queries.
      ratio: { p50: ratio(r.latencyMs.p50, bare?.latencyMs.p50), p95: ratio(r.latencyMs.p95, bare?.latencyMs.p95) },
      slow: r.latencyMs.p95 > SLOW_MS,
    };
  });
  for (const r of results) problems.push(...r.problems);
  const first = results[0]!;
  return {
    ...first,
    ok: results.every((r) => r.ok),
    problems,
    cases: table,
    target: {
      what: `p95 <= ${TARGET_P95_MS} ms with one connection on PGlite for ${targetCases.join(', ')} (stated, not enforced)`,
      cases: table
        .filter((t) => targetCases.includes(t.case))
        .map((t) => ({ case: t.case, p95Ms: t.api.p95, met: t.api.p95 <= TARGET_P95_MS })),
    },
  } as LoadResult;
}

// ---- coverage ----

let coverageProgram: number | undefined;

function coverageCases(programId: number): Case[] {
  const summary = (username: Username): Case => ({
    name: `summary as ${username}`,
    username,
    path: `/api/coverage?programId=${programId}`,
    check(body) {
      const kinds = pick(body, 'kinds');
      if (!Array.isArray(kinds) || kinds.length === 0) return 'no kinds in the summary';
      const villages = (kinds as { kind: string; total: number }[]).find((k) => k.kind === 'designated_village');
      return villages && villages.total > 0 ? undefined : 'no designated villages counted';
    },
  });
  const unpaired = (username: Username): Case => ({
    name: `unpaired areas as ${username}`,
    username,
    path: `/api/coverage/areas?programId=${programId}&state=unpaired&limit=${LIMIT}`,
    check(body) {
      const items = pick(body, 'items');
      if (!Array.isArray(items) || items.length !== LIMIT)
        return `${Array.isArray(items) ? items.length : 'no'} items, not ${LIMIT}`;
      return (items as { state: string }[]).every((i) => i.state === 'unpaired')
        ? undefined
        : 'an item is not unpaired';
    },
  });
  return USERS.flatMap((u) => [summary(u.username), unpaired(u.username)]);
}

function coverageScope(actor: Actor, programId: number, today: string): CoverageScope {
  return { programId, asOf: today, area: regionScope(actor) };
}

export const coverageScenario: Scenario = {
  name: 'coverage',
  summary:
    `GET /api/coverage (summary) and /api/coverage/areas?state=unpaired&limit=${LIMIT} as ${USERS.map((u) => u.username).join(' and ')}, ` +
    `1 connection each, over ${DESIGNATED_VILLAGES.toLocaleString('en')} designated villages and ${PAIRINGS.toLocaleString('en')} pairings`,

  async prepare({ database }: DatabaseContext) {
    const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
    await seedCoverage(database.db, log);
    await settle(database.db, [
      'organizations',
      'programs',
      'designations',
      'pairings',
      'pairing_places',
      'pairing_members',
    ]);
  },

  async baseline({ database, config }) {
    const { db } = database;
    const programId = await benchProgramId(db);
    if (programId === undefined) throw new Error('the coverage program was not seeded');
    coverageProgram = programId;
    const today = chinaToday();
    const data: Record<string, unknown> = {};
    const bareByCase = coverageBaselines;
    for (const user of USERS) {
      const { token, actor } = await sessionFor(db, config, user.username);
      const scope = coverageScope(actor, programId, today);
      // The summary's two queries, side by side as the service sends them.
      const summaryBare = (d: Kysely<DB>) => Promise.all([countsByKind(d, scope), pairingCounts(d, scope)]);
      // The page and the pairings of its rows (the rest of the reply is region names).
      const areasBare = async (d: Kysely<DB>) => {
        const rows = await areasPage(d, scope, 'unpaired', undefined, LIMIT);
        return coveringPairings(
          d,
          scope,
          rows.slice(0, LIMIT).map((r) => r.id),
        );
      };
      const [kinds, counts] = await summaryBare(db);
      data[user.username] = { kinds, ...counts };
      const summaryName = `summary as ${user.username}`;
      bareByCase.set(summaryName, {
        bare: {
          what: 'countsByKind + pairingCounts (coverage/queries.ts)',
          ...(await timed(() => summaryBare(db), BARE_SECONDS)),
        },
        handler: {
          what: 'resolveSession + getSummary (coverage/service.ts)',
          ...(await timed(async () => {
            await resolveSession(db, config, token);
            await getSummary(db, actor, { programId });
          }, HANDLER_SECONDS)),
        },
        plans: await explain(db, await captured(db, summaryBare)),
      });
      const areasName = `unpaired areas as ${user.username}`;
      bareByCase.set(areasName, {
        bare: {
          what: "areasPage(state 'unpaired') + coveringPairings of the page (coverage/queries.ts)",
          ...(await timed(() => areasBare(db), BARE_SECONDS)),
        },
        handler: {
          what: 'resolveSession + getAreas (coverage/service.ts)',
          ...(await timed(async () => {
            await resolveSession(db, config, token);
            await getAreas(db, actor, { programId, state: 'unpaired', limit: LIMIT });
          }, HANDLER_SECONDS)),
        },
        plans: await explain(db, await captured(db, areasBare)),
      });
    }
    const cases = Object.fromEntries(bareByCase.entries());
    const first = bareByCase.get(`summary as ${USERS[0].username}`)!;
    const baseline: Baseline = {
      ...first.bare,
      what: "bare SQL: the module's own query functions (coverage/queries.ts), one call at a time, no HTTP; top level: the summary as cq_mz",
      data,
      cases,
    };
    return baseline;
  },

  async run({ baseUrl, durationSeconds }) {
    if (coverageProgram === undefined)
      return notRun({ connections: 1, durationSeconds: durationSeconds ?? LOAD_SECONDS }, [
        'the baseline did not find the program',
      ]);
    return runCases(
      baseUrl,
      coverageCases(coverageProgram),
      coverageBaselines,
      durationSeconds,
      USERS.map((u) => `summary as ${u.username}`),
    );
  },
};

// ---- checklist ----

const CHECKLIST_STATES = ['overdue', 'all'] as const;

function checklistCases(): Case[] {
  return USERS.flatMap((u) =>
    CHECKLIST_STATES.map((state) => ({
      name: `${state} as ${u.username}`,
      username: u.username,
      path: `/api/projects/checklist?state=${state}&limit=${LIMIT}`,
      check(body: unknown) {
        const items = pick(body, 'items');
        if (!Array.isArray(items) || items.length !== LIMIT)
          return `${Array.isArray(items) ? items.length : 'no'} items, not ${LIMIT}`;
        if (state === 'overdue' && !(items as { overdue: boolean }[]).every((i) => i.overdue))
          return 'an item is not overdue';
        return undefined;
      },
    })),
  );
}

export const checklistScenario: Scenario = {
  name: 'checklist',
  summary:
    `GET /api/projects/checklist?state=overdue|all&limit=${LIMIT} as ${USERS.map((u) => u.username).join(' and ')}, ` +
    `1 connection each, over ${PROJECTS.toLocaleString('en')} projects`,

  async prepare({ database }: DatabaseContext) {
    const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
    await seedProjects(database.db, log);
    await settle(database.db, [
      'organizations',
      'projects',
      'project_places',
      'project_budget_lines',
      'project_events',
    ]);
  },

  async baseline({ database, config }) {
    const { db } = database;
    const data: Record<string, unknown> = {};
    const bareByCase = checklistBaselines;
    for (const user of USERS) {
      const { token, actor } = await sessionFor(db, config, user.username);
      for (const state of CHECKLIST_STATES) {
        const query = { state, limit: LIMIT };
        // checklist.ts sends the page first and the totals last; between them, the page's names and follow-ups.
        const sent = await captured(db, (d) => listChecklist(d, actor, query));
        const page = sent[0];
        const totals = sent.at(-1);
        if (!page || !totals || sent.length < 2 || !/count\(\*\)/.test(totals.sql))
          throw new Error(`the checklist's queries were not where expected (${sent.length} sent)`);
        const reply = await listChecklist(db, actor, query);
        data[`${state} as ${user.username}`] = { items: reply.items.length, totals: reply.totals };
        bareByCase.set(`${state} as ${user.username}`, {
          bare: {
            what: "the page's and the totals' SQL of projects/checklist.ts, replayed as sent",
            ...(await timed(replay(db, [page, totals]), BARE_SECONDS)),
          },
          page: summarize(await timed(replay(db, [page]), BARE_SECONDS / 2)),
          totals: summarize(await timed(replay(db, [totals]), BARE_SECONDS / 2)),
          handler: {
            what: 'resolveSession + listChecklist (page, summaries, follow-ups, totals)',
            ...(await timed(async () => {
              await resolveSession(db, config, token);
              await listChecklist(db, actor, query);
            }, HANDLER_SECONDS)),
          },
          plans: await explain(db, sent),
        });
      }
    }
    const first = bareByCase.get(`overdue as ${USERS[0].username}`)!;
    const baseline: Baseline = {
      ...first.bare,
      what: "bare SQL: the checklist's page and totals queries (projects/checklist.ts) as the route sends them, one at a time, no HTTP; top level: overdue as cq_mz",
      data,
      cases: Object.fromEntries(bareByCase.entries()),
    };
    return baseline;
  },

  async run({ baseUrl, durationSeconds }) {
    return runCases(
      baseUrl,
      checklistCases(),
      checklistBaselines,
      durationSeconds,
      USERS.map((u) => `overdue as ${u.username}`),
    );
  },
};
