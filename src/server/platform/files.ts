// Stored files (logos, photos, documents): the bytes under <dataDir>/files/<first two of sha256>/<sha256>, the
// metadata in `files`. The same bytes are kept once on disk; a row is reused only for the same bytes uploaded again by
// the same account, so one organization's upload never shows another's file name (nor who uploaded it first).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Config } from '../config.ts';
import type { DB, FilesTable } from '../db/types.ts';

type Executor = Kysely<DB> | Transaction<DB>;
export type FileRow = Selectable<FilesTable>;

export function filePath(config: Pick<Config, 'dataDir'>, sha256: string): string {
  return path.join(config.dataDir, 'files', sha256.slice(0, 2), sha256);
}

export interface NewFile {
  bytes: Buffer;
  mime: string;
  originalName: string;
  createdBy: number | null;
}

/**
 * Writes the bytes (unless that content is already kept) and returns the file's row. The bytes are written before
 * the row: a transaction that rolls back leaves at worst an unreferenced file, never a row without its bytes.
 */
export async function saveFile(db: Executor, config: Pick<Config, 'dataDir'>, file: NewFile): Promise<FileRow> {
  const sha256 = crypto.createHash('sha256').update(file.bytes).digest('hex');
  const originalName = file.originalName.slice(0, 200);
  const existing = await db
    .selectFrom('files')
    .selectAll()
    .where('sha256', '=', sha256)
    .where('mime', '=', file.mime)
    .where((eb) => (file.createdBy === null ? eb('created_by', 'is', null) : eb('created_by', '=', file.createdBy)))
    .orderBy('id')
    .executeTakeFirst();
  const target = filePath(config, sha256);
  if (!fs.existsSync(target)) {
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    await fs.promises.writeFile(temporary, file.bytes);
    await fs.promises.rename(temporary, target);
  }
  if (existing) return existing;
  return db
    .insertInto('files')
    .values({ sha256, mime: file.mime, size_bytes: file.bytes.length, original_name: originalName, created_by: file.createdBy })
    .returningAll()
    .executeTakeFirstOrThrow();
}
