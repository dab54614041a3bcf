// An organization's logo: uploaded by its administrator (PNG, JPEG or WebP, checked by content), kept as a file by
// content hash, served publicly (logos are the only public files for now).
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { filePath, saveFile, type FileRow } from '../../platform/files.ts';
import { uploadMime, type Upload, type UploadRules } from '../../platform/uploads.ts';
import * as q from './queries.ts';
import type { Organization } from './schemas.ts';
import { assertOwn } from './service.ts';
import { toOrganization } from './views.ts';

export const LOGO_RULES: UploadRules = {
  field: 'file',
  maxBytes: 1024 * 1024,
  extensions: ['.png', '.jpg', '.jpeg', '.webp'],
  expected: '图片（PNG、JPEG 或 WebP）',
};

export async function setLogo(
  db: Kysely<DB>,
  config: Pick<Config, 'dataDir'>,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  upload: Upload,
): Promise<Organization> {
  assertOwn(actor, id);
  const mime = uploadMime(LOGO_RULES, upload.fileName)!;
  return db.transaction().execute(async (trx) => {
    const row = await q.organizationById(trx, id, true);
    if (!row) throw new AppError('NOT_FOUND');
    const file = await saveFile(trx, config, { bytes: upload.bytes, mime, originalName: upload.fileName, createdBy: actor.accountId });
    const after = await trx
      .updateTable('organizations')
      .set({ logo_file_id: file.id, updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'set_logo',
      entityType: 'organization',
      entityId: id,
      regionCode: row.registration_region_code,
      organizationId: id,
      before: { logo_file_id: row.logo_file_id },
      after: { logo_file_id: file.id },
      detail: { sha256: file.sha256, size: file.size_bytes, mime: file.mime },
    });
    return toOrganization(trx, actor, after);
  });
}

/** A file anyone may fetch: one that is some organization's logo, present on disk. */
export async function publicFile(db: Kysely<DB>, config: Pick<Config, 'dataDir'>, id: number): Promise<{ file: FileRow; path: string }> {
  const file = await db
    .selectFrom('files as f')
    .selectAll('f')
    .where('f.id', '=', id)
    .where((eb) => eb.exists(eb.selectFrom('organizations as o').select('o.id').whereRef('o.logo_file_id', '=', 'f.id')))
    .executeTakeFirst();
  if (!file) throw new AppError('NOT_FOUND');
  const path = filePath(config, file.sha256);
  if (!fs.existsSync(path)) throw new AppError('NOT_FOUND');
  return { file, path };
}
