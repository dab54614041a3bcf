// The signed agreement of a pairing: uploaded by the lead while the pairing waits or was returned (a new one replaces
// the old), kept once per content (platform/files.ts), and served only to those who may see the pairing.
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import type { RequestContext } from '../../platform/context.ts';
import { saveFile } from '../../platform/files.ts';
import { servedFile, type ServedFile } from '../../platform/served-files.ts';
import { uploadMime, type Upload, type UploadRules } from '../../platform/uploads.ts';
import { audit, change, onlyLead, pairingState, visiblePairing } from './change.ts';
import * as q from './queries.ts';
import type { PairingDetail } from './schemas.ts';
import type { PairingSide } from './side.ts';

export const AGREEMENT_RULES: UploadRules = {
  field: 'file',
  maxBytes: 20 * 1024 * 1024,
  extensions: ['.pdf', '.jpg', '.jpeg', '.png'],
  expected: 'PDF 或图片（JPEG、PNG）文件',
};

function uploadRefusal(row: q.PairingRow, side: PairingSide): AppError | undefined {
  if (side !== 'lead') return onlyLead('上传');
  if (row.status !== 'pending' && row.status !== 'returned') return pairingState(row.status, '上传协议文件');
  return undefined;
}

/** Checked before the upload is read: a refused upload is not worth reading. Checked again under the lock. */
export async function assertCanUpload(db: Kysely<DB>, actor: Actor, id: number): Promise<void> {
  const { row, side } = await visiblePairing(db, actor, id);
  const refusal = uploadRefusal(row, side);
  if (refusal) throw refusal;
}

export function attachAgreement(
  db: Kysely<DB>,
  config: Pick<Config, 'dataDir'>,
  ctx: RequestContext,
  id: number,
  upload: Upload,
): Promise<PairingDetail> {
  const mime = uploadMime(AGREEMENT_RULES, upload.fileName);
  if (mime === undefined)
    return Promise.reject(
      new AppError('VALIDATION_FAILED', {
        fields: [{ field: 'file', message: `文件：只支持${AGREEMENT_RULES.expected}` }],
      }),
    );
  return change(db, ctx, id, async (trx, { actor, row, places, memberIds, side }) => {
    const refusal = uploadRefusal(row, side);
    if (refusal) throw refusal;
    const file = await saveFile(trx, config, {
      bytes: upload.bytes,
      mime,
      originalName: upload.fileName,
      createdBy: actor.accountId,
    });
    if (file.id === row.agreement_file_id) return;
    const after = await q.updatePairing(trx, row.id, { agreement_file_id: file.id });
    await q.addEvent(trx, row.id, 'edited', `上传了签署的结对协议：${upload.fileName}`, actor.accountId);
    await audit(
      trx,
      ctx,
      'pairing.agreement',
      { row: after, places, memberIds },
      { row, places, memberIds },
      {
        fileId: file.id,
        sha256: file.sha256,
        size: file.size_bytes,
        mime: file.mime,
        name: upload.fileName,
      },
    );
  });
}

/** The agreement of a pairing the actor may see, present on disk. */
export async function agreementFor(
  db: Kysely<DB>,
  config: Pick<Config, 'dataDir'>,
  actor: Actor,
  id: number,
): Promise<ServedFile> {
  const { row } = await visiblePairing(db, actor, id);
  const file = row.agreement_file_id === null ? undefined : await q.fileRow(db, row.agreement_file_id);
  if (!file) throw new AppError('NOT_FOUND', { message: '该结对协议还没有上传协议文件' });
  return servedFile(config, file, '协议文件已丢失，请联系组织重新上传');
}
