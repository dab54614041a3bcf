// The ledger's filters live in the address (/ledger?region=500238&from=2026-01-01&kind=funds…), so that a figure of
// the statistics page opens the records behind it and a filtered list can be bookmarked or sent. The names are the
// API's (AidRecordFilters), read back with the same checks the server makes: a value it would refuse is dropped
// rather than turning the whole list into an error.
import {
  AID_CONFIRMATIONS,
  AID_KINDS,
  AID_RECORD_STANDINGS,
  GIVER_FORMS,
  PURCHASE_CHANNELS,
  type LedgerFilters,
} from '../../api/ledger.ts';
import { isIsoDate } from '../../../../src/common/glossary.ts';

/** Every filter the list takes, in the order the summary line names them. */
export const LEDGER_FILTER_KEYS = [
  'region',
  'from',
  'to',
  'programId',
  'keyField',
  'giverForm',
  'organizationId',
  'kind',
  'purchaseChannel',
  'confirmation',
  'standing',
  'counterpart',
  'householdId',
  'projectId',
  'pairingId',
  'needId',
  'importJobId',
  'duplicateOnly',
] as const satisfies readonly (keyof LedgerFilters)[];
export type LedgerFilterKey = (typeof LEDGER_FILTER_KEYS)[number];
const _everyFilter: Exclude<keyof LedgerFilters, LedgerFilterKey> extends never ? true : never = true;

const REGION = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;
const ID = /^[1-9]\d{0,14}$/;
const CODE = /^[a-z][a-z0-9_]{1,47}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

function id(value: string | null): number | undefined {
  return value !== null && ID.test(value) && Number(value) <= Number.MAX_SAFE_INTEGER ? Number(value) : undefined;
}

function bool(value: string | null): boolean | undefined {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}

/** The filters an address holds; unknown names and values the server would refuse are left out. */
export function filtersFromParams(params: URLSearchParams): LedgerFilters {
  const out: LedgerFilters = {};
  const region = params.get('region');
  if (region !== null && REGION.test(region)) out.region = region;
  const from = params.get('from');
  if (from !== null && isIsoDate(from)) out.from = from;
  const to = params.get('to');
  if (to !== null && isIsoDate(to)) out.to = to;
  const programId = id(params.get('programId'));
  if (programId !== undefined) out.programId = programId;
  const keyField = params.get('keyField');
  if (keyField !== null && CODE.test(keyField)) out.keyField = keyField;
  const giverForm = oneOf(GIVER_FORMS, params.get('giverForm'));
  if (giverForm) out.giverForm = giverForm;
  const organizationId = id(params.get('organizationId'));
  if (organizationId !== undefined) out.organizationId = organizationId;
  const kind = oneOf(AID_KINDS, params.get('kind'));
  if (kind) out.kind = kind;
  const purchaseChannel = oneOf(PURCHASE_CHANNELS, params.get('purchaseChannel'));
  if (purchaseChannel) out.purchaseChannel = purchaseChannel;
  const confirmation = oneOf(AID_CONFIRMATIONS, params.get('confirmation'));
  if (confirmation) out.confirmation = confirmation;
  const standing = oneOf(AID_RECORD_STANDINGS, params.get('standing'));
  if (standing) out.standing = standing;
  const counterpart = bool(params.get('counterpart'));
  if (counterpart !== undefined) out.counterpart = counterpart;
  const householdId = id(params.get('householdId'));
  if (householdId !== undefined) out.householdId = householdId;
  const projectId = id(params.get('projectId'));
  if (projectId !== undefined) out.projectId = projectId;
  const pairingId = id(params.get('pairingId'));
  if (pairingId !== undefined) out.pairingId = pairingId;
  const needId = id(params.get('needId'));
  if (needId !== undefined) out.needId = needId;
  const importJobId = params.get('importJobId');
  if (importJobId !== null && UUID.test(importJobId)) out.importJobId = importJobId.toLowerCase();
  // Only "yes" narrows the list; "no" is the same as not asking.
  if (bool(params.get('duplicateOnly')) === true) out.duplicateOnly = true;
  return out;
}

/** The address's query for these filters, in a stable order (the same filters give the same address). */
export function paramsFromFilters(filters: LedgerFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of LEDGER_FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === null || value === '' || (key === 'duplicateOnly' && value !== true)) continue;
    params.set(key, String(value));
  }
  return params;
}

export function activeFilterKeys(filters: LedgerFilters): LedgerFilterKey[] {
  return LEDGER_FILTER_KEYS.filter((key) => {
    const value = filters[key];
    return value !== undefined && value !== null && value !== '' && !(key === 'duplicateOnly' && value !== true);
  });
}

/** The filters of the filter bar, as its form holds them; the rest come from links (a household, a project…). */
export interface LedgerFilterValues {
  region?: string | null;
  /** [from, to] as YYYY-MM-DD; either end may be open. */
  period?: readonly [string | null, string | null] | null;
  programId?: number | null;
  keyField?: string | null;
  giverForm?: LedgerFilters['giverForm'] | null;
  organizationId?: number | null;
  kind?: LedgerFilters['kind'] | null;
  purchaseChannel?: LedgerFilters['purchaseChannel'] | null;
  confirmation?: LedgerFilters['confirmation'] | null;
  standing?: LedgerFilters['standing'] | null;
  /** 'yes' only counterpart support, 'no' none of it. */
  counterpart?: 'yes' | 'no' | null;
  duplicateOnly?: boolean;
}

/** The filters only a link sets; the filter bar keeps them while its own choices change. */
export const LINKED_FILTER_KEYS = [
  'householdId',
  'projectId',
  'pairingId',
  'needId',
  'importJobId',
] as const satisfies readonly LedgerFilterKey[];

export function filterValuesOf(filters: LedgerFilters): Required<LedgerFilterValues> {
  return {
    region: filters.region ?? null,
    period: filters.from || filters.to ? [filters.from ?? null, filters.to ?? null] : null,
    programId: filters.programId ?? null,
    keyField: filters.keyField ?? null,
    giverForm: filters.giverForm ?? null,
    organizationId: filters.organizationId ?? null,
    kind: filters.kind ?? null,
    purchaseChannel: filters.purchaseChannel ?? null,
    confirmation: filters.confirmation ?? null,
    standing: filters.standing ?? null,
    counterpart: filters.counterpart === undefined ? null : filters.counterpart ? 'yes' : 'no',
    duplicateOnly: filters.duplicateOnly === true,
  };
}

/** The filter bar's choices, with the linked filters of `current` kept. A channel only narrows purchases. */
export function filtersOfValues(values: LedgerFilterValues, current: LedgerFilters): LedgerFilters {
  const out: LedgerFilters = {};
  for (const key of LINKED_FILTER_KEYS) {
    const value = current[key];
    if (value !== undefined) Object.assign(out, { [key]: value });
  }
  if (values.region) out.region = values.region;
  const [from, to] = values.period ?? [null, null];
  if (from) out.from = from;
  if (to) out.to = to;
  if (values.programId) out.programId = values.programId;
  if (values.keyField) out.keyField = values.keyField;
  if (values.giverForm) out.giverForm = values.giverForm;
  if (values.organizationId) out.organizationId = values.organizationId;
  if (values.kind) out.kind = values.kind;
  if (values.purchaseChannel && (!values.kind || values.kind === 'purchase'))
    out.purchaseChannel = values.purchaseChannel;
  if (values.confirmation) out.confirmation = values.confirmation;
  if (values.standing) out.standing = values.standing;
  if (values.counterpart) out.counterpart = values.counterpart === 'yes';
  if (values.duplicateOnly) out.duplicateOnly = true;
  return out;
}

/** The same filters with one left out (the summary line's tags close one by one). */
export function withoutFilter(filters: LedgerFilters, key: LedgerFilterKey): LedgerFilters {
  const out: LedgerFilters = { ...filters };
  delete out[key];
  return out;
}

/** "待我确认": what a liaison still has to confirm (standing records not yet confirmed or disputed). */
export function isAwaitingMe(filters: LedgerFilters): boolean {
  return filters.confirmation === 'unconfirmed' && filters.standing === 'standing';
}

export function awaitingMe(filters: LedgerFilters, on: boolean): LedgerFilters {
  const out: LedgerFilters = { ...filters };
  if (on) {
    out.confirmation = 'unconfirmed';
    out.standing = 'standing';
  } else {
    delete out.confirmation;
    delete out.standing;
  }
  return out;
}
