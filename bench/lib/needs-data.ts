// Generates needs in bulk with generate_series, in the database itself: a million rows in minutes, not the hours row
// by row would take. Deterministic (hashint4 of the row number, not random()), so every run measures the same data.
// Spread over Chongqing's counties, townships and villages with their real key-area designations; statuses mostly
// open, deadlines over the next year, every key field and population, 2 % of needs for a few hundred households.
// Claimed quantities agree with the statuses, without claim rows: searching never reads them.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../src/server/db/types.ts';
import { nameBigrams, textArray } from '../../src/server/modules/organizations/names.ts';

export const BENCH_NEED_DESCRIPTION = '（基准测试生成的需求）';
const HOUSEHOLDS = 300;
const CHUNK = 100_000;

// Titles: a subject and what is asked, e.g. 村小学助学资金缺口, 留守儿童冬衣物资; about one in fifteen says 助学.
const SUBJECTS = [
  '村小学',
  '留守儿童',
  '产业路',
  '蔬菜基地',
  '养老服务站',
  '饮水工程',
  '危房改造',
  '助学',
  '电商培训',
  '农技推广',
  '文化广场',
  '卫生室',
  '茶叶合作社',
  '中药材种植',
];
const ASKS = [
  '资金缺口',
  '物资',
  '设备',
  '志愿服务',
  '项目',
  '急需帮扶',
  '技能培训',
  '冬衣',
  '图书',
  '医疗器械',
  '改造',
];
const MATERIALS: [string, string][] = [
  ['书包', '个'],
  ['冬衣', '件'],
  ['微耕机', '台'],
  ['图书', '册'],
  ['轮椅', '辆'],
  ['净水器', '台'],
];
const SERVICES: [string, string][] = [
  ['义诊医生', '人'],
  ['支教老师', '人'],
  ['技能培训', '人次'],
  ['志愿者', '人'],
];

/** A non-negative pseudo-random int of row `g` for draw number `salt` (distinct salts: independent draws). */
function h(salt: number): RawBuilder<number> {
  return sql<number>`(hashint4(g + ${sql.lit(salt * 1_000_003)}) & 2147483647)`;
}

/** `list[h(salt) % list.length]` as SQL. */
function pickText(list: readonly string[], salt: number): RawBuilder<string> {
  return sql<string>`(${textArray(list)})[1 + ${h(salt)} % ${sql.lit(list.length)}]`;
}

export interface SeedNeedsOptions {
  count: number;
  /** China's date: deadlines are spread from it. */
  today: string;
  log?: (message: string) => void;
}

/** Counts of the places needs can belong to, by level, and the temporary tables that hold them. */
async function places(db: Kysely<DB>): Promise<{ villages: number; townships: number; counties: number }> {
  await sql`drop table if exists bench_places`.execute(db);
  // The key-area columns are derived as needs/store.ts keyAreasOf derives them, once per place.
  await sql`
    create temp table bench_places as
    select p.level, row_number() over (partition by p.level order by p.code)::int - 1 as k, p.code,
      coalesce(array(
        select kind from (
          select distinct case d.kind when 'key_county_national' then 'key_county' when 'key_county_municipal' then 'key_county'
            else d.kind end as kind
          from designations d join programs pr on pr.id = d.program_id
          where pr.status = 'active' and d.retired_at is null
            and d.region_code in (substr(p.code, 1, 6), substr(p.code, 1, 9), p.code)
        ) k
        order by array_position(array['key_county', 'national_key_support_county', 'deep_poverty_township', 'designated_village'], kind)
      ), '{}') as kinds
    from regions p
    where p.code like '50%' and p.level in (3, 4, 5) and p.name <> '县'`.execute(db);
  await sql`
    alter table bench_places add column rank smallint not null default 0`.execute(db);
  await sql`
    update bench_places set rank = case when 'designated_village' = any(kinds) then 3
      when 'deep_poverty_township' = any(kinds) then 2 when cardinality(kinds) > 0 then 1 else 0 end`.execute(db);
  await sql`create index on bench_places (level, k)`.execute(db);
  const counts = await sql<{
    level: number;
    n: number;
  }>`select level, count(*)::int as n from bench_places group by level`.execute(db);
  const n = (level: number) => counts.rows.find((r) => r.level === level)?.n ?? 0;
  const result = { villages: n(5), townships: n(4), counties: n(3) };
  if (result.villages === 0 || result.townships === 0 || result.counties === 0) {
    throw new Error(`Chongqing's regions are not loaded (villages ${result.villages}, townships ${result.townships})`);
  }
  return result;
}

async function titles(db: Kysely<DB>): Promise<number> {
  await sql`drop table if exists bench_titles`.execute(db);
  await sql`create temp table bench_titles (k int primary key, title text not null, bigrams text[] not null)`.execute(
    db,
  );
  const all = SUBJECTS.flatMap((s) => ASKS.map((a) => `${s}${a}`));
  await sql`insert into bench_titles (k, title, bigrams) values ${sql.join(
    all.map((title, k) => sql`(${k}, ${title}, ${textArray(nameBigrams(title))})`),
  )}`.execute(db);
  return all.length;
}

async function households(db: Kysely<DB>, villages: number): Promise<void> {
  await sql`drop table if exists bench_households`.execute(db);
  const categories = ['registered_poor', 'lifted_out', 'edge', 'monitored', 'dibao', 'tekun'];
  // Placeholders in the ID number columns: nothing in a search decrypts them.
  await sql`
    insert into households (region_code, head_name, id_number_encrypted, id_number_hash, members_count, category, situations)
    select p.code, '基准户' || g, 'v1:bench', 'bench-household-' || g, 1 + g % 6, (${textArray(categories)})[1 + g % 6],
      case when g % 3 = 0 then array['serious_illness'] else '{}'::text[] end
    from generate_series(0, ${sql.lit(HOUSEHOLDS - 1)}) g
    join bench_places p on p.level = 5 and p.k = (g * 7919) % ${sql.lit(villages)}
    on conflict (id_number_hash) do nothing`.execute(db);
  await sql`
    create temp table bench_households as
    select row_number() over (order by h.id)::int - 1 as k, h.id, h.region_code, p.kinds, p.rank
    from households h join bench_places p on p.code = h.region_code
    where h.id_number_hash like 'bench-household-%'`.execute(db);
}

/**
 * The SELECT list of a generated need for row number `g`, given `place` (code, kinds, rank) and `household_id`.
 * Status: 70 % published, 10 % partly claimed, 8 % claimed, 5 % fulfilled, 3 % closed, 2 % expired, 1 % withdrawn,
 * 1 % draft. Kind: 40 % money, 35 % materials, 25 % services.
 */
function needColumns(fields: string[], populations: string[], today: string) {
  const status = sql`(case when ${h(1)} % 1000 < 700 then 'published' when ${h(1)} % 1000 < 800 then 'partly_claimed'
    when ${h(1)} % 1000 < 880 then 'claimed' when ${h(1)} % 1000 < 930 then 'fulfilled' when ${h(1)} % 1000 < 960 then 'closed'
    when ${h(1)} % 1000 < 980 then 'expired' when ${h(1)} % 1000 < 990 then 'withdrawn' else 'draft' end)`;
  const kind = sql`(case when ${h(2)} % 100 < 40 then 'money' when ${h(2)} % 100 < 75 then 'materials' else 'service' end)`;
  const quantity = sql`(case when ${h(2)} % 100 < 40 then (10 + ${h(3)} % 4991)::bigint * 10000
    when ${h(2)} % 100 < 75 then 10 + ${h(3)} % 491 else 1 + ${h(3)} % 50 end)`;
  const past = sql`${h(1)} % 1000 >= 880 and ${h(1)} % 1000 < 980`;
  return sql`
    ${status} as status, ${kind} as kind, ${quantity} as quantity,
    case when ${h(2)} % 100 < 40 then ${quantity}
      when ${h(2)} % 100 < 75 and ${h(4)} % 10 < 7 then ${quantity} * (2000 + ${h(5)} % 48000)
      when ${h(2)} % 100 >= 75 and ${h(4)} % 10 < 2 then ${quantity} * 50000 end as amount_fen,
    case when ${h(2)} % 100 < 40 then null when ${h(2)} % 100 < 75 then ${pickText(
      MATERIALS.map((m) => m[0]),
      6,
    )}
      else ${pickText(
        SERVICES.map((s) => s[0]),
        6,
      )} end as item_name,
    case when ${h(2)} % 100 < 40 then null when ${h(2)} % 100 < 75 then ${pickText(
      MATERIALS.map((m) => m[1]),
      6,
    )}
      else ${pickText(
        SERVICES.map((s) => s[1]),
        6,
      )} end as unit,
    ${pickText(fields, 7)} as key_field_code,
    case when ${h(8)} % 10 < 4 then '{}'::text[]
      when ${h(8)} % 10 < 8 then array[${pickText(populations, 9)}]
      else array[${pickText(populations, 9)}, (${textArray(populations)})[1 + (${h(9)} + 1 + ${h(10)} % ${sql.lit(populations.length - 1)}) % ${sql.lit(populations.length)}]]
    end as key_population_codes,
    t.title, t.bigrams as title_bigrams,
    case when ${past} then ${today}::date - (1 + ${h(12)} % 300) else ${today}::date + ${h(12)} % 366 end as deadline,
    case when ${h(1)} % 1000 >= 990 then null else now() - make_interval(secs => ${h(13)} % 31536000) end as published_at`;
}

/** Inserts `count` needs (the last 2 % for households) in chunks, claimed quantities agreeing with their statuses. */
export async function seedNeeds(pool: Kysely<DB>, options: SeedNeedsOptions): Promise<void> {
  // Temporary tables live in one session: every statement on one connection of the pool.
  await pool.connection().execute((db) => seedOn(db, options));
}

async function seedOn(db: Kysely<DB>, { count, today, log = () => undefined }: SeedNeedsOptions): Promise<void> {
  const counts = await places(db);
  const titleCount = await titles(db);
  await households(db, counts.villages);
  const fields = (
    await db.selectFrom('key_fields').select('code').where('retired_at', 'is', null).orderBy('code').execute()
  ).map((r) => r.code);
  const populations = (
    await db.selectFrom('key_populations').select('code').where('retired_at', 'is', null).orderBy('code').execute()
  ).map((r) => r.code);
  const householdCount =
    (await sql<{ n: number }>`select count(*)::int as n from bench_households`.execute(db)).rows[0]?.n ?? 0;
  const householdNeeds = householdCount > 0 ? Math.floor(count * 0.02) : 0;
  const columns = needColumns(fields, populations, today);
  const insertList = sql`region_code, household_id, title, title_bigrams, description, key_field_code, key_population_codes, kind,
    item_name, unit, quantity, amount_fen, claimed_quantity, confirmed_quantity, deadline, status, key_area_kinds, key_area_rank,
    contact_name, contact_phone, published_at`;
  const selectList = sql`place.code, place.household_id, c.title, c.title_bigrams, ${BENCH_NEED_DESCRIPTION}, c.key_field_code,
    c.key_population_codes, c.kind, c.item_name, c.unit, c.quantity, c.amount_fen,
    case when c.status = 'partly_claimed' then c.quantity / 2 when c.status in ('claimed', 'fulfilled', 'closed') then c.quantity else 0 end,
    case when c.status in ('fulfilled', 'closed') then c.quantity else 0 end,
    c.deadline, c.status, place.kinds, place.rank, '村便民服务中心', '023-51520000', c.published_at`;
  const started = Date.now();
  for (let from = 1; from <= count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK - 1);
    const households = Math.max(from, count - householdNeeds + 1);
    // Places: 80 % villages, 15 % townships, 5 % counties.
    if (from < households) {
      await sql`
        insert into needs (${insertList})
        select ${selectList}
        from (select g, ${columns} from generate_series(${sql.lit(from)}::int, ${sql.lit(Math.min(to, households - 1))}::int) g
          join bench_titles t on t.k = ${h(11)} % ${sql.lit(titleCount)}) c
        join lateral (
          select p.code, null::bigint as household_id, p.kinds, p.rank from bench_places p
          where (p.level, p.k) = (
            case when ${h(14)} % 100 < 80 then 5 when ${h(14)} % 100 < 95 then 4 else 3 end,
            ${h(15)} % case when ${h(14)} % 100 < 80 then ${sql.lit(counts.villages)} when ${h(14)} % 100 < 95
              then ${sql.lit(counts.townships)} else ${sql.lit(counts.counties)} end)
        ) place on true`.execute(db);
    }
    if (to >= households) {
      await sql`
        insert into needs (${insertList})
        select ${selectList}
        from (select g, ${columns} from generate_series(${sql.lit(Math.max(from, households))}::int, ${sql.lit(to)}::int) g
          join bench_titles t on t.k = ${h(11)} % ${sql.lit(titleCount)}) c
        join lateral (
          select b.region_code as code, b.id as household_id, b.kinds, b.rank from bench_households b
          where b.k = ${h(15)} % ${sql.lit(householdCount)}
        ) place on true`.execute(db);
    }
    log(
      `needs: ${to.toLocaleString('en')} of ${count.toLocaleString('en')} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
}

/**
 * After the bulk insert: statistics for the planner, the visibility map written (index-only scans), and the dirty
 * pages flushed. Otherwise autovacuum and the checkpointer start on the million new rows while something is measured.
 */
export async function settleNeeds(db: Kysely<DB>): Promise<void> {
  await sql`vacuum (analyze) needs, households`.execute(db);
  // Needs the pg_checkpoint role on PostgreSQL; without it the flush just happens later.
  await sql`checkpoint`.execute(db).catch(() => undefined);
}
