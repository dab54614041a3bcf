// One record as its page shows it: the view, the items, the evidence, the receipts, the chain position, and what the
// caller may do now (reverse or correct a standing record of their own; confirm one in their village or township).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { iso } from '../../platform/sql.ts';
import * as q from './queries.ts';
import type { AidRecordDetail } from './schemas.ts';
import { recordView } from './views.ts';
import { isGiverOf, type Viewer } from './viewer.ts';

export async function detailOf(db: Kysely<DB>, viewer: Viewer, row: q.RecordRow): Promise<AidRecordDetail> {
  const [record, items, files, receipts, replacedById] = await Promise.all([
    recordView(db, viewer, row),
    q.itemsOf(db, row.id),
    q.filesOf(db, row.id),
    q.receiptsOf(db, row.id),
    q.replacementOf(db, row.id),
  ]);
  const giver = isGiverOf(viewer, row);
  const standing = record.standing === 'standing';
  return {
    record,
    description: row.description,
    reason: row.reason,
    items: items.map((i) => ({ name: i.name, quantity: i.quantity, unit: i.unit, valueFen: i.value_fen })),
    files: files.map((f) => ({ id: f.id, name: f.original_name, mime: f.mime, sizeBytes: f.size_bytes, addedAt: iso(f.added_at) })),
    receipts: receipts.map((r) => ({
      id: r.id,
      status: r.status,
      byHousehold: r.by_household,
      reason: r.reason,
      by: r.display_name ?? '',
      at: iso(r.created_at),
    })),
    replacedById,
    hash: row.hash,
    prevHash: row.prev_hash,
    can: {
      reverse: giver && standing,
      correct: giver && standing,
      // The liaison sees only records whose place lies in their township or village.
      confirm: viewer.role === 'liaison' && standing,
      addFiles: giver,
    },
  };
}
