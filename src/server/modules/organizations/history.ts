// The review history: every step keeps the profile as it then was (its snapshot); a step's changes are the fields
// that differ from the step before. A proposed change of key data is kept beside the snapshot as `proposed`.
import type { Executor } from './queries.ts';
import type { KeyData, Profile } from './validate.ts';
import type { OrganizationReviewAction } from '../../db/types.ts';
import type { RequestContext } from '../../platform/context.ts';

export type Snapshot = Profile & { proposed?: KeyData };

type Changes = Record<string, unknown[]>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Field -> [before, after] for every profile field that differs (the first step has nothing to compare with). */
export function changesBetween(previous: Snapshot | null, next: Snapshot): Changes {
  const before = previous as Record<string, unknown> | null;
  const after = next as unknown as Record<string, unknown>;
  const out: Changes = {};
  if (before !== null) {
    for (const key of Object.keys({ ...before, ...after })) {
      if (key === 'proposed') continue;
      const b = before[key] ?? null;
      const a = after[key] ?? null;
      if (!same(b, a)) out[key] = [b, a];
    }
  }
  for (const [key, value] of Object.entries(next.proposed ?? {})) {
    out[key] = [after[key] ?? null, value];
  }
  return out;
}

interface ReviewRow {
  id: number;
  action: OrganizationReviewAction;
  reason: string | null;
  snapshot: unknown;
  created_at: Date;
  actor_name: string | null;
}

export function historyOf(rows: ReviewRow[]) {
  let previous: Snapshot | null = null;
  return rows.map((r) => {
    const snapshot = r.snapshot && typeof r.snapshot === 'object' ? (r.snapshot as Snapshot) : null;
    const changes = snapshot ? changesBetween(previous, snapshot) : {};
    if (snapshot) previous = snapshot;
    return { id: r.id, action: r.action, reason: r.reason, actor: r.actor_name, createdAt: r.created_at.toISOString(), changes };
  });
}

export async function recordReview(
  db: Executor,
  ctx: RequestContext,
  step: { organizationId: number; action: OrganizationReviewAction; snapshot: Snapshot; reason?: string | null; actorAccountId?: number },
): Promise<void> {
  await db
    .insertInto('organization_reviews')
    .values({
      organization_id: step.organizationId,
      action: step.action,
      reason: step.reason ?? null,
      // Lists in code order, so that two snapshots differ only where the data does.
      snapshot: JSON.stringify({ ...step.snapshot, fields: [...step.snapshot.fields].sort(), serviceRegions: [...step.snapshot.serviceRegions].sort() }),
      actor_account_id: step.actorAccountId ?? ctx.actor?.accountId ?? null,
    })
    .execute();
}
