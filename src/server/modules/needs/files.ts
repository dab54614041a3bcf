// A need's photos and documents: added and removed by its managers, kept once per content (platform/files.ts), and
// served only to those who may see the need. A photo of a household's house is no public file: no long cache, no
// public URL.
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { saveFile } from '../../platform/files.ts';
import { servedFile, type ServedFile } from '../../platform/served-files.ts';
import type { Upload, UploadRules } from '../../platform/uploads.ts';
import * as q from './queries.ts';
import type { NeedDetail } from './schemas.ts';
import { EDITABLE_STATUSES, needStateError } from './states.ts';
import { toDetail } from './views.ts';

export const MAX_FILES_PER_NEED = 9;

export const NEED_FILE_RULES: UploadRules = {
  field: 'file',
  maxBytes: 10 * 1024 * 1024,
  extensions: ['.png', '.jpg', '.jpeg', '.webp', '.pdf'],
  expected: '图片（PNG、JPEG、WebP）或 PDF 文件',
};

const TYPES: Record<string, { mime: string; kind: 'photo' | 'document' }> = {
  '.png': { mime: 'image/png', kind: 'photo' },
  '.jpg': { mime: 'image/jpeg', kind: 'photo' },
  '.jpeg': { mime: 'image/jpeg', kind: 'photo' },
  '.webp': { mime: 'image/webp', kind: 'photo' },
  '.pdf': { mime: 'application/pdf', kind: 'document' },
};

function tooMany(): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: `每个需求最多 ${MAX_FILES_PER_NEED} 个文件，请先删除不再需要的文件`,
    fields: [{ field: 'file', message: `文件：已有 ${MAX_FILES_PER_NEED} 个文件，不能再添加` }],
  });
}

/** The need the actor may add a file to, checked before the upload is read (a refused upload is not worth reading). */
export async function assertCanAttach(db: Kysely<DB>, actor: Actor, id: number): Promise<void> {
  const row = await q.managedNeed(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  if (!EDITABLE_STATUSES.includes(row.status)) throw needStateError(row.status, '添加文件');
  if ((await q.fileCount(db, id)) >= MAX_FILES_PER_NEED) throw tooMany();
}

export async function attachFile(
  db: Kysely<DB>,
  config: Pick<Config, 'dataDir'>,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  upload: Upload,
): Promise<NeedDetail> {
  const extension = NEED_FILE_RULES.extensions.find((e) => upload.fileName.toLowerCase().endsWith(e))!;
  const type = TYPES[extension]!;
  return db.transaction().execute(async (trx) => {
    // The lock orders concurrent uploads to one need, so the count below cannot be passed by two at once.
    const row = await q.managedNeed(trx, actor, id, true);
    if (!row) throw new AppError('NOT_FOUND');
    if (!EDITABLE_STATUSES.includes(row.status)) throw needStateError(row.status, '添加文件');
    const file = await saveFile(trx, config, { bytes: upload.bytes, mime: type.mime, originalName: upload.fileName, createdBy: actor.accountId });
    const attached = await trx
      .selectFrom('need_files as nf')
      .innerJoin('files as f', 'f.id', 'nf.file_id')
      .select('nf.file_id')
      .where('nf.need_id', '=', id)
      .where('f.sha256', '=', file.sha256)
      .executeTakeFirst();
    // The same content again (from this liaison or another) is already there: nothing to add.
    if (!attached) {
      if ((await q.fileCount(trx, id)) >= MAX_FILES_PER_NEED) throw tooMany();
      await trx.insertInto('need_files').values({ need_id: id, file_id: file.id, kind: type.kind }).execute();
      await trx.updateTable('needs').set({ updated_at: new Date() }).where('id', '=', id).execute();
      await recordAudit(trx, ctx, {
        action: 'upload',
        entityType: 'need',
        entityId: id,
        regionCode: row.region_code,
        detail: { fileId: file.id, kind: type.kind, sha256: file.sha256, size: file.size_bytes, mime: file.mime },
      });
    }
    return toDetail(trx, actor, await q.needById(trx, id));
  });
}

export async function detachFile(db: Kysely<DB>, ctx: RequestContext, actor: Actor, id: number, fileId: number): Promise<NeedDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await q.managedNeed(trx, actor, id, true);
    if (!row) throw new AppError('NOT_FOUND');
    // Removing stays possible in every state: a photo that shows too much must be able to go.
    const removed = await trx
      .deleteFrom('need_files')
      .where('need_id', '=', id)
      .where('file_id', '=', fileId)
      .returning(['kind'])
      .executeTakeFirst();
    if (!removed) throw new AppError('NOT_FOUND', { message: '该需求没有这个文件' });
    await trx.updateTable('needs').set({ updated_at: new Date() }).where('id', '=', id).execute();
    await recordAudit(trx, ctx, {
      action: 'delete',
      entityType: 'need',
      entityId: id,
      regionCode: row.region_code,
      detail: { fileId, kind: removed.kind },
    });
    return toDetail(trx, actor, await q.needById(trx, id));
  });
}

/** A file of a need the actor may see, present on disk. */
export async function needFileFor(
  db: Kysely<DB>,
  config: Pick<Config, 'dataDir'>,
  actor: Actor,
  id: number,
  fileId: number,
): Promise<ServedFile> {
  const need = await q.visibleNeed(db, actor, id);
  if (!need) throw new AppError('NOT_FOUND');
  const file = await q.needFile(db, id, fileId);
  if (!file) throw new AppError('NOT_FOUND');
  return servedFile(config, file);
}
