// Opens the one database: PGlite in the data folder by default, or a PostgreSQL server when a URL is given.
// Both return the same types: int8 as number (fen totals stay far below 2^53), date as 'YYYY-MM-DD' text.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './types.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** The embedded engine, for the few things only it can do (dump a template); undefined on PostgreSQL. */
  pglite?: PGlite;
  close(): Promise<void>;
}

const INT8 = 20;
const DATE = 1082;

function int8(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new Error('int8 value exceeds the safe integer range');
  return n;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** A dumped PGlite data directory to start from (tests' migrated template). */
  loadDataDir?: Blob | undefined;
  /** In-memory PGlite (tests): nothing written to disk. */
  memory?: boolean;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // The statistics' rollup queries are short but their estimated cost on a 10M-record ledger crosses
      // jit_above_cost; compiling them costs more (tens of ms) than running them.
      options: '-c jit=off',
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === INT8) return int8;
          if (oid === DATE) return (v: string) => v;
          return pg.types.getTypeParser(oid, format) as (v: string) => unknown;
        }) as typeof pg.types.getTypeParser,
      },
    });
    // An idle client can lose its connection (server restart, a test database dropped at teardown); without a
    // listener the pool's 'error' event would crash the process. The next query simply opens a new connection.
    pool.on('error', (err) => {
      process.stderr.write(`[bangfu] idle database connection closed: ${err.message}\n`);
    });
    pool.on('connect', (client) => {
      client.query("set timezone = 'UTC'").catch(() => undefined);
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }

  let dataDir: string | undefined;
  if (!options.memory) {
    if (!options.dataDir) throw new Error('dataDir is required for the embedded database');
    dataDir = path.join(options.dataDir, 'pglite');
    fs.mkdirSync(dataDir, { recursive: true });
  }
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: { [INT8]: int8, [DATE]: (v: string) => v },
  });
  await pglite.exec("set timezone = 'UTC'");
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    pglite,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}
