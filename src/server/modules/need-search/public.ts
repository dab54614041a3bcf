// The public view of needs (no session): what is asked for and how much of it has been taken on. Never a household's
// identity (a household need shows its village and that it is a household's, nothing more) and never the contact:
// the view is built field by field from the columns below, so nothing else can slip through.
import { AppError } from '../../errors.ts';
import type { PublicNeed, SearchNeedsQuery } from '../needs/schemas.ts';
import { VISIBLE_NEED_STATUSES } from '../needs/schemas.ts';
import * as q from './queries.ts';
import { searchPage, toSummary } from './search.ts';

/** How the public names a caring individual: the person stays anonymous. */
const CARING_NAME = '爱心人士';

type Claimant = PublicNeed['claimants'][number];

async function claimantsByNeed(db: q.Executor, ids: number[]): Promise<Map<number, Claimant[]>> {
  const out = new Map<number, Claimant[]>();
  for (const c of await q.claimantsOf(db, ids)) {
    const list = out.get(c.need_id) ?? [];
    list.push({
      name: c.organization_id === null ? CARING_NAME : (c.organization_name ?? CARING_NAME),
      quantity: c.quantity,
      status: c.status,
    });
    out.set(c.need_id, list);
  }
  return out;
}

function toPublic(row: q.SummaryRow, description: string, claimants: Claimant[]): PublicNeed {
  const s = toSummary(row);
  return {
    id: s.id,
    title: s.title,
    description,
    region: s.region,
    isHouseholdNeed: s.isHouseholdNeed,
    keyFieldCode: s.keyFieldCode,
    kind: s.kind,
    itemName: s.itemName,
    unit: s.unit,
    quantity: s.quantity,
    claimedQuantity: s.claimedQuantity,
    confirmedQuantity: s.confirmedQuantity,
    deadline: s.deadline,
    status: s.status,
    keyAreaKinds: s.keyAreaKinds,
    publishedAt: s.publishedAt,
    claimants,
  };
}

export async function publicNeeds(
  db: q.Executor,
  query: SearchNeedsQuery,
): Promise<{ items: PublicNeed[]; nextCursor: string | null }> {
  const { rows, nextCursor } = await searchPage(db, query);
  const ids = rows.map((r) => r.id);
  // One after another: inside a transaction they would share one connection.
  const descriptions = await q.descriptionsOf(db, ids);
  const claimants = await claimantsByNeed(db, ids);
  return { items: rows.map((r) => toPublic(r, descriptions.get(r.id) ?? '', claimants.get(r.id) ?? [])), nextCursor };
}

/** One need as the public sees it; drafts, withdrawn and taken-down needs are not there at all. */
export async function publicNeed(db: q.Executor, id: number): Promise<PublicNeed> {
  const row = await q.visibleNeed(db, id, VISIBLE_NEED_STATUSES);
  if (!row) throw new AppError('NOT_FOUND', { message: '该需求不存在或未公开' });
  const claimants = await claimantsByNeed(db, [id]);
  return toPublic(row, row.description, claimants.get(id) ?? []);
}
