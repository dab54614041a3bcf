// Runs the migration set to the latest version; used by npm start, the CLI and the test template.
import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { migrations } from '../../../db/migrations/index.ts';
import type { DB } from './types.ts';

export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export interface MigrationState {
  applied: string[];
  pending: string[];
}

export async function migrationState(db: Kysely<DB>): Promise<MigrationState> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const all = await migrator.getMigrations();
  return {
    applied: all.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}
