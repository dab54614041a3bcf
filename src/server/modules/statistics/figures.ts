// The definitions of the figures, written once for both tables they are read from: the monthly rollup
// (aid_month_totals, where `records` is already net and `confirmation` a column) and the records themselves
// (aid_records, where a reversal counts -1 and the confirmation comes from the record's state). Every sum is cast to
// bigint: PostgreSQL sums bigint into numeric, which the driver would hand over as text.
import { sql, type AliasedRawBuilder, type RawBuilder } from 'kysely';
import { PURCHASE_CHANNELS, type PurchaseChannel } from '../../../common/ledger.ts';
import type { Figures } from './schemas.ts';

/** How a table spells a record's count (+1, or -1 for a reversal) and its confirmation bucket. */
export interface SumSource {
  net: RawBuilder<number>;
  confirmation: RawBuilder<string>;
}

export const ROLLUP_SOURCE: SumSource = { net: sql<number>`records`, confirmation: sql<string>`confirmation` };

/** For `aid_records` left-joined to `aid_record_states as s`. */
export const RECORD_SOURCE: SumSource = {
  net: sql<number>`case when reverses_id is null then 1 else -1 end`,
  confirmation: sql<string>`coalesce(reversed_confirmation, s.confirmation, 'unconfirmed')`,
};

type ChannelKey = `purchase_${PurchaseChannel}`;
export type SumKey =
  | 'records'
  | 'activities'
  | 'staff'
  | 'volunteers'
  | 'enterprises'
  | 'total_fen'
  | 'funds_fen'
  | 'material_records'
  | 'material_quantity'
  | 'material_value_fen'
  | 'purchase_fen'
  | 'service_fen'
  | 'employed'
  | 'beneficiaries'
  | 'beneficiary_households'
  | 'confirmed_fen'
  | 'unconfirmed_fen'
  | 'disputed_fen'
  | ChannelKey;
export type Sums = Record<SumKey, number>;

type SumOf = (c: SumSource) => RawBuilder<unknown>;

const channelSums = {} as Record<ChannelKey, SumOf>;
for (const ch of PURCHASE_CHANNELS) {
  channelSums[`purchase_${ch}`] = () => sql`sum(amount_fen) filter (where kind = 'purchase' and purchase_channel = ${sql.lit(ch)})`;
}

const SUMS: Record<SumKey, SumOf> = {
  records: (c) => sql`sum(${c.net})`,
  activities: (c) => sql`sum(${c.net}) filter (where kind = 'activity')`,
  staff: () => sql`sum(staff_count)`,
  volunteers: () => sql`sum(volunteer_count)`,
  enterprises: () => sql`sum(enterprise_count)`,
  total_fen: () => sql`sum(amount_fen)`,
  funds_fen: () => sql`sum(amount_fen) filter (where kind = 'funds')`,
  material_records: (c) => sql`sum(${c.net}) filter (where kind = 'materials')`,
  material_quantity: () => sql`sum(material_quantity) filter (where kind = 'materials')`,
  material_value_fen: () => sql`sum(amount_fen) filter (where kind = 'materials')`,
  purchase_fen: () => sql`sum(amount_fen) filter (where kind = 'purchase')`,
  service_fen: () => sql`sum(amount_fen) filter (where kind in ('activity', 'service'))`,
  employed: () => sql`sum(beneficiary_count) filter (where kind = 'employment')`,
  beneficiaries: () => sql`sum(beneficiary_count)`,
  beneficiary_households: () => sql`sum(beneficiary_households)`,
  confirmed_fen: (c) => sql`sum(amount_fen) filter (where ${c.confirmation} = 'confirmed')`,
  unconfirmed_fen: (c) => sql`sum(amount_fen) filter (where ${c.confirmation} = 'unconfirmed')`,
  disputed_fen: (c) => sql`sum(amount_fen) filter (where ${c.confirmation} = 'disputed')`,
  ...channelSums,
};

/** The select list of every sum, named by SumKey. */
export function sumColumns(c: SumSource): AliasedRawBuilder<number, SumKey>[] {
  return (Object.keys(SUMS) as SumKey[]).map((key) => sql<number>`coalesce(${SUMS[key](c)}, 0)::bigint`.as(key));
}

export function zeroSums(): Sums {
  return Object.fromEntries(Object.keys(SUMS).map((k) => [k, 0])) as Sums;
}

export function addSums(rows: readonly Sums[]): Sums {
  const out = zeroSums();
  for (const row of rows) for (const key of Object.keys(out) as SumKey[]) out[key] += Number(row[key]);
  return out;
}

/** Distinct givers and projects with some record standing in the slice (see rollup-queries / record-queries). */
export interface GiverCounts {
  organizations: number;
  caring_individuals: number;
  projects: number;
}

export function figuresOf(s: Sums, g: GiverCounts): Figures {
  return {
    records: s.records,
    projects: g.projects,
    activities: s.activities,
    organizations: g.organizations,
    caringIndividuals: g.caring_individuals,
    participants: s.staff + s.volunteers + s.enterprises,
    staff: s.staff,
    volunteers: s.volunteers,
    enterprises: s.enterprises,
    totalFen: s.total_fen,
    fundsFen: s.funds_fen,
    materialRecords: s.material_records,
    materialQuantity: s.material_quantity,
    materialValueFen: s.material_value_fen,
    purchaseFen: s.purchase_fen,
    serviceFen: s.service_fen,
    employed: s.employed,
    beneficiaries: s.beneficiaries,
    beneficiaryHouseholds: s.beneficiary_households,
    confirmedFen: s.confirmed_fen,
    unconfirmedFen: s.unconfirmed_fen,
    disputedFen: s.disputed_fen,
  };
}

/** Purchases by channel in the ledger's order, channels without any left out. */
export function channelsOf(s: Sums): { channel: PurchaseChannel; amountFen: number }[] {
  return PURCHASE_CHANNELS.map((channel) => ({ channel, amountFen: s[`purchase_${channel}`] })).filter((c) => c.amountFen !== 0);
}
