// Test oracle: the figures a department should read, summed in TypeScript from the plain list of records a test
// wrote (reversals included as their own negated rows), never from SQL. A giver or a project counts when one of its
// records in the slice stands (is neither a reversal nor reversed).
import type { AidConfirmation } from '../../../common/ledger.ts';
import type { AidDraft } from '../ledger/store.ts';
import type { Figures } from './schemas.ts';

export interface WrittenRecord {
  id: number;
  draft: AidDraft;
  /** The bucket its figures sit in: its receipt state, or for a reversal the state of the record it cancels. */
  confirmation: AidConfirmation;
  /** Cancelled by a later reversal. */
  reversed: boolean;
}

export interface Slice {
  region?: string;
  from?: string;
  to?: string;
  programId?: number;
  keyField?: string;
  giverForm?: string;
  organizationId?: number;
  counterpart?: boolean;
}

export function inSlice(r: WrittenRecord, s: Slice): boolean {
  const d = r.draft;
  const month = d.occurred_on.slice(0, 7);
  return (
    (s.region === undefined || d.region_code.startsWith(s.region)) &&
    (s.from === undefined || month >= s.from) &&
    (s.to === undefined || month <= s.to) &&
    (s.programId === undefined || d.program_id === s.programId) &&
    (s.keyField === undefined || d.key_field_code === s.keyField) &&
    (s.giverForm === undefined || d.giver_form === s.giverForm) &&
    (s.organizationId === undefined || d.organization_id === s.organizationId) &&
    (s.counterpart === undefined || d.counterpart === s.counterpart)
  );
}

const sum = (rows: WrittenRecord[], f: (r: WrittenRecord) => number) => rows.reduce((n, r) => n + f(r), 0);
const net = (r: WrittenRecord) => (r.draft.reverses_id === null ? 1 : -1);
const standing = (r: WrittenRecord) => r.draft.reverses_id === null && !r.reversed;
const distinct = <T>(values: (T | null)[]) => new Set(values.filter((v) => v !== null)).size;

export function expectedFigures(all: WrittenRecord[], s: Slice): Figures {
  const rows = all.filter((r) => inSlice(r, s));
  const of = (kind: string) => rows.filter((r) => r.draft.kind === kind);
  const amount = (rs: WrittenRecord[]) => sum(rs, (r) => r.draft.amount_fen);
  const up = rows.filter(standing);
  const staff = sum(rows, (r) => r.draft.staff_count);
  const volunteers = sum(rows, (r) => r.draft.volunteer_count);
  const enterprises = sum(rows, (r) => r.draft.enterprise_count);
  return {
    records: sum(rows, net),
    projects: distinct(up.map((r) => r.draft.project_id)),
    activities: sum(of('activity'), net),
    organizations: distinct(up.map((r) => r.draft.organization_id)),
    caringIndividuals: distinct(up.map((r) => r.draft.caring_account_id)),
    participants: staff + volunteers + enterprises,
    staff,
    volunteers,
    enterprises,
    totalFen: amount(rows),
    fundsFen: amount(of('funds')),
    materialRecords: sum(of('materials'), net),
    materialQuantity: sum(of('materials'), (r) => r.draft.material_quantity),
    materialValueFen: amount(of('materials')),
    purchaseFen: amount(of('purchase')),
    serviceFen: amount([...of('activity'), ...of('service')]),
    employed: sum(of('employment'), (r) => r.draft.beneficiary_count),
    beneficiaries: sum(rows, (r) => r.draft.beneficiary_count),
    beneficiaryHouseholds: sum(rows, (r) => r.draft.beneficiary_households),
    confirmedFen: amount(rows.filter((r) => r.confirmation === 'confirmed')),
    unconfirmedFen: amount(rows.filter((r) => r.confirmation === 'unconfirmed')),
    disputedFen: amount(rows.filter((r) => r.confirmation === 'disputed')),
  };
}

export function expectedChannels(all: WrittenRecord[], s: Slice): { channel: string; amountFen: number }[] {
  const totals = new Map<string, number>();
  for (const r of all.filter((x) => inSlice(x, s) && x.draft.kind === 'purchase')) {
    const ch = r.draft.purchase_channel ?? '';
    totals.set(ch, (totals.get(ch) ?? 0) + r.draft.amount_fen);
  }
  return [...totals].filter(([, v]) => v !== 0).map(([channel, amountFen]) => ({ channel, amountFen }));
}
