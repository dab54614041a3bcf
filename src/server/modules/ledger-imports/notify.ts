// Telling the liaisons of each place that records were imported for it, so they confirm receipt or dispute: one
// notification per place (not per row), to the place's village and township liaisons, found in one query.
import type { Transaction } from 'kysely';
import { PLACEHOLDER_REGION_NAMES, regionPrefixes } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import { notify } from '../notifications/notify.ts';
import type { Lookups } from './lookups.ts';

const SLICE = 1000;

/** The scopes whose liaisons answer for a place: its township and its village (as liaisonsOf in notifications). */
function liaisonScopes(place: string): string[] {
  return [place.slice(0, 9), place.slice(0, 12)].filter(
    (c, i, all) => (c.length === 9 || c.length === 12) && all.indexOf(c) === i,
  );
}

export async function notifyLiaisons(
  trx: Transaction<DB>,
  jobId: string,
  places: ReadonlyMap<string, { count: number; givers: ReadonlySet<string> }>,
  lookups: Lookups,
): Promise<void> {
  const scopes = [...new Set([...places.keys()].flatMap(liaisonScopes))];
  const byScope = new Map<string, number[]>();
  for (let i = 0; i < scopes.length; i += SLICE) {
    const rows = await trx
      .selectFrom('accounts')
      .select(['id', 'scope_region_code'])
      .where('role', '=', 'liaison')
      .where('status', '=', 'active')
      .where('scope_region_code', 'in', scopes.slice(i, i + SLICE))
      .execute();
    for (const r of rows) byScope.set(r.scope_region_code!, [...(byScope.get(r.scope_region_code!) ?? []), r.id]);
  }
  for (const [place, { count, givers }] of places) {
    const recipients = liaisonScopes(place).flatMap((s) => byScope.get(s) ?? []);
    if (recipients.length === 0) continue;
    const name = regionPrefixes(place)
      .map((c) => lookups.regions.get(c)?.displayName)
      .filter((n): n is string => n !== undefined && !PLACEHOLDER_REGION_NAMES.has(n))
      .join('');
    await notify(trx, recipients, {
      kind: 'aid_recorded',
      title: `${name}新导入 ${count} 条帮扶记录，请确认收悉`,
      body: `${[...givers].join('、')}导入了在${name}的 ${count} 条帮扶记录。请核实后逐条确认收悉，或对不符的记录提出异议。`,
      link: `/ledger?region=${place}&importJobId=${jobId}`,
      entityType: 'aid_import',
      entityId: jobId,
    });
  }
}
