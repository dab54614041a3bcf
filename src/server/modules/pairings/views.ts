// What a pairing looks like to whoever may read it: places as full region paths, the group's members, the lead's
// province (for counterpart support), and in the detail the timeline, the projects and what the caller may do now.
import type { Kysely, Transaction } from 'kysely';
import { chinaToday } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';
import { iso } from '../../platform/sql.ts';
import { regionPaths } from '../regions/queries.ts';
import * as q from './queries.ts';
import type { PairingDetail, PairingSummary } from './schemas.ts';
import { decidesAll, isOfficial, sideFor, type PairingSide } from './side.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** Confirmed, and today inside its period. */
export function isCurrent(
  row: { status: string; start_date: string; end_date: string },
  today = chinaToday(),
): boolean {
  return row.status === 'confirmed' && row.start_date <= today && today <= row.end_date;
}

export function agreementUrl(pairingId: number): string {
  return `/api/pairings/${pairingId}/agreement`;
}

/** The summaries of `rows`, with their places, members and names in a few batch queries. */
export async function summaries(db: Executor, rows: q.NamedPairingRow[]): Promise<PairingSummary[]> {
  const ids = rows.map((r) => r.id);
  const [places, members] = await Promise.all([q.placesOf(db, ids), q.membersOf(db, ids)]);
  const provinces = [
    ...new Set(rows.flatMap((r) => (r.registration_region_code ? [r.registration_region_code.slice(0, 2)] : []))),
  ];
  const [paths, provinceRows] = await Promise.all([
    regionPaths(db, [...places.values()].flat()),
    q.regionsByCode(db, provinces),
  ]);
  const provinceNames = new Map(provinceRows.map((r) => [r.code, r.display_name]));
  const today = chinaToday();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    program: { id: r.program_id, name: r.program_name },
    organization: { id: r.organization_id, name: r.organization_name },
    members: members.get(r.id) ?? [],
    places: (places.get(r.id) ?? []).map((code) => ({ code, name: paths.get(code) ?? code })),
    startDate: r.start_date,
    endDate: r.end_date,
    fieldCodes: r.field_codes,
    amountFen: r.amount_fen,
    people: r.people,
    isCounterpart: r.is_counterpart,
    organizationProvince: r.registration_region_code
      ? (provinceNames.get(r.registration_region_code.slice(0, 2)) ?? null)
      : null,
    status: r.status,
    current: isCurrent(r, today),
    fair: r.fair_id !== null && r.fair_name !== null ? { id: r.fair_id, name: r.fair_name } : null,
    hasAgreement: r.agreement_file_id !== null,
    createdAt: iso(r.created_at),
  }));
}

/** What `actor`, on `side`, may do with the pairing now. */
export function actionsFor(
  actor: Actor,
  side: PairingSide,
  row: { status: string; agreement_file_id: number | null },
  places: readonly string[],
): PairingDetail['actions'] {
  const open = row.status === 'pending' || row.status === 'returned';
  const lead = side === 'lead';
  const decides = row.status === 'pending' && decidesAll(actor, places);
  return {
    edit: lead && open,
    uploadAgreement: lead && open,
    withdraw: lead && open,
    // The department confirms a signed agreement: without the file the button would only lead to a refusal.
    confirm: decides && row.agreement_file_id !== null,
    return: decides,
    end: row.status === 'confirmed' && (lead || (side === 'area' && isOfficial(actor))),
    createProject: row.status === 'confirmed' && (lead || side === 'member'),
  };
}

/** The detail of a pairing the caller may see; undefined when it does not exist or is none of theirs. */
export async function detailFor(db: Executor, actor: Actor, id: number): Promise<PairingDetail | undefined> {
  const row = await q.namedPairing(db, id);
  if (!row) return undefined;
  const [summary] = await summaries(db, [row]);
  if (!summary) return undefined;
  const places = summary.places.map((p) => p.code);
  const side = sideFor(actor, {
    organizationId: row.organization_id,
    memberIds: summary.members.map((m) => m.id),
    places,
  });
  if (side === null) return undefined;
  const [events, projects, file] = await Promise.all([
    q.eventsOf(db, id),
    q.projectsOf(db, id),
    row.agreement_file_id === null ? undefined : q.fileRow(db, row.agreement_file_id),
  ]);
  return {
    ...summary,
    commitments: row.commitments,
    agreement: file ? { name: file.original_name, sizeBytes: file.size_bytes, url: agreementUrl(id) } : null,
    statusReason: row.status_reason,
    endedBySide: row.ended_by_side,
    confirmedAt: iso(row.confirmed_at),
    endedAt: iso(row.ended_at),
    projects,
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      note: e.note,
      actorName: e.display_name,
      createdAt: iso(e.created_at),
    })),
    actions: actionsFor(actor, side, row, places),
  };
}
