// One row of the sheet -> one aid record's draft, or every problem of the row, column by column. The rules are the
// form's: the shared record rules (ledger/rules.ts) and the same references (the place is a county, township or
// village; the household lives there; the project and the pairing are the giver's and cover the place), the giver
// and counterpart support worked out as the form does, and for officials the organization and place in scope.
import { PLACEHOLDER_REGION_NAMES, regionPrefixes } from '../../../common/glossary.ts';
import type { AidKind } from '../../../common/ledger.ts';
import { chainKeyOf } from '../ledger/chain.ts';
import { checkAidRules, type RuleInput } from '../ledger/rules.ts';
import type { AidDraft } from '../ledger/store.ts';
import {
  activityType,
  aidKind,
  compact,
  dateText,
  fundingSource,
  MAX_COUNT,
  MAX_QUANTITY,
  purchaseChannel,
  wholeNumber,
  yesNo,
  yuanToFen,
  type Parsed,
} from './cells.ts';
import { COLUMNS, type ColumnKey } from './columns.ts';
import { PROJECT_STATUSES_WITH_AID, type Commitment, type Giver, type Lookups, type RegionInfo } from './lookups.ts';
import type { SheetRow } from './reader.ts';

export interface RowProblem {
  column: ColumnKey;
  message: string;
}

/** Who gives: the importing organization itself, or (an official's import) the organization each row names. */
export type Importer = { kind: 'organization'; giver: Giver } | { kind: 'official'; scope: string | null };

export interface CheckContext {
  lookups: Lookups;
  importer: Importer;
  /** The column headers as the sheet writes them. */
  headers: Record<ColumnKey, string>;
  today: string;
  createdBy: number;
  jobId: string;
}

export interface CheckedRow {
  row: number;
  problems: RowProblem[];
  /** Set when the row has no problem of its own (duplicates are checked across rows afterwards). */
  draft?: AidDraft;
  giver?: Giver;
  confirmDuplicate: boolean;
}

const PLACE_LENGTHS = new Set([6, 9, 12]);
const COLUMN_ORDER = new Map(COLUMNS.map((c, i) => [c.key, i]));
/** The shared rules' field names -> the sheet's columns. */
const RULE_COLUMNS: Record<string, ColumnKey> = {
  occurredOn: 'occurredOn',
  periodEnd: 'periodEnd',
  items: 'itemName',
  amountFen: 'amount',
  purchaseChannel: 'purchaseChannel',
  activityType: 'activityType',
  beneficiaryHouseholds: 'beneficiaryHouseholds',
};

/** The credit code as written, in the registry's form (upper case, no spaces). */
export function creditCodeOf(text: string): string {
  return compact(text).toUpperCase();
}

export function placeCodeOf(text: string): string {
  return compact(text);
}

/** A numeric id cell (住户编号, 项目编号 ...): blank is none. */
export function idOf(text: string): number | null | undefined {
  if (text === '') return null;
  const parsed = wholeNumber(text, 1, Number.MAX_SAFE_INTEGER, null);
  return 'value' in parsed ? parsed.value : undefined;
}

/** Without the committee suffix people leave out (中岗村村民委员会 -> 中岗村). */
function shortNames(r: RegionInfo): string[] {
  return [...new Set([r.displayName, r.name, r.name.replace(/(村民委员会|居民委员会|村委会|居委会)$/, '')])].filter(
    (n) => n !== '',
  );
}

/**
 * Whether a written place name fits the code: it ends with the place's own name, and whatever precedes it names some
 * of the regions above, in order (巫溪县红池坝镇中岗村, 红池坝镇中岗村, 重庆市巫溪县中岗村村民委员会).
 */
export function nameFits(written: string, code: string, regions: ReadonlyMap<string, RegionInfo | null>): boolean {
  const w = compact(written).replace(/[/／、\\|-]/g, '');
  const place = regions.get(code);
  if (!place) return false;
  const ancestors = regionPrefixes(code)
    .filter((c) => c !== code)
    .map((c) => regions.get(c))
    .filter((r): r is RegionInfo => r != null && !PLACEHOLDER_REGION_NAMES.has(r.displayName));
  for (const own of shortNames(place)) {
    if (!w.endsWith(own)) continue;
    let rest = w.slice(0, w.length - own.length);
    for (let i = ancestors.length - 1; i >= 0 && rest !== ''; i -= 1) {
      const names = shortNames(ancestors[i]!);
      const match = names.find((n) => rest.endsWith(n));
      if (match) rest = rest.slice(0, rest.length - match.length);
    }
    if (rest === '') return true;
  }
  return false;
}

function pathName(code: string, regions: ReadonlyMap<string, RegionInfo | null>): string {
  return regionPrefixes(code)
    .map((c) => regions.get(c)?.displayName)
    .filter((n): n is string => n !== undefined && !PLACEHOLDER_REGION_NAMES.has(n))
    .join('');
}

/** The place lies in (or is) one of the commitment's places. */
function covers(c: Commitment, place: string): boolean {
  return c.places.some((p) => place.startsWith(p));
}

class Problems {
  readonly list: RowProblem[] = [];
  constructor(private readonly headers: Record<ColumnKey, string>) {}

  add(column: ColumnKey, message: string): void {
    this.list.push({ column, message: `${this.headers[column]}：${message}` });
  }

  has(column: ColumnKey): boolean {
    return this.list.some((p) => p.column === column);
  }

  take<T>(column: ColumnKey, parsed: Parsed<T>): T | undefined {
    if ('problem' in parsed) {
      this.add(column, parsed.problem);
      return undefined;
    }
    return parsed.value;
  }

  sorted(): RowProblem[] {
    return [...this.list].sort((a, b) => COLUMN_ORDER.get(a.column)! - COLUMN_ORDER.get(b.column)!);
  }
}

function text(p: Problems, column: ColumnKey, value: string, max: number, required: boolean): string | null {
  if (value === '') {
    if (required) p.add(column, '请填写');
    return null;
  }
  if ([...value].length > max) {
    p.add(column, `不能超过 ${max} 个字，现在是 ${[...value].length} 个字`);
    return null;
  }
  return value;
}

function giverOf(p: Problems, row: SheetRow, ctx: CheckContext): Giver | undefined {
  if (ctx.importer.kind === 'organization') return ctx.importer.giver;
  const code = creditCodeOf(row.values.creditCode);
  if (code === '') {
    p.add('creditCode', '部门代社会组织导入时，请填写该组织的统一社会信用代码');
    return undefined;
  }
  const giver = ctx.lookups.giversByCredit.get(code);
  if (!giver) p.add('creditCode', `「${code}」没有登记的社会组织，请核对`);
  else if (giver.status !== 'approved') p.add('creditCode', `${giver.name}尚未通过登记审核，不能记录帮扶`);
  else if (!giver.inScope)
    p.add('creditCode', `${giver.name}既不在您管辖的地区登记，也不在该地区开展服务，不能代其导入`);
  else return giver;
  return undefined;
}

function placeOf(p: Problems, row: SheetRow, ctx: CheckContext): string | undefined {
  const code = placeCodeOf(row.values.regionCode);
  if (code === '') {
    p.add('regionCode', '请填写帮扶地区的区划代码（区县 6 位、乡镇 9 位或村 12 位）');
    return undefined;
  }
  if (!/^\d+$/.test(code) || !PLACE_LENGTHS.has(code.length)) {
    p.add('regionCode', `「${row.values.regionCode}」应为 6 位区县、9 位乡镇（街道）或 12 位村（社区）的区划代码`);
    return undefined;
  }
  const place = ctx.lookups.regions.get(code);
  if (!place) {
    p.add('regionCode', `区划代码 ${code} 不存在，请核对`);
    return undefined;
  }
  const scope = ctx.importer.kind === 'official' ? ctx.importer.scope : null;
  if (scope !== null && !code.startsWith(scope)) {
    p.add('regionCode', `${pathName(code, ctx.lookups.regions)}不在您的管辖范围内`);
    return undefined;
  }
  if (row.values.regionName !== '' && !nameFits(row.values.regionName, code, ctx.lookups.regions)) {
    p.add(
      'regionName',
      `「${row.values.regionName}」与地区代码 ${code}（${pathName(code, ctx.lookups.regions)}）不符，请核对代码或名称`,
    );
  }
  return code;
}

function commitmentOf(
  p: Problems,
  column: 'projectId' | 'pairingId',
  written: string,
  found: ReadonlyMap<number, Commitment | null>,
  giver: Giver | undefined,
  place: string | undefined,
): { id: number | null; commitment?: Commitment } {
  const what = column === 'projectId' ? '项目' : '结对协议';
  const id = idOf(written);
  if (id === undefined) {
    p.add(column, `「${written}」应为${what}编号（正整数）`);
    return { id: null };
  }
  if (id === null) return { id: null };
  const c = found.get(id);
  // Another organization's is answered as one that does not exist: the sheet learns nothing of others' projects.
  if (!c || (giver && !c.organizationIds.includes(giver.id))) {
    p.add(column, giver ? `${giver.name}没有编号为 ${id} 的${what}，请核对` : `${what} ${id} 不存在`);
    return { id };
  }
  if (column === 'projectId' && !PROJECT_STATUSES_WITH_AID.includes(c.status)) {
    p.add(column, `项目 ${id} 尚未签约或已取消，签约后才能记录帮扶`);
  } else if (column === 'pairingId' && c.status !== 'confirmed') {
    p.add(column, `结对协议 ${id} 不在有效期内（未确认、已退回或已终止）`);
  } else if (place !== undefined && !covers(c, place)) p.add(column, `帮扶地区不在${what} ${id} 的帮扶地区内`);
  return { id, commitment: c };
}

function householdOf(p: Problems, written: string, ctx: CheckContext, place: string | undefined): number | null {
  const id = idOf(written);
  if (id === undefined) {
    p.add('householdId', `「${written}」应为住户编号（正整数）`);
    return null;
  }
  if (id === null) return null;
  const h = ctx.lookups.households.get(id);
  if (!h || !h.active) p.add('householdId', `住户 ${id} 不存在或已归档`);
  else if (place !== undefined && !h.regionCode.startsWith(place)) p.add('householdId', `住户 ${id} 不在该帮扶地区`);
  return id;
}

function count(p: Problems, column: ColumnKey, written: string): number {
  return p.take(column, wholeNumber(written, 0, MAX_COUNT, 0)) ?? 0;
}

/** Materials carry one item a row: its name, quantity and unit, valued at the row's amount. */
function itemOf(
  p: Problems,
  row: SheetRow,
  kind: AidKind | undefined,
): { name: string; quantity: number; unit: string } | null {
  const { itemName, itemQuantity, itemUnit } = row.values;
  if (kind !== 'materials') {
    if (kind !== undefined) {
      const filled = (['itemName', 'itemQuantity', 'itemUnit'] as const).find((k) => row.values[k] !== '');
      if (filled) p.add(filled, '只有“捐赠物资”填写物资名称、数量和单位');
    }
    return null;
  }
  const name = text(p, 'itemName', itemName, 60, true);
  const quantity =
    itemQuantity === ''
      ? (p.add('itemQuantity', '捐赠物资请填写数量'), null)
      : p.take('itemQuantity', wholeNumber(itemQuantity, 1, MAX_QUANTITY, null));
  const unit = text(p, 'itemUnit', itemUnit, 10, true);
  return name !== null && quantity != null && unit !== null ? { name, quantity, unit } : null;
}

/** The row's draft, or its problems; `confirmDuplicate` says the giver accepted a duplicate of the same content. */
export function checkRow(row: SheetRow, ctx: CheckContext): CheckedRow {
  const p = new Problems(ctx.headers);
  const v = row.values;
  const giver = giverOf(p, row, ctx);
  const place = placeOf(p, row, ctx);
  const householdId = householdOf(p, v.householdId, ctx, place);
  const project = commitmentOf(p, 'projectId', v.projectId, ctx.lookups.projects, giver, place);
  const pairing = commitmentOf(p, 'pairingId', v.pairingId, ctx.lookups.pairings, giver, place);

  const occurredOn =
    v.occurredOn === '' ? (p.add('occurredOn', '请填写帮扶日期，如 2026-03-15'), undefined) : dateText(v.occurredOn);
  const periodEnd = v.periodEnd === '' ? null : dateText(v.periodEnd);
  const kind = v.kind === '' ? (p.add('kind', '请从列表中选择帮扶方式'), undefined) : p.take('kind', aidKind(v.kind));
  const activity = text(p, 'activityType', v.activityType, 30, false);
  let keyField: string | undefined;
  if (v.keyField === '') p.add('keyField', '请从列表中选择重点领域');
  else {
    keyField = ctx.lookups.keyFields.get(compact(v.keyField)) ?? ctx.lookups.keyFields.get(v.keyField);
    if (!keyField) p.add('keyField', `「${v.keyField}」不是现行的重点领域，请从列表中选择`);
  }
  const amountFen = p.take('amount', yuanToFen(v.amount));
  const item = itemOf(p, row, kind);
  const channel = v.purchaseChannel === '' ? null : p.take('purchaseChannel', purchaseChannel(v.purchaseChannel));
  const source = v.fundingSource === '' ? null : p.take('fundingSource', fundingSource(v.fundingSource));
  const staff = count(p, 'staffCount', v.staffCount);
  const volunteers = count(p, 'volunteerCount', v.volunteerCount);
  const enterprises = count(p, 'enterpriseCount', v.enterpriseCount);
  const beneficiaries = count(p, 'beneficiaryCount', v.beneficiaryCount);
  const households = count(p, 'beneficiaryHouseholds', v.beneficiaryHouseholds);
  const summary = text(p, 'summary', v.summary, 200, true);
  const description = text(p, 'description', v.description, 2000, false);
  const externalRef = text(p, 'externalRef', v.externalRef, 60, false);
  const confirmDuplicate = p.take('confirmDuplicate', yesNo(v.confirmDuplicate)) ?? false;

  if (occurredOn !== undefined && kind !== undefined && amountFen !== undefined) {
    const input: RuleInput = {
      occurredOn,
      periodEnd,
      kind,
      amountFen,
      items: item ? [{ name: item.name, quantity: item.quantity, unit: item.unit, valueFen: amountFen }] : [],
      purchaseChannel: channel ?? null,
      activityType: activity,
      householdId,
      beneficiaryHouseholds: households,
    };
    const itemsFlagged = p.has('itemName') || p.has('itemQuantity') || p.has('itemUnit');
    for (const e of checkAidRules(input, ctx.today)) {
      const column = RULE_COLUMNS[e.field] ?? 'summary';
      if (p.has(column) || (e.field === 'items' && itemsFlagged)) continue;
      p.add(column, e.message);
    }
  }

  // The record counts toward the program of its project (else its pairing): the place must lie in that program's region.
  const program =
    project.commitment?.programId != null
      ? { column: 'projectId' as const, what: `项目 ${project.id}`, id: project.commitment.programId }
      : pairing.commitment?.programId != null
        ? { column: 'pairingId' as const, what: `结对协议 ${pairing.id}`, id: pairing.commitment.programId }
        : undefined;
  if (program && place !== undefined && !p.has(program.column)) {
    const region = ctx.lookups.programs.get(program.id);
    if (region != null && !place.startsWith(region))
      p.add(program.column, `帮扶地区不在${program.what} 所属帮扶计划的实施范围内`);
  }

  const problems = p.sorted();
  if (
    problems.length > 0 ||
    !giver ||
    !place ||
    occurredOn === undefined ||
    !kind ||
    !keyField ||
    amountFen === undefined ||
    summary === null
  ) {
    return { row: row.row, problems, confirmDuplicate };
  }
  const draft: AidDraft = {
    organization_id: giver.id,
    caring_account_id: null,
    giver_form: giver.form,
    // Counterpart support: registered in another province than the place's (a national registration is no province's).
    counterpart:
      giver.registrationRegionCode !== null && giver.registrationRegionCode.slice(0, 2) !== place.slice(0, 2),
    region_code: place,
    household_id: householdId,
    need_id: null,
    pairing_id: pairing.id,
    project_id: project.id,
    program_id: project.commitment?.programId ?? pairing.commitment?.programId ?? null,
    occurred_on: occurredOn,
    period_end: periodEnd,
    kind,
    activity_type: activity === null ? null : activityType(activity),
    key_field_code: keyField,
    amount_fen: amountFen,
    material_quantity: item?.quantity ?? 0,
    purchase_channel: channel ?? null,
    staff_count: staff,
    volunteer_count: volunteers,
    enterprise_count: enterprises,
    beneficiary_count: beneficiaries,
    beneficiary_households: households,
    funding_source: source ?? null,
    summary,
    description,
    external_ref: externalRef,
    reverses_id: null,
    replaces_id: null,
    reason: null,
    reversed_confirmation: null,
    items: item ? [{ ...item, value_fen: amountFen }] : [],
    suspected_duplicate_of: null,
    import_job_id: ctx.jobId,
    created_by: ctx.createdBy,
  };
  return { row: row.row, problems, draft, giver, confirmDuplicate };
}

/** What two records of one giver share when they are the same entry made twice. */
export function contentKey(
  d: Pick<AidDraft, 'organization_id' | 'region_code' | 'kind' | 'key_field_code' | 'amount_fen' | 'occurred_on'>,
): string {
  return [
    chainKeyOf({ organizationId: d.organization_id! }),
    d.region_code,
    d.kind,
    d.key_field_code,
    d.amount_fen,
    d.occurred_on,
  ].join('|');
}
