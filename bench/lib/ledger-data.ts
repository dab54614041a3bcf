// Generates the ledger benchmark's data set inside the database: the whole region tree, organizations, households
// and aid records over 2021-2025, by INSERT ... SELECT from generate_series in chunks, so the generator's memory does
// not grow with the data set and the rollup triggers fire once per chunk (as for an import), never per row.
// Deterministic: every draw is a hash of the row number (hashint4), not random(), so every run measures the same data.
//
// What the data looks like: one organization in five is registered in Chongqing, one in eight in an eastern province
// that pairs with the west (its records are counterpart support); each works mostly (80 %) in a home county, in two
// key fields and two kinds of help of its own, the rest anywhere in a province. Places: villages 70 %, townships 20 %,
// counties 10 %; one record in ten of those at home names a household of the home county. Fields, kinds, channels and
// forms are skewed as in a real ledger (education and industry a fifth each; funds a third, materials a fifth...);
// materials carry one item, purchases a channel. Chongqing's records: 35 % under its current program, 10 % under the
// one before. Receipts: 55 % confirmed, 3 % disputed; about 1 % of records are reversals of the giver's previous one.
//
// The hash-chain columns are filled per row from SHA-256 of the row's values; the chains do not verify (`ledger
// verify` would report every record), which costs the statistics nothing. Sequence numbers are exact: record g belongs
// to organization g mod N with seq g / N + 1, so each chain is 1..n without gaps, and its head says n.
import { sql, type Insertable, type Kysely, type RawBuilder } from 'kysely';
import { withCreditCheckChar } from '../../src/common/credit-code.ts';
import type { OrganizationForm } from '../../src/common/glossary.ts';
import { ACTIVITY_TYPES, AID_KINDS, CHAIN_GENESIS, type AidKind } from '../../src/common/ledger.ts';
import type { Database } from '../../src/server/db/kysely.ts';
import type { DB, OrganizationsTable } from '../../src/server/db/types.ts';
import { loadRegions } from '../../src/server/modules/regions/load.ts';
import { nameColumns, textArray } from '../../src/server/modules/organizations/names.ts';

export interface LedgerScale {
  records: number;
  organizations: number;
  households: number;
}

/** Issue 8's data set on PostgreSQL, and the PGlite one a tenth of it. */
export const LEDGER_SCALES: Record<'postgres' | 'pglite', LedgerScale> = {
  postgres: { records: 10_000_000, organizations: 50_000, households: 2_000_000 },
  pglite: { records: 1_000_000, organizations: 5_000, households: 200_000 },
};

/** Where `BENCH_KEEP_LEDGER=1` and bench/generate-ledger.ts keep the data set between runs (.tmp is git-ignored). */
export const KEPT_LEDGER_DATA_DIR = '.tmp/bench-ledger';
export const KEPT_LEDGER_DATABASE = 'bangfu_bench_ledger';

/** Rows per INSERT ... SELECT: memory in the database stays bounded, and the rollups are summed once per chunk. */
const CHUNK = 500_000;
const ORG_BATCH = 1_000;
/** The 9th character of the generated organizations' credit codes (org-search uses B, coverage Q). */
const CODE_MARK = 'L';
/** Western provinces that eastern ones pair with (东西部协作), Chongqing first. */
const WEST = ['50', '50', '50', '50', '51', '52', '53', '45', '62', '63', '64', '65', '54'];
/** Eastern provinces whose organizations give in the west. */
const EAST = ['11', '12', '31', '32', '33', '35', '37', '37', '44'];
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
const TYPE_DIGIT: Record<OrganizationForm, string> = { association: '1', service_agency: '2', foundation: '3' };
/** Shares in percent: a few fields, kinds, channels and forms carry most of the help, as in any real ledger. */
const FIELD_SHARES: [string, number][] = [
  ['education', 20],
  ['industry', 18],
  ['consumption', 12],
  ['medical_aid', 10],
  ['employment', 8],
  ['elderly_care', 7],
  ['disability_aid', 5],
  ['housing', 4],
  ['culture', 3],
  ['volunteering', 3],
  ['child_psychology', 2],
  ['social_work', 2],
  ['ecology', 2],
  ['disaster_relief', 2],
  ['civility', 2],
];
const KIND_SHARES: [AidKind, number][] = [
  ['funds', 35],
  ['materials', 20],
  ['purchase', 15],
  ['activity', 15],
  ['service', 10],
  ['employment', 5],
];
const CHANNEL_SHARES: [string, number][] = [
  ['paired_sale', 35],
  ['online', 30],
  ['market', 15],
  ['fair', 10],
  ['tourism', 5],
  ['labour', 5],
];
const FORM_SHARES: [OrganizationForm, number][] = [
  ['association', 45],
  ['service_agency', 35],
  ['foundation', 20],
];

/** A list in which each value appears as often as its share: a uniform draw from it follows the shares. */
function byShares<T>(shares: readonly [T, number][]): T[] {
  return shares.flatMap(([value, n]) => Array.from({ length: n }, () => value));
}

const FUNDING_SOURCES = ['自有资金', '社会捐赠', '公开募捐', '政府购买服务'];
const ITEMS: [string, string][] = [
  ['书包', '个'],
  ['冬衣', '件'],
  ['大米', '袋'],
  ['图书', '册'],
  ['轮椅', '辆'],
  ['化肥', '袋'],
];
const SUMMARIES: Record<AidKind, string> = {
  funds: '捐赠帮扶资金',
  materials: '捐赠物资',
  purchase: '采购农特产品',
  activity: '开展帮扶活动',
  service: '志愿服务',
  employment: '安排就业',
};

/** Progress kept in the database, so an interrupted generation resumes where it stopped. */
const PROGRESS = 'bench_ledger_progress';
const HELPERS = [
  'bench_ledger_orgs',
  'bench_ledger_places',
  'bench_ledger_cspans',
  'bench_ledger_pspans',
  'bench_ledger_villages',
  'bench_ledger_households',
  'bench_ledger_hspans',
];

export interface LedgerGeneration {
  scale: LedgerScale;
  /** Seconds each phase took when it ran (possibly in an earlier run, for a kept database). */
  seconds: Record<string, number>;
  totalSeconds: number;
  /** False when this call found everything already generated. */
  generatedNow: boolean;
}

type Log = (message: string) => void;

/** A non-negative pseudo-random int of `g` for draw number `salt` (distinct salts: independent draws). */
function h(salt: number, g: RawBuilder<number> = sql<number>`g`): RawBuilder<number> {
  return sql<number>`(hashint4(${g} + ${sql.lit(salt * 1_000_003)}) & 2147483647)`;
}

function pickText(list: readonly string[], salt: number): RawBuilder<string> {
  return sql<string>`(${textArray(list)})[1 + ${h(salt)} % ${sql.lit(list.length)}]`;
}

async function progress(db: Kysely<DB>): Promise<Map<string, { done: number; target: number; seconds: number }>> {
  await sql`create table if not exists ${sql.table(PROGRESS)} (phase text primary key, done bigint not null,
    target bigint not null, seconds double precision not null default 0)`.execute(db);
  const rows = await sql<{ phase: string; done: number; target: number; seconds: number }>`
    select phase, done, target, seconds from ${sql.table(PROGRESS)}`.execute(db);
  return new Map(
    rows.rows.map((r) => [r.phase, { done: Number(r.done), target: Number(r.target), seconds: Number(r.seconds) }]),
  );
}

async function mark(db: Kysely<DB>, phase: string, done: number, target: number, seconds: number): Promise<void> {
  await sql`insert into ${sql.table(PROGRESS)} (phase, done, target, seconds) values (${phase}, ${done}, ${target}, ${seconds})
    on conflict (phase) do update set done = excluded.done, target = excluded.target,
      seconds = ${sql.table(PROGRESS)}.seconds + excluded.seconds`.execute(db);
}

/** What a previous run generated here, or undefined. */
export async function generatedLedger(db: Kysely<DB>): Promise<LedgerScale | undefined> {
  const p = await progress(db);
  const records = p.get('records');
  if (!records || records.done < records.target) return undefined;
  return {
    records: records.target,
    organizations: p.get('organizations')?.target ?? 0,
    households: p.get('households')?.target ?? 0,
  };
}

// ---- Regions ----

/** The village level of every province (the bench boots with Chongqing's only). */
async function regions(database: Database, log: Log): Promise<void> {
  const loaded = await loadRegions(database.db, {
    pglite: database.pglite,
    villageProvinces: 'all',
    levels: [5],
    onProgress: log,
  });
  if (loaded > 0) await sql`analyze regions`.execute(database.db);
  await sql`drop table if exists bench_ledger_places, bench_ledger_cspans, bench_ledger_pspans, bench_ledger_villages`.execute(
    database.db,
  );
  // Places in (province, county, level, code) order, so a county's places of one level and a province's places are
  // each one contiguous range of k: a draw is then one index lookup.
  await sql`
    create table bench_ledger_places as
    select (row_number() over (order by substr(code, 1, 2), substr(code, 1, 6), level, code) - 1)::int as k, code,
      substr(code, 1, 6) as county, substr(code, 1, 2) as province, level
    from regions where level in (3, 4, 5) and name not in ('县', '市辖区')`.execute(database.db);
  await sql`create unique index on bench_ledger_places (k)`.execute(database.db);
  await sql`
    create table bench_ledger_cspans as
    with s as (select county, level, min(k) as first_k, count(*)::int as n from bench_ledger_places group by county, level)
    select c.county, l.level, coalesce(s.first_k, c.first_k) as first_k, coalesce(s.n, c.n) as n
    from (select county, first_k, n from s where level = 3) c
    cross join (values (3), (4), (5)) l (level)
    left join s on s.county = c.county and s.level = l.level`.execute(database.db);
  await sql`create unique index on bench_ledger_cspans (county, level)`.execute(database.db);
  await sql`
    create table bench_ledger_pspans as
    select province, min(k) as first_k, count(*)::int as n from bench_ledger_places group by province`.execute(
    database.db,
  );
  await sql`create unique index on bench_ledger_pspans (province)`.execute(database.db);
  await sql`
    create table bench_ledger_villages as
    select (row_number() over (order by code) - 1)::int as k, code from regions where level = 5`.execute(database.db);
  await sql`create unique index on bench_ledger_villages (k)`.execute(database.db);
  await sql`analyze bench_ledger_places, bench_ledger_cspans, bench_ledger_pspans, bench_ledger_villages`.execute(
    database.db,
  );
}

// ---- Households ----

async function households(db: Kysely<DB>, target: number, done: number, log: Log): Promise<void> {
  const counts = await sql<{ total: number; cq_first: number; cq_n: number }>`
    select count(*)::int as total, coalesce(min(k) filter (where code like '50%'), 0)::int as cq_first,
      (count(*) filter (where code like '50%'))::int as cq_n
    from bench_ledger_villages`.execute(db);
  const { total, cq_first: cqFirst, cq_n: cqN } = counts.rows[0]!;
  if (total === 0 || cqN === 0) throw new Error('the village level is not loaded');
  const categories = ['registered_poor', 'lifted_out', 'edge', 'monitored', 'dibao', 'tekun', 'other'];
  const situations = ['serious_illness', 'unstable_income', 'unsafe_housing', 'stagnant_income'];
  for (let from = done; from < target; from += CHUNK) {
    const to = Math.min(target, from + CHUNK) - 1;
    const started = Date.now();
    await db.transaction().execute(async (trx) => {
      // A third of the households in Chongqing (the province the scenarios look at), the rest in any village.
      // The ID number columns hold placeholders: nothing in this benchmark decrypts them.
      await sql`
        insert into households (region_code, head_name, id_number_encrypted, id_number_hash, members_count, category,
          situations, has_disability, minors_count)
        select v.code, '基准户' || g, 'v1:bench', 'bench-ledger-' || g, 1 + ${h(3)} % 6, ${pickText(categories, 4)},
          case when ${h(5)} % 4 = 0 then array[${pickText(situations, 6)}] else '{}'::text[] end, ${h(7)} % 100 < 8,
          ${h(8)} % 3
        from generate_series(${sql.lit(from)}::int, ${sql.lit(to)}::int) g
        join bench_ledger_villages v on v.k = case when ${h(1)} % 100 < 30 then ${sql.lit(cqFirst)} + ${h(2)} % ${sql.lit(cqN)}
          else ${h(2)} % ${sql.lit(total)} end`.execute(trx);
      await mark(trx, 'households', to + 1, target, (Date.now() - started) / 1000);
    });
    log(
      `ledger data: households ${(to + 1).toLocaleString('en')} of ${target.toLocaleString('en')} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
}

async function householdIndex(db: Kysely<DB>): Promise<void> {
  await sql`drop table if exists bench_ledger_households, bench_ledger_hspans`.execute(db);
  await sql`
    create table bench_ledger_households as
    select (row_number() over (order by substr(region_code, 1, 6), id) - 1)::int as k, id, region_code,
      substr(region_code, 1, 6) as county
    from households where id_number_hash like 'bench-ledger-%'`.execute(db);
  await sql`create unique index on bench_ledger_households (k)`.execute(db);
  await sql`
    create table bench_ledger_hspans as
    select county, min(k) as first_k, count(*)::int as n from bench_ledger_households group by county`.execute(db);
  await sql`create unique index on bench_ledger_hspans (county)`.execute(db);
  await sql`analyze bench_ledger_households, bench_ledger_hspans`.execute(db);
}

// ---- Organizations and their chains ----

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Records of organization k (0-based) when record g belongs to organization g mod n. */
function recordsOf(k: number, scale: LedgerScale): number {
  return k < scale.records ? Math.floor((scale.records - 1 - k) / scale.organizations) + 1 : 0;
}

async function organizations(db: Kysely<DB>, scale: LedgerScale): Promise<void> {
  const started = Date.now();
  const counties = await sql<{ code: string; name: string }>`
    select code, name from regions where level = 3 and name not in ('县', '市辖区') order by code`.execute(db);
  const provinces = await sql<{
    code: string;
    name: string;
  }>`select code, name from regions where level = 1 order by code`.execute(db);
  const codes = (
    await db.selectFrom('key_fields').select('code').where('retired_at', 'is', null).orderBy('code').execute()
  ).map((f) => f.code);
  const countiesOf = new Map<string, { code: string; name: string }[]>();
  for (const c of counties.rows) {
    const list = countiesOf.get(c.code.slice(0, 2)) ?? [];
    list.push(c);
    countiesOf.set(c.code.slice(0, 2), list);
  }
  const provinceName = new Map(provinces.rows.map((p) => [p.code, p.name]));
  const others = provinces.rows.map((p) => p.code).filter((c) => c !== '50' && countiesOf.has(c));
  // Key fields in the database that the shares do not name get a share of 1 each.
  const known = new Set(FIELD_SHARES.map(([code]) => code));
  const fields = byShares([
    ...FIELD_SHARES.filter(([code]) => codes.includes(code)),
    ...codes.filter((c) => !known.has(c)).map((c): [string, number] => [c, 1]),
  ]);
  const kinds = byShares(KIND_SHARES);
  const forms = byShares(FORM_SHARES);
  const next = random(20261124);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const two = <T>(list: readonly T[]): [T, T] => {
    const a = pick(list);
    let b = pick(list);
    while (b === a) b = pick(list);
    return [a, b];
  };
  // One transaction: a run stopped half way leaves no organizations without their chains and draws.
  await db.transaction().execute(async (trx) => {
    await sql`drop table if exists bench_ledger_orgs`.execute(trx);
    await sql`create table bench_ledger_orgs (k int primary key, id bigint not null, form text not null,
    province text not null, home text not null, field_a text not null, field_b text not null, kind_a text not null,
    kind_b text not null)`.execute(trx);
    for (let start = 0; start < scale.organizations; start += ORG_BATCH) {
      const rows: Insertable<OrganizationsTable>[] = [];
      const extras: { province: string; home: string; fieldA: string; fieldB: string; kindA: string; kindB: string }[] =
        [];
      for (let i = start; i < Math.min(start + ORG_BATCH, scale.organizations); i += 1) {
        const r = next();
        const province = r < 0.2 ? '50' : r < 0.32 ? pick(EAST) : pick(others);
        const provincial = next() < 0.3;
        const own = pick(countiesOf.get(province)!);
        const region = provincial ? province : own.code;
        // Eastern organizations of the east-west pairing work in the west; the others near home.
        const home =
          EAST.includes(province) && r >= 0.2 && r < 0.32 ? pick(countiesOf.get(pick(WEST))!).code : own.code;
        const form = pick(forms);
        const place = provincial ? (provinceName.get(province) ?? province) : own.name;
        const name = `${place}${pick(SYLLABLES)}${pick(SYLLABLES)}${ENDINGS[form]}（台账基准${i}）`;
        rows.push({
          ...nameColumns(name),
          credit_code: withCreditCheckChar(
            `5${TYPE_DIGIT[form]}${region.padEnd(6, '0')}${CODE_MARK}${String(i).padStart(8, '0')}`,
          ),
          form,
          registration_level: provincial ? ('provincial' as const) : ('county' as const),
          registration_region_code: region,
          status: 'approved' as const,
          offers: '[]',
          submitted_at: new Date(Date.UTC(2020, 0, 1) + i * 600_000),
          reviewed_at: new Date(Date.UTC(2020, 0, 2) + i * 600_000),
        });
        const [fieldA, fieldB] = two(fields);
        const [kindA, kindB] = two(kinds);
        extras.push({ province, home, fieldA, fieldB, kindA, kindB });
      }
      const ids = await trx.insertInto('organizations').values(rows).returning('id').execute();
      await sql`insert into bench_ledger_orgs (k, id, form, province, home, field_a, field_b, kind_a, kind_b) values ${sql.join(
        ids.map((row, j) => {
          const e = extras[j]!;
          return sql`(${start + j}, ${row.id}, ${rows[j]!.form}, ${e.province}, ${e.home}, ${e.fieldA}, ${e.fieldB}, ${e.kindA}, ${e.kindB})`;
        }),
      )}`.execute(trx);
      // Chain heads first (records reference them), at the length each chain will have.
      await trx
        .insertInto('aid_chains')
        .values(
          ids.map((row, j) => {
            const n = recordsOf(start + j, scale);
            return {
              chain_key: `org:${row.id}`,
              organization_id: row.id,
              last_seq: n,
              last_hash: n === 0 ? CHAIN_GENESIS : placeholderHash(`org:${row.id}`, n),
            };
          }),
        )
        .execute();
    }
    await mark(trx, 'organizations', scale.organizations, scale.organizations, (Date.now() - started) / 1000);
  });
  await sql`analyze organizations, aid_chains, bench_ledger_orgs`.execute(db);
}

/** Stands in for the hash of record `seq` of a chain (the same text the SQL below hashes for prev_hash). */
function placeholderHash(chainKey: string, seq: number): string {
  return `bench:${chainKey}#${seq}`.padEnd(64, '0').slice(0, 64);
}

// ---- Aid records ----

/** Record g (0-based) of a chain at an even position may be reversed by the chain's next record (about 1 %). */
function isReversal(n: number): RawBuilder<boolean> {
  return sql<boolean>`(g >= ${sql.lit(n)} and (g / ${sql.lit(n)}) % 2 = 1 and ${h(40)} % 100 < 2)`;
}

async function programIds(db: Kysely<DB>): Promise<number[]> {
  const rows = await db
    .selectFrom('programs')
    .select('id')
    .where('region_code', '=', '50')
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * The chunk's new standing records: receipts (55 % confirmed, 3 % disputed) and the items of materials. Statistics
 * first: the foreign-key checks of each receipt and state are planned from them, and a plan made while the table
 * looked empty reads the whole table per row.
 */
async function receiptsAndItems(db: Kysely<DB>, after: number, timings: Record<string, number>): Promise<void> {
  const hid = sql<number>`(hashint8(id) & 2147483647)`;
  const step = async (name: string, work: () => Promise<unknown>) => {
    const started = Date.now();
    await work();
    timings[name] = (timings[name] ?? 0) + (Date.now() - started) / 1000;
  };
  // The rollups too: each state's trigger updates one rollup row by its key.
  await step('analyze', () => sql`analyze aid_records, aid_month_totals`.execute(db));
  const last = await sql<{ id: number }>`select coalesce(max(id), 0) as id from aid_receipts`.execute(db);
  const receiptsAfter = Number(last.rows[0]!.id);
  await step('receipts', () =>
    sql`
      insert into aid_receipts (record_id, status, reason, created_at)
      select id, case when ${hid} % 100 < 3 then 'disputed' else 'confirmed' end,
        case when ${hid} % 100 < 3 then '实际收到的数量少于记录' end, created_at + interval '3 days'
      from aid_records where id > ${after} and reverses_id is null and ${hid} % 100 < 58`.execute(db),
  );
  await step('analyze', () => sql`analyze aid_receipts`.execute(db));
  // Reversals get no receipt state; the per-row trigger moves each confirmed record's figures between buckets.
  await step('states', () =>
    sql`
      insert into aid_record_states (record_id, confirmation, receipt_id, updated_at)
      select record_id, status, id, created_at from aid_receipts where id > ${receiptsAfter}`.execute(db),
  );
  await step('items', () =>
    sql`
      insert into aid_record_items (record_id, position, name, quantity, unit, value_fen)
      select id, 0, (${textArray(ITEMS.map((i) => i[0]))})[1 + ${hid} % ${sql.lit(ITEMS.length)}], material_quantity,
        (${textArray(ITEMS.map((i) => i[1]))})[1 + ${hid} % ${sql.lit(ITEMS.length)}], amount_fen
      from aid_records where id > ${after} and kind = 'materials' and reverses_id is null`.execute(db),
  );
}

const CHECKED_TABLES = ['aid_records', 'aid_receipts', 'aid_record_states', 'aid_record_items'];

/**
 * The foreign-key check triggers of the ledger's tables, when the role may switch them off (a superuser, as the local
 * benchmark databases have): one check per reference and row is most of the cost of a bulk insert here (15
 * references per record). The generated references are right by construction and checked once at the end instead.
 */
async function foreignKeyTriggers(db: Kysely<DB>): Promise<{ table: string; name: string }[]> {
  const su = await sql<{ su: boolean }>`select rolsuper as su from pg_roles where rolname = current_user`.execute(db);
  if (!su.rows[0]?.su) return [];
  const rows = await sql<{ table: string; name: string }>`
    select c.relname as table, t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
    where c.relname in (${sql.join(CHECKED_TABLES)}) and t.tgisinternal and t.tgname like 'RI_ConstraintTrigger_c_%'
    order by c.relname, t.tgname`.execute(db);
  return rows.rows;
}

/** Switches the triggers off inside the chunk's transaction: whatever happens, they are on again after it. */
async function switchTriggers(db: Kysely<DB>, triggers: { table: string; name: string }[], on: boolean): Promise<void> {
  for (const t of triggers)
    await sql`alter table ${sql.table(t.table)} ${sql.raw(on ? 'enable' : 'disable')} trigger ${sql.id(t.name)}`.execute(
      db,
    );
}

/** Counts generated references that point nowhere (the checks the switched-off triggers would have made). */
async function danglingReferences(db: Kysely<DB>): Promise<number> {
  const r = await sql<{ n: number }>`
    select (
      (select count(*) from aid_records a where not exists (select 1 from regions g where g.code = a.region_code))
      + (select count(*) from aid_records a where not exists (select 1 from aid_chains c where c.chain_key = a.chain_key))
      + (select count(*) from aid_records a where a.organization_id is not null
          and not exists (select 1 from organizations o where o.id = a.organization_id))
      + (select count(*) from aid_records a where a.household_id is not null
          and not exists (select 1 from households h where h.id = a.household_id))
      + (select count(*) from aid_records a where a.reverses_id is not null
          and not exists (select 1 from aid_records b where b.id = a.reverses_id))
      + (select count(*) from aid_record_states s where not exists (select 1 from aid_receipts r where r.id = s.receipt_id))
    )::int as n`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

const hashOf = (parts: RawBuilder<unknown>) => sql<string>`encode(sha256(convert_to(${parts}, 'UTF8')), 'hex')`;

async function records(db: Kysely<DB>, scale: LedgerScale, done: number, log: Log): Promise<void> {
  const n = scale.organizations;
  const programs = await programIds(db);
  const kinds = byShares(KIND_SHARES);
  const triggers = await foreignKeyTriggers(db);
  const fieldShares = byShares(FIELD_SHARES);
  // Chongqing's records: 35 % under its current program (the latest), 10 % under the one before, the rest under none.
  const latest = programs.at(-1);
  const earlier = programs.length > 1 ? programs.at(-2) : latest;
  const programPick =
    latest !== undefined && earlier !== undefined
      ? sql`case when substr(region_code, 1, 2) = '50' and ${h(20)} % 100 < 35 then ${sql.lit(latest)}::bigint
          when substr(region_code, 1, 2) = '50' and ${h(20)} % 100 < 45 then ${sql.lit(earlier)}::bigint end`
      : sql`null::bigint`;
  for (let from = done; from < scale.records; from += CHUNK) {
    const to = Math.min(scale.records, from + CHUNK) - 1;
    const started = Date.now();
    const timings: Record<string, number> = {};
    await db.transaction().execute(async (trx) => {
      await switchTriggers(trx, triggers, false);
      const before = await sql<{ id: number }>`select coalesce(max(id), 0) as id from aid_records`.execute(trx);
      const after = Number(before.rows[0]!.id);
      // c: the draws of row g; y: the place (a household of the home county, a place of the home county of the drawn
      // level, or any place of the drawn province) and the figures; z: the content hash.
      await sql`
        insert into aid_records (chain_key, seq, organization_id, giver_form, counterpart, region_code, household_id,
          program_id, occurred_on, period_end, kind, activity_type, key_field_code, amount_fen, material_quantity,
          purchase_channel, staff_count, volunteer_count, enterprise_count, beneficiary_count, beneficiary_households,
          funding_source, summary, external_ref, content_hash, prev_hash, hash, created_at)
        select chain_key, seq, org_id, form, counterpart, region_code, household_id, program_id, occurred_on, period_end,
          kind, activity_type, key_field_code, amount_fen, material_quantity, purchase_channel, staff_count,
          volunteer_count, enterprise_count, beneficiary_count, beneficiary_households, funding_source, summary,
          external_ref, content_hash, prev_hash, ${hashOf(sql`prev_hash || content_hash`)},
          (occurred_on + 1 + ${h(22)} % 10)::timestamptz
        from (
          select y.*,
            ${hashOf(sql`concat_ws('|', chain_key, seq, region_code, household_id, occurred_on, kind, key_field_code,
              amount_fen, material_quantity, purchase_channel, staff_count, volunteer_count, beneficiary_count)`)} as content_hash,
            case when seq = 1 then ${CHAIN_GENESIS} else rpad('bench:' || chain_key || '#' || (seq - 1), 64, '0') end as prev_hash
          from (
            select x.*, ${programPick} as program_id,
              case when kind = 'materials' then quantity else 0 end as material_quantity,
              case kind when 'funds' then (1 + ${h(9)} % 2000)::bigint * 5000
                when 'materials' then quantity * (1000 + ${h(10)} % 49000)
                when 'purchase' then (1 + ${h(9)} % 1000)::bigint * 10000
                when 'activity' then case when ${h(9)} % 3 = 0 then 0 else (1 + ${h(9)} % 500)::bigint * 1000 end
                when 'service' then (1 + ${h(9)} % 300)::bigint * 2000
                else 0 end as amount_fen,
              case when kind = 'purchase' then ${pickText(byShares(CHANNEL_SHARES), 11)} end as purchase_channel,
              case when kind = 'activity' then ${pickText(ACTIVITY_TYPES, 11)} end as activity_type,
              case when kind in ('activity', 'service', 'purchase') and ${h(12)} % 4 = 0
                then occurred_on + ${h(12)} % 60 end as period_end,
              case when kind in ('activity', 'service') then 1 + ${h(13)} % 10 else ${h(13)} % 3 end as staff_count,
              case when kind in ('activity', 'service') then ${h(14)} % 40 else 0 end as volunteer_count,
              case when form = 'association' and ${h(15)} % 4 = 0 then 1 + ${h(15)} % 20 else 0 end as enterprise_count,
              beneficiaries as beneficiary_count,
              case when household_id is not null then 1 else ${h(17)} % (1 + beneficiaries / 3) end as beneficiary_households,
              ${pickText(FUNDING_SOURCES, 18)} as funding_source,
              case kind ${sql.join(
                AID_KINDS.map((k) => sql`when ${sql.lit(k)} then ${sql.lit(SUMMARIES[k])}`),
                sql` `,
              )} end as summary,
              case when ${h(19)} % 10 < 3 then 'BL' || g end as external_ref
            from (
              select c.*, coalesce(hh.region_code, p.code) as region_code, hh.id as household_id,
                substr(coalesce(hh.region_code, p.code), 1, 2) <> c.org_province as counterpart,
                case when c.kind = 'employment' then 1 + ${h(16)} % 30 else 1 + ${h(16)} % 200 end as beneficiaries,
                case when c.kind = 'purchase' and ${h(23)} % 10 < 7 then 'consumption'
                  when c.kind = 'employment' and ${h(23)} % 10 < 7 then 'employment' else c.field end as key_field_code
              from (
                select g, 'org:' || o.id as chain_key, (g / ${sql.lit(n)} + 1)::int as seq, o.id as org_id, o.form,
                  o.province as org_province, o.home,
                  ${h(1)} % 100 < 80 as at_home,
                  case when ${h(2)} % 100 < 70 then 5 when ${h(2)} % 100 < 90 then 4 else 3 end as level,
                  ${h(3)} % 100 < 10 as for_household,
                  case when ${h(4)} % 100 < 60 then o.province when ${h(4)} % 100 < 80 then '50'
                    else (${textArray([...EAST, ...WEST])})[1 + ${h(24)} % ${sql.lit(EAST.length + WEST.length)}] end as away,
                  case when ${h(6)} % 100 < 70 then case when ${h(7)} % 2 = 0 then o.kind_a else o.kind_b end
                    else ${pickText(kinds, 8)} end as kind,
                  case when ${h(25)} % 100 < 80 then case when ${h(26)} % 2 = 0 then o.field_a else o.field_b end
                    else ${pickText(fieldShares, 30)} end as field,
                  date '2021-01-01' + ${h(5)} % 1826 as occurred_on,
                  (1 + ${h(27)} % 300)::bigint as quantity,
                  ${h(28)} as hpick, ${h(29)} as ppick
                from generate_series(${sql.lit(from)}::int, ${sql.lit(to)}::int) g
                join bench_ledger_orgs o on o.k = g % ${sql.lit(n)}
                where not ${isReversal(n)}
              ) c
              left join bench_ledger_hspans hs on c.for_household and c.at_home and hs.county = c.home
              left join bench_ledger_households hh on hh.k = hs.first_k + c.hpick % hs.n
              left join bench_ledger_cspans cs on hh.id is null and c.at_home and cs.county = c.home and cs.level = c.level
              left join bench_ledger_pspans ps on hh.id is null and not c.at_home and ps.province = c.away
              left join bench_ledger_places p on p.k = coalesce(cs.first_k + c.ppick % cs.n, ps.first_k + c.ppick % ps.n)
            ) x
          ) y
        ) z`.execute(trx);
      timings.records = (Date.now() - started) / 1000;
      await receiptsAndItems(trx, after, timings);
      const reversalsStarted = Date.now();
      // The chain's next record cancels the previous one, in its bucket of confirmation (set just above, or in an
      // earlier chunk), with every figure negated and the same dimensions.
      await sql`
        insert into aid_records (chain_key, seq, organization_id, giver_form, counterpart, region_code, household_id,
          program_id, occurred_on, period_end, kind, activity_type, key_field_code, amount_fen, material_quantity,
          purchase_channel, staff_count, volunteer_count, enterprise_count, beneficiary_count, beneficiary_households,
          funding_source, summary, reverses_id, reason, reversed_confirmation, content_hash, prev_hash, hash, created_at)
        select r.chain_key, (g / ${sql.lit(n)} + 1)::int, r.organization_id, r.giver_form, r.counterpart, r.region_code,
          r.household_id, r.program_id, r.occurred_on, r.period_end, r.kind, r.activity_type, r.key_field_code,
          -r.amount_fen, -r.material_quantity, r.purchase_channel, -r.staff_count, -r.volunteer_count,
          -r.enterprise_count, -r.beneficiary_count, -r.beneficiary_households, r.funding_source, '冲销：' || r.summary,
          r.id, '金额录入有误，冲销原记录', coalesce(s.confirmation, 'unconfirmed'),
          ${hashOf(sql`'reversal|' || r.hash`)}, r.hash, ${hashOf(sql`r.hash || 'reversal'`)}, r.created_at + interval '7 days'
        from generate_series(${sql.lit(from)}::int, ${sql.lit(to)}::int) g
        join bench_ledger_orgs o on o.k = g % ${sql.lit(n)}
        join aid_records r on r.chain_key = 'org:' || o.id and r.seq = g / ${sql.lit(n)}
        left join aid_record_states s on s.record_id = r.id
        where ${isReversal(n)}`.execute(trx);
      timings.reversals = (Date.now() - reversalsStarted) / 1000;
      await switchTriggers(trx, triggers, true);
      await mark(trx, 'records', to + 1, scale.records, (Date.now() - started) / 1000);
    });
    const seconds = (Date.now() - started) / 1000;
    log(
      `ledger data: records ${(to + 1).toLocaleString('en')} of ${scale.records.toLocaleString('en')} ` +
        `(${seconds.toFixed(0)} s, ${Math.round((to + 1 - from) / seconds).toLocaleString('en')} rows/s; ` +
        `${Object.entries(timings)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(', ')})`,
    );
  }
}

// ---- The whole data set ----

const LEDGER_TABLES = [
  'regions',
  'organizations',
  'households',
  'aid_chains',
  'aid_records',
  'aid_record_items',
  'aid_receipts',
  'aid_record_states',
  'aid_month_totals',
  'aid_month_givers',
];

/**
 * Generates what is missing of the data set at `scale` (nothing when a previous run finished it), then vacuums and
 * analyzes. Refuses a database that already holds a data set of another scale.
 */
export async function seedLedger(database: Database, scale: LedgerScale, log: Log): Promise<LedgerGeneration> {
  const { db } = database;
  const before = await progress(db);
  const existing = before.get('records');
  if (existing && existing.target !== scale.records)
    throw new Error(
      `this database already holds a ledger data set of ${existing.target.toLocaleString('en')} records; ` +
        `use another database for ${scale.records.toLocaleString('en')}`,
    );
  const generatedNow = !existing || existing.done < existing.target;
  const timed = async (phase: string, work: () => Promise<void>) => {
    const started = Date.now();
    await work();
    await mark(db, phase, 1, 1, (Date.now() - started) / 1000);
  };
  if (generatedNow) {
    // The helper tables are rebuilt on every (resumed) run from the same ordered data, so they come out the same.
    await timed('regions', () => regions(database, log));
    await households(db, scale.households, before.get('households')?.done ?? 0, log);
    await timed('households index', async () => {
      await householdIndex(db);
      await sql`analyze households`.execute(db);
    });
    if ((before.get('organizations')?.done ?? 0) < scale.organizations) await organizations(db, scale);
    await records(db, scale, existing?.done ?? 0, log);
    await timed('reference check', async () => {
      const dangling = await danglingReferences(db);
      if (dangling > 0) throw new Error(`${dangling} generated references point nowhere: the generator is wrong`);
    });
    await sql`drop table if exists ${sql.raw(HELPERS.join(', '))}`.execute(db);
    await timed('vacuum analyze', async () => {
      await sql`vacuum (analyze) ${sql.raw(LEDGER_TABLES.join(', '))}`.execute(db);
      // Needs the pg_checkpoint role on PostgreSQL; without it the flush just happens later.
      await sql`checkpoint`.execute(db).catch(() => undefined);
    });
  }
  const after = await progress(db);
  const seconds = Object.fromEntries([...after].map(([phase, p]) => [phase, Math.round(p.seconds * 10) / 10]));
  return {
    scale,
    seconds,
    totalSeconds: Math.round(Object.values(seconds).reduce((a, b) => a + b, 0) * 10) / 10,
    generatedNow,
  };
}
