// Applying decided import entries to a program's designations, inside the caller's transaction. A place already
// designated (same program, region and kind) is updated only where the file says something different, so importing the
// same file again changes nothing. The villages sheet has no note or contact columns: it leaves those as they are.
import type { Selectable, Transaction } from 'kysely';
import type { DB, ProgramsTable } from '../../db/types.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import * as programs from '../programs/queries.ts';
import { auditView } from '../programs/service.ts';
import type { Entry, EntryContact } from './entries.ts';
import * as q from './queries.ts';
import type { ImportKind } from './schemas.ts';

export interface Kept {
  entry: Entry;
  code: string;
}

const sameContacts = (a: EntryContact[], b: EntryContact[]) =>
  JSON.stringify(a.map((c) => [c.kind, c.name, c.post, c.office_phone, c.mobile])) ===
  JSON.stringify(b.map((c) => [c.kind, c.name, c.post, c.office_phone, c.mobile]));

export async function applyEntries(
  trx: Transaction<DB>,
  ctx: RequestContext,
  program: Selectable<ProgramsTable>,
  kind: ImportKind,
  kept: Kept[],
): Promise<{ created: number; updated: number; unchanged: number }> {
  const withDetails = kind !== 'village';
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const { entry, code } of kept) {
    const existing = await q.findDesignationFor(trx, program.id, code, entry.designationKind);
    if (!existing) {
      const row = (await programs.insertDesignation(trx, {
        program_id: program.id,
        region_code: code,
        kind: entry.designationKind,
        note: entry.note,
      }))!;
      const contacts = await programs.replaceContacts(trx, row.id, entry.contacts);
      await recordAudit(trx, ctx, {
        action: 'create',
        entityType: 'designation',
        entityId: row.id,
        regionCode: code,
        after: auditView(row, contacts),
      });
      created += 1;
      continue;
    }
    const before = await programs.contactsOf(trx, [existing.id]);
    const noteChanged = withDetails && existing.note !== entry.note;
    const contactsChanged = withDetails && !sameContacts(before, entry.contacts);
    const revived = existing.retired_at !== null;
    if (!noteChanged && !contactsChanged && !revived) {
      unchanged += 1;
      continue;
    }
    const after = await programs.updateDesignation(trx, existing.id, {
      ...(noteChanged ? { note: entry.note } : {}),
      ...(revived ? { retired_at: null } : {}),
    });
    const afterContacts = contactsChanged ? await programs.replaceContacts(trx, existing.id, entry.contacts) : before;
    await recordAudit(trx, ctx, {
      action: 'update',
      entityType: 'designation',
      entityId: existing.id,
      regionCode: code,
      before: auditView(existing, before),
      after: auditView(after, afterContacts),
    });
    updated += 1;
  }
  return { created, updated, unchanged };
}
