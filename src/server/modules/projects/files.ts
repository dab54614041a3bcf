// A project's files: the signed agreement, the evidence of landing and progress, the completion report. The
// organization adds them (kept once per content, platform/files.ts); they are served only to those who may see the
// project. Removing one is possible until the project lands: from then on its files are what the landing and the
// checklist rest on.
import type { Kysely } from 'kysely';
import { PROJECT_FILE_KINDS, type ProjectFileKind, type ProjectStatus } from '../../../common/projects.ts';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { saveFile } from '../../platform/files.ts';
import { servedFile, type ServedFile } from '../../platform/served-files.ts';
import { uploadMime, type Upload, type UploadRules } from '../../platform/uploads.ts';
import * as q from './queries.ts';
import type { ProjectDetail } from './schemas.ts';
import { projectNotFound, projectStateError } from './errors.ts';
import { placesOf } from './side.ts';
import { stepAllowed } from './states.ts';
import { projectDetail } from './views.ts';

export const MAX_FILES_PER_PROJECT = 30;

export const PROJECT_FILE_RULES: UploadRules = {
  field: 'file',
  maxBytes: 20 * 1024 * 1024,
  extensions: ['.png', '.jpg', '.jpeg', '.webp', '.pdf'],
  expected: '图片（PNG、JPEG、WebP）或 PDF 文件',
};

/** Statuses in which a file may still be removed: nothing has yet been recorded on the strength of it. */
const REMOVABLE_STATUSES: readonly ProjectStatus[] = ['planned', 'signing', 'signed'];

function tooMany(): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: `每个项目最多 ${MAX_FILES_PER_PROJECT} 个文件，请先删除不再需要的文件`,
    fields: [{ field: 'file', message: `文件：已有 ${MAX_FILES_PER_PROJECT} 个文件，不能再添加` }],
  });
}

function kindOf(value: string | undefined): ProjectFileKind {
  const kind = (PROJECT_FILE_KINDS as readonly string[]).find((k) => k === value);
  if (kind === undefined) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'kind', message: '文件类别：请选择 协议、落地 / 进展佐证 或 完成报告' }],
    });
  }
  return kind as ProjectFileKind;
}

/** The project the actor may add a file to, checked before the upload is read (a refused upload is not worth reading). */
export async function assertCanUpload(db: Kysely<DB>, actor: Actor, id: number): Promise<void> {
  const row = await q.visibleProject(db, actor, id);
  if (!row) throw projectNotFound();
  if (!stepAllowed('upload', row.status, 'organization', false)) throw projectStateError(row.status, '上传文件');
  if ((await q.fileCount(db, id)) >= MAX_FILES_PER_PROJECT) throw tooMany();
}

export async function attachFile(
  db: Kysely<DB>,
  config: Pick<Config, 'dataDir'>,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  upload: Upload,
): Promise<ProjectDetail> {
  const kind = kindOf(upload.fields.kind);
  const mime = uploadMime(PROJECT_FILE_RULES, upload.fileName)!;
  return db.transaction().execute(async (trx) => {
    // The lock orders concurrent uploads to one project, so two at once cannot pass the count together.
    const row = await q.lockedProject(trx, actor, id);
    if (!row) throw projectNotFound();
    if (!stepAllowed('upload', row.status, 'organization', false)) throw projectStateError(row.status, '上传文件');
    const file = await saveFile(trx, config, { bytes: upload.bytes, mime, originalName: upload.fileName, createdBy: actor.accountId });
    // The same content again is already there (under the kind and name it was first given): nothing to add.
    if (!(await q.holdsContent(trx, id, file.sha256))) {
      if ((await q.fileCount(trx, id)) >= MAX_FILES_PER_PROJECT) throw tooMany();
      await trx.insertInto('project_files').values({ project_id: id, file_id: file.id, kind, created_by: actor.accountId }).execute();
      await trx.updateTable('projects').set({ updated_at: new Date() }).where('id', '=', id).execute();
      await recordAudit(trx, ctx, {
        action: 'upload',
        entityType: 'project',
        entityId: id,
        regionCode: (await placesOf(trx, id))[0] ?? null,
        organizationId: row.organization_id,
        detail: { fileId: file.id, kind, sha256: file.sha256, size: file.size_bytes, mime: file.mime },
      });
    }
    return projectDetail(trx, actor, id);
  });
}

export async function detachFile(db: Kysely<DB>, ctx: RequestContext, actor: Actor, id: number, fileId: number): Promise<ProjectDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await q.lockedProject(trx, actor, id);
    if (!row) throw projectNotFound();
    if (!REMOVABLE_STATUSES.includes(row.status)) throw projectStateError(row.status, '删除文件');
    const removed = await trx
      .deleteFrom('project_files')
      .where('project_id', '=', id)
      .where('file_id', '=', fileId)
      .returning(['kind'])
      .executeTakeFirst();
    if (!removed) throw new AppError('NOT_FOUND', { message: '该项目没有这个文件' });
    await trx.updateTable('projects').set({ updated_at: new Date() }).where('id', '=', id).execute();
    await recordAudit(trx, ctx, {
      action: 'delete',
      entityType: 'project',
      entityId: id,
      regionCode: (await placesOf(trx, id))[0] ?? null,
      organizationId: row.organization_id,
      detail: { fileId, kind: removed.kind },
    });
    return projectDetail(trx, actor, id);
  });
}

/** A file of a project the actor may see, present on disk. */
export async function projectFileFor(
  db: Kysely<DB>,
  config: Pick<Config, 'dataDir'>,
  actor: Actor,
  id: number,
  fileId: number,
): Promise<ServedFile> {
  if (!(await q.visibleProject(db, actor, id))) throw projectNotFound();
  const file = await q.projectFile(db, id, fileId);
  if (!file) throw new AppError('NOT_FOUND', { message: '该项目没有这个文件' });
  return servedFile(config, file, '文件已不在存储中');
}
