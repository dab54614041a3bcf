// Evidence of a record (photos, receipts, lists of recipients): added by its giver at any time, never removed, and
// not part of the record's hash. Served only to those who may see the record.
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { saveFile } from '../../platform/files.ts';
import { servedFile, type ServedFile } from '../../platform/served-files.ts';
import { uploadMime, type Upload, type UploadRules } from '../../platform/uploads.ts';
import { detailOf } from './detail.ts';
import { recordNotFound } from './errors.ts';
import * as q from './queries.ts';
import type { AidRecordDetail } from './schemas.ts';
import { isGiverOf, scopeOf, viewerOf } from './viewer.ts';

export const MAX_FILES_PER_RECORD = 30;

export const AID_FILE_RULES: UploadRules = {
  field: 'file',
  maxBytes: 20 * 1024 * 1024,
  extensions: ['.png', '.jpg', '.jpeg', '.webp', '.pdf'],
  expected: '图片（PNG、JPEG、WebP）或 PDF 文件',
};

function tooMany(): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: `每条帮扶记录最多 ${MAX_FILES_PER_RECORD} 个佐证文件`,
    fields: [{ field: 'file', message: `文件：已有 ${MAX_FILES_PER_RECORD} 个文件，不能再添加` }],
  });
}

async function fileCount(db: Kysely<DB>, recordId: number): Promise<number> {
  const row = await db
    .selectFrom('aid_record_files')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('record_id', '=', recordId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Checked before the upload is read: a refused upload is not worth reading. */
export async function assertCanAddFile(db: Kysely<DB>, actor: Actor, id: number): Promise<void> {
  const viewer = viewerOf(actor);
  const row = await q.visibleRecord(db, scopeOf(viewer), id);
  if (!row || !isGiverOf(viewer, row)) throw recordNotFound();
  if ((await fileCount(db, id)) >= MAX_FILES_PER_RECORD) throw tooMany();
}

export async function addFile(
  db: Kysely<DB>,
  config: Pick<Config, 'dataDir'>,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  upload: Upload,
): Promise<AidRecordDetail> {
  const viewer = viewerOf(actor);
  const scope = scopeOf(viewer);
  const mime = uploadMime(AID_FILE_RULES, upload.fileName)!;
  return db.transaction().execute(async (trx) => {
    // The lock orders concurrent uploads to one record, so two at once cannot pass the count together.
    const row = await q.lockedRecord(trx, scope, id);
    if (!row || !isGiverOf(viewer, row)) throw recordNotFound();
    const file = await saveFile(trx, config, { bytes: upload.bytes, mime, originalName: upload.fileName, createdBy: actor.accountId });
    const held = await trx
      .selectFrom('aid_record_files as rf')
      .innerJoin('files as f', 'f.id', 'rf.file_id')
      .select('f.id')
      .where('rf.record_id', '=', id)
      .where('f.sha256', '=', file.sha256)
      .executeTakeFirst();
    // The same content again is already there: nothing to add.
    if (!held) {
      if ((await fileCount(trx, id)) >= MAX_FILES_PER_RECORD) throw tooMany();
      await trx.insertInto('aid_record_files').values({ record_id: id, file_id: file.id, added_by: actor.accountId }).execute();
      await recordAudit(trx, ctx, {
        action: 'upload',
        entityType: 'aid_record',
        entityId: id,
        regionCode: row.region_code,
        organizationId: row.organization_id,
        detail: { fileId: file.id, sha256: file.sha256, size: file.size_bytes, mime: file.mime },
      });
    }
    return detailOf(trx, viewer, row);
  });
}

/** A file of a record the actor may see, present on disk. */
export async function recordFileFor(
  db: Kysely<DB>,
  config: Pick<Config, 'dataDir'>,
  actor: Actor,
  id: number,
  fileId: number,
): Promise<ServedFile> {
  if (!(await q.visibleRecord(db, scopeOf(viewerOf(actor)), id))) throw recordNotFound();
  const file = await db
    .selectFrom('aid_record_files as rf')
    .innerJoin('files as f', 'f.id', 'rf.file_id')
    .select(['f.sha256', 'f.mime', 'f.size_bytes', 'f.original_name'])
    .where('rf.record_id', '=', id)
    .where('rf.file_id', '=', fileId)
    .executeTakeFirst();
  if (!file) throw new AppError('NOT_FOUND', { message: '这条帮扶记录没有这个文件' });
  return servedFile(config, file, '文件已不在存储中');
}
