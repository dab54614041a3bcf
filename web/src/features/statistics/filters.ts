// The statistics filters as the page keeps them in its URL, the query the server is asked with (the period resolved
// to this year by default), and the ledger drill-down: the same filters in the ledger list's words (months become
// the first and last calendar day) plus what the figure clicked adds (kind, confirmation, counterpart...).
import {
  AID_KINDS,
  GIVER_FORMS,
  PURCHASE_CHANNELS,
  type AidConfirmation,
  type AidKind,
  type GiverForm,
  type PurchaseChannel,
} from '../../../../src/common/ledger.ts';
import { isMonth, monthFirstDay, monthLastDay, thisYearMonths } from './months.ts';

/** What the URL carries; absent means "not filtered" (region: the caller's scope; months: this year). */
export interface StatFilters {
  region?: string;
  from?: string;
  to?: string;
  programId?: number;
  keyField?: string;
  giverForm?: GiverForm;
  organizationId?: number;
}

/** The query of every statistics route: the filters with the period always named. */
export type ResolvedFilters = StatFilters & { from: string; to: string };

export type BreakdownBy = 'field' | 'county' | 'child' | 'kind' | 'form' | 'organization';

/** What a figure adds to the filters when it opens the ledger. */
export interface DrillExtra {
  region?: string;
  /** One month instead of the period (a point of the trend). */
  month?: string;
  keyField?: string;
  giverForm?: GiverForm;
  organizationId?: number;
  kind?: AidKind;
  purchaseChannel?: PurchaseChannel;
  confirmation?: AidConfirmation;
  counterpart?: boolean;
}

const REGION = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;
const CODE = /^[a-z][a-z0-9_]{1,47}$/;
const ID = /^[1-9]\d{0,14}$/;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

function id(value: string | null): number | undefined {
  if (value === null || !ID.test(value)) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** The filters a URL names; anything malformed is left out rather than sent to be refused. */
export function filtersFromParams(params: URLSearchParams): StatFilters {
  const out: StatFilters = {};
  const region = params.get('region');
  if (region !== null && REGION.test(region)) out.region = region;
  const from = params.get('from');
  if (isMonth(from)) out.from = from;
  const to = params.get('to');
  if (isMonth(to)) out.to = to;
  const programId = id(params.get('programId'));
  if (programId !== undefined) out.programId = programId;
  const keyField = params.get('keyField');
  if (keyField !== null && CODE.test(keyField)) out.keyField = keyField;
  const giverForm = oneOf(GIVER_FORMS, params.get('giverForm'));
  if (giverForm) out.giverForm = giverForm;
  const organizationId = id(params.get('organizationId'));
  if (organizationId !== undefined) out.organizationId = organizationId;
  return out;
}

const ORDER: (keyof StatFilters)[] = ['region', 'from', 'to', 'programId', 'keyField', 'giverForm', 'organizationId'];

/** The URL of these filters, in a fixed order so that the same filters always read the same. */
export function filtersToParams(filters: StatFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = filters[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

/** The filters with one of them changed (undefined or null removes it). */
export function withFilter<K extends keyof StatFilters>(filters: StatFilters, key: K, value: StatFilters[K] | null): StatFilters {
  const next: StatFilters = { ...filters };
  if (value === undefined || value === null || value === '') delete next[key];
  else next[key] = value;
  return next;
}

/** The period defaults to this year, each end on its own: "from March" still ends this month. */
export function resolveFilters(filters: StatFilters, today: string): ResolvedFilters {
  const year = thisYearMonths(today);
  return { ...filters, from: filters.from ?? year.from, to: filters.to ?? year.to };
}

/** Whether the filters narrow anything beyond the default period and the caller's scope. */
export function hasFilters(filters: StatFilters): boolean {
  return ORDER.some((key) => filters[key] !== undefined);
}

/** The ledger list (`/ledger?...`) holding the records behind a figure of these filters. */
export function ledgerLink(filters: ResolvedFilters, extra: DrillExtra = {}): string {
  const from = extra.month ?? filters.from;
  const to = extra.month ?? filters.to;
  const pairs: [string, string | number | boolean | undefined][] = [
    ['region', extra.region ?? filters.region],
    ['from', monthFirstDay(from)],
    ['to', monthLastDay(to)],
    ['programId', filters.programId],
    ['keyField', extra.keyField ?? filters.keyField],
    ['giverForm', extra.giverForm ?? filters.giverForm],
    ['organizationId', extra.organizationId ?? filters.organizationId],
    ['kind', extra.kind],
    ['purchaseChannel', extra.purchaseChannel],
    ['confirmation', extra.confirmation],
    ['counterpart', extra.counterpart ? true : undefined],
  ];
  const params = new URLSearchParams();
  for (const [key, value] of pairs) if (value !== undefined) params.set(key, String(value));
  return `/ledger?${params.toString()}`;
}

/** What one breakdown row narrows: its key in the ledger's words. */
export function breakdownExtra(by: BreakdownBy, key: string): DrillExtra {
  switch (by) {
    case 'field':
      return { keyField: key };
    case 'county':
    case 'child':
      return REGION.test(key) ? { region: key } : {};
    case 'kind': {
      const kind = oneOf(AID_KINDS, key);
      return kind ? { kind } : {};
    }
    case 'form': {
      const giverForm = oneOf(GIVER_FORMS, key);
      return giverForm ? { giverForm } : {};
    }
    case 'organization': {
      const organizationId = id(key);
      return organizationId === undefined ? {} : { organizationId };
    }
  }
}

/** A purchase channel's drill-down (the consumption-assistance card's channels). */
export function channelExtra(channel: string): DrillExtra {
  const purchaseChannel = oneOf(PURCHASE_CHANNELS, channel);
  return purchaseChannel ? { kind: 'purchase', purchaseChannel } : { kind: 'purchase' };
}
