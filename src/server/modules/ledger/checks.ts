// The checks of a record against the database, reported together with the rules of rules.ts, field by field: the
// place is a real county, township or village; the key field is in use; the household, need, pairing, project and
// program exist, belong to the giver where they must, and fit the place. What passes becomes a draft for
// appendRecords, with the giver's form and counterpart status as they are today.
import { SIGNED_PROJECT_STATUSES } from '../../../common/projects.ts';
import type { GiverForm } from '../../../common/ledger.ts';
import { AppError, type FieldError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import type { Executor } from './queries.ts';
import { checkAidRules, materialQuantityOf } from './rules.ts';
import type { AidRecordInput } from './schemas.ts';
import type { AidDraft } from './store.ts';

export interface Giver {
  organizationId: number | null;
  caringAccountId: number | null;
  form: GiverForm;
  /** The province an organization is registered in (null: nationally registered, or a caring individual). */
  registrationProvince: string | null;
  name: string;
}

const PLACE_LENGTHS = [6, 9, 12];
const CLAIMS_FOR_CARING = ['confirmed', 'fulfilled'] as const;

/** The caller as giver: an approved organization of theirs, or the caring individual themselves. */
export async function giverOf(db: Executor, actor: Actor): Promise<Giver> {
  if (actor.role === 'caring_individual') {
    return { organizationId: null, caringAccountId: actor.accountId, form: 'individual', registrationProvince: null, name: actor.displayName };
  }
  const org =
    actor.organizationId === null
      ? undefined
      : await db
          .selectFrom('organizations')
          .select(['id', 'name', 'form', 'status', 'registration_region_code'])
          .where('id', '=', actor.organizationId)
          .executeTakeFirst();
  if (!org || org.status !== 'approved') {
    throw new AppError('ORGANIZATION_NOT_APPROVED', { message: '组织通过审核后才能录入帮扶记录' });
  }
  return {
    organizationId: org.id,
    caringAccountId: null,
    form: org.form,
    registrationProvince: org.registration_region_code?.slice(0, 2) ?? null,
    name: org.name,
  };
}

/** `inner` lies in `outer` (or is it). */
const within = (inner: string, outer: string) => inner.startsWith(outer);

async function checkPlace(db: Executor, code: string, errors: FieldError[]): Promise<boolean> {
  if (!PLACE_LENGTHS.includes(code.length)) {
    errors.push({ field: 'regionCode', message: '帮扶地区：请选到区县、乡镇（街道）或村（社区）' });
    return false;
  }
  const found = await db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst();
  if (!found) errors.push({ field: 'regionCode', message: '帮扶地区：没有这个区县、乡镇或村，请从列表中选择' });
  return found !== undefined;
}

async function checkKeyField(db: Executor, code: string, errors: FieldError[]): Promise<void> {
  const field = await db.selectFrom('key_fields').select(['code', 'retired_at']).where('code', '=', code).executeTakeFirst();
  if (!field) errors.push({ field: 'keyFieldCode', message: '重点领域：没有这个领域，请从列表中选择' });
  else if (field.retired_at !== null) errors.push({ field: 'keyFieldCode', message: '重点领域：该领域已停用，请选择其他领域' });
}

async function checkHousehold(db: Executor, id: number, place: string | null, errors: FieldError[]): Promise<void> {
  const h = await db.selectFrom('households').select(['region_code', 'status']).where('id', '=', id).executeTakeFirst();
  if (!h) errors.push({ field: 'householdId', message: '受助住户：没有这个住户，请核对住户编号' });
  else if (h.status !== 'active') errors.push({ field: 'householdId', message: '受助住户：该住户已归档，不能再记录对其的帮扶' });
  else if (place !== null && !within(h.region_code, place)) {
    errors.push({ field: 'householdId', message: '受助住户：该住户不在所选的帮扶地区内' });
  }
}

async function checkNeed(db: Executor, id: number, place: string | null, errors: FieldError[]): Promise<void> {
  const need = await db.selectFrom('needs').select(['region_code', 'status']).where('id', '=', id).executeTakeFirst();
  if (!need || need.status === 'draft') errors.push({ field: 'needId', message: '对应需求：没有这个需求，请核对需求编号' });
  else if (place !== null && !within(need.region_code, place) && !within(place, need.region_code)) {
    errors.push({ field: 'needId', message: '对应需求：需求的地区与帮扶地区不一致（应相同或互相包含）' });
  }
}

async function checkPairing(db: Executor, id: number, giver: Giver, place: string | null, errors: FieldError[]): Promise<number | null> {
  if (giver.organizationId === null) {
    errors.push({ field: 'pairingId', message: '所属结对协议：爱心人士的记录不关联结对协议' });
    return null;
  }
  const org = giver.organizationId;
  const p = await db
    .selectFrom('pairings as p')
    .select(['p.id', 'p.status', 'p.program_id'])
    .where('p.id', '=', id)
    .where((eb) =>
      eb.or([
        eb('p.organization_id', '=', org),
        eb.exists(eb.selectFrom('pairing_members as pm').select('pm.pairing_id').whereRef('pm.pairing_id', '=', 'p.id').where('pm.organization_id', '=', org)),
      ]),
    )
    .executeTakeFirst();
  if (!p) {
    errors.push({ field: 'pairingId', message: '所属结对协议：没有本组织参与的这个结对协议' });
    return null;
  }
  if (p.status !== 'confirmed') errors.push({ field: 'pairingId', message: '所属结对协议：只有已确认的结对协议可以关联帮扶记录' });
  else if (place !== null) {
    const places = await db.selectFrom('pairing_places').select('region_code').where('pairing_id', '=', id).execute();
    if (!places.some((pp) => within(place, pp.region_code))) {
      errors.push({ field: 'pairingId', message: '所属结对协议：帮扶地区不在该结对协议的结对地区内' });
    }
  }
  return p.program_id;
}

async function checkProject(db: Executor, id: number, giver: Giver, place: string | null, errors: FieldError[]): Promise<number | null> {
  if (giver.organizationId === null) {
    errors.push({ field: 'projectId', message: '所属项目：爱心人士的记录不关联帮扶项目' });
    return null;
  }
  const p = await db
    .selectFrom('projects')
    .select(['id', 'status', 'program_id'])
    .where('id', '=', id)
    .where('organization_id', '=', giver.organizationId)
    .executeTakeFirst();
  if (!p) {
    errors.push({ field: 'projectId', message: '所属项目：没有本组织的这个项目' });
    return null;
  }
  if (!(SIGNED_PROJECT_STATUSES as readonly string[]).includes(p.status)) {
    errors.push({ field: 'projectId', message: '所属项目：项目签约后才能记录帮扶（计划中、待签约或已取消的项目不能）' });
  } else if (place !== null) {
    const places = await db.selectFrom('project_places').select('region_code').where('project_id', '=', id).execute();
    if (!places.some((pp) => within(place, pp.region_code))) {
      errors.push({ field: 'projectId', message: '所属项目：帮扶地区不在该项目的实施地区内' });
    }
  }
  return p.program_id;
}

async function checkProgram(db: Executor, id: number, place: string | null, errors: FieldError[]): Promise<void> {
  const program = await db.selectFrom('programs').select(['region_code']).where('id', '=', id).executeTakeFirst();
  if (!program) errors.push({ field: 'programId', message: '帮扶计划：没有这个计划，请从列表中选择' });
  else if (place !== null && !within(place, program.region_code)) {
    errors.push({ field: 'programId', message: '帮扶计划：帮扶地区不在该计划的实施范围内' });
  }
}

/** Point to point: a caring individual records help to a household whose need they claimed and had confirmed. */
async function checkCaringHousehold(db: Executor, giver: Giver, householdId: number | null | undefined, errors: FieldError[]): Promise<void> {
  if (giver.caringAccountId === null) return;
  if (householdId == null) {
    errors.push({ field: 'householdId', message: '受助住户：爱心人士一对一帮扶，请填写所帮扶的住户' });
    return;
  }
  const claim = await db
    .selectFrom('claims as c')
    .innerJoin('needs as n', 'n.id', 'c.need_id')
    .select('c.id')
    .where('c.caring_account_id', '=', giver.caringAccountId)
    .where('c.status', 'in', CLAIMS_FOR_CARING)
    .where('n.household_id', '=', householdId)
    .executeTakeFirst();
  if (!claim) {
    errors.push({ field: 'householdId', message: '受助住户：爱心人士只能为自己认领并经确认的住户需求记录帮扶' });
  }
}

export interface CheckedRecord {
  errors: FieldError[];
  /** The program: as given, else the project's, else the pairing's. */
  programId: number | null;
}

/** Every problem of the record at once: the rules without the database, then the references. */
export async function checkRecord(db: Executor, giver: Giver, input: AidRecordInput): Promise<CheckedRecord> {
  const errors = checkAidRules(input);
  if (input.summary.trim() === '') errors.push({ field: 'summary', message: '帮扶内容：必填' });
  const place = (await checkPlace(db, input.regionCode, errors)) ? input.regionCode : null;
  await checkKeyField(db, input.keyFieldCode, errors);
  if (input.householdId != null) await checkHousehold(db, input.householdId, place, errors);
  await checkCaringHousehold(db, giver, input.householdId, errors);
  if (input.needId != null) await checkNeed(db, input.needId, place, errors);
  const fromPairing = input.pairingId != null ? await checkPairing(db, input.pairingId, giver, place, errors) : null;
  const fromProject = input.projectId != null ? await checkProject(db, input.projectId, giver, place, errors) : null;
  const programId = input.programId ?? fromProject ?? fromPairing;
  if (input.programId != null && fromProject !== null && fromProject !== input.programId) {
    errors.push({ field: 'programId', message: '帮扶计划：与所属项目的计划不一致' });
  }
  if (programId !== null) await checkProgram(db, programId, place, errors);
  return { errors, programId };
}

const text = (value: string | null | undefined): string | null => {
  const t = value?.trim() ?? '';
  return t === '' ? null : t;
};

/** The draft of a checked record. */
export function draftOf(
  giver: Giver,
  input: AidRecordInput,
  extra: { programId: number | null; createdBy: number; replacesId?: number; reason?: string; suspectedDuplicateOf?: number | null },
): AidDraft {
  return {
    organization_id: giver.organizationId,
    caring_account_id: giver.caringAccountId,
    giver_form: giver.form,
    counterpart: giver.registrationProvince !== null && input.regionCode.slice(0, 2) !== giver.registrationProvince,
    region_code: input.regionCode,
    household_id: input.householdId ?? null,
    need_id: input.needId ?? null,
    pairing_id: input.pairingId ?? null,
    project_id: input.projectId ?? null,
    program_id: extra.programId,
    occurred_on: input.occurredOn,
    period_end: input.periodEnd ?? null,
    kind: input.kind,
    activity_type: text(input.activityType),
    key_field_code: input.keyFieldCode,
    amount_fen: input.amountFen,
    material_quantity: materialQuantityOf(input),
    purchase_channel: input.purchaseChannel ?? null,
    staff_count: input.staffCount ?? 0,
    volunteer_count: input.volunteerCount ?? 0,
    enterprise_count: input.enterpriseCount ?? 0,
    beneficiary_count: input.beneficiaryCount ?? 0,
    beneficiary_households: input.beneficiaryHouseholds ?? 0,
    funding_source: input.fundingSource ?? null,
    summary: input.summary.trim(),
    description: text(input.description),
    external_ref: text(input.externalRef),
    reverses_id: null,
    replaces_id: extra.replacesId ?? null,
    reason: extra.reason ?? null,
    reversed_confirmation: null,
    items: (input.items ?? []).map((i) => ({ name: i.name.trim(), quantity: i.quantity, unit: i.unit.trim(), value_fen: i.valueFen })),
    suspected_duplicate_of: extra.suspectedDuplicateOf ?? null,
    created_by: extra.createdBy,
  };
}
