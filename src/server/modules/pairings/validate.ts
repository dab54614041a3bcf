// The rules of a pairing's content, checked on creation and on every edit against the whole pairing as it would be
// saved: every problem at once, field by field in Chinese, so bad input writes nothing. Duplicates (PAIRING_EXISTS) are
// checked apart, inside the transaction that writes.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, type FieldError } from '../../errors.ts';
import { regionPaths } from '../regions/queries.ts';
import * as q from './queries.ts';
import { isIsoDate } from '../../../common/glossary.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** A pairing as it would be saved: the body over what is stored. */
export interface PairingDraft {
  programId: number;
  title: string;
  places: readonly string[];
  memberOrganizationIds: readonly number[];
  startDate: string;
  endDate: string;
  fieldCodes: readonly string[];
  amountFen: number;
  people: number;
  commitments: string;
  fairId: number | null;
}

export interface Lead {
  id: number;
  name: string;
  registration_region_code: string | null;
}

/** A valid draft, trimmed, with what follows from it. */
export interface CheckedPairing extends PairingDraft {
  program: q.ProgramRow;
  isCounterpart: boolean;
}

/** Counties, townships and villages: a pairing commits to a place someone can visit, not a province or city. */
const PLACE_LENGTHS = new Set([6, 9, 12]);
const LEVEL_WORDS: Record<number, string> = { 2: '省级', 4: '市级' };

function yearsText(program: q.ProgramRow): string {
  if (program.end_year === null) return `${program.start_year} 年起`;
  if (program.end_year === program.start_year) return `${program.start_year} 年`;
  return `${program.start_year}—${program.end_year} 年`;
}

/** Whether `place` lies inside (or is) one of `regions`. */
function within(place: string, regions: readonly string[]): boolean {
  return regions.some((r) => place.startsWith(r));
}

/**
 * Counterpart (east-west) support: the lead is registered in a province other than a place's. A nationally registered
 * organization (no registration region) is nobody's counterpart.
 */
export function isCounterpart(registrationRegionCode: string | null, places: readonly string[]): boolean {
  if (registrationRegionCode === null) return false;
  const home = registrationRegionCode.slice(0, 2);
  return places.some((p) => p.slice(0, 2) !== home);
}

async function checkProgram(
  db: Executor,
  draft: PairingDraft,
  problems: FieldError[],
): Promise<q.ProgramRow | undefined> {
  const program = await q.findProgram(db, draft.programId);
  if (!program) {
    problems.push({ field: 'programId', message: `帮扶计划：编号 ${draft.programId} 的计划不存在` });
    return undefined;
  }
  if (program.status !== 'active') {
    problems.push({ field: 'programId', message: `帮扶计划：“${program.name}”已停止，不能再结对` });
  }
  return program;
}

/** Each place exists, is a county, township or village, lies in the program's region and, where required, where the lead serves. */
async function checkPlaces(
  db: Executor,
  draft: PairingDraft,
  lead: Lead,
  program: q.ProgramRow | undefined,
  problems: FieldError[],
): Promise<void> {
  const found = new Map((await q.regionsByCode(db, draft.places)).map((r) => [r.code, r.display_name]));
  const paths = await regionPaths(db, program ? [program.region_code] : []);
  const programRegion = program ? (paths.get(program.region_code) ?? program.region_code) : '';
  const serves = program?.restrict_places ? await q.serviceRegionsOf(db, lead.id) : [];
  draft.places.forEach((code, i) => {
    const field = `places.${i}`;
    const name = found.get(code);
    if (name === undefined) {
      problems.push({ field, message: `结对地区：${code} 不存在` });
      return;
    }
    if (!PLACE_LENGTHS.has(code.length)) {
      problems.push({
        field,
        message: `结对地区：${name} 是${LEVEL_WORDS[code.length] ?? ''}地区，请选择区县、乡镇或村`,
      });
      return;
    }
    if (!program) return;
    if (!code.startsWith(program.region_code)) {
      problems.push({ field, message: `结对地区：${name} 不在本计划的地区（${programRegion}）之内` });
      return;
    }
    if (program.restrict_places && !within(code, serves)) {
      problems.push({ field, message: `结对地区：${name} 不在本组织的服务地区内（本计划要求在服务地区内结对）` });
    }
  });
}

function checkPeriod(draft: PairingDraft, program: q.ProgramRow | undefined, problems: FieldError[]): void {
  const startOk = isIsoDate(draft.startDate);
  const endOk = isIsoDate(draft.endDate);
  if (!startOk) problems.push({ field: 'startDate', message: '开始日期：不是有效日期，格式为 YYYY-MM-DD' });
  if (!endOk) problems.push({ field: 'endDate', message: '结束日期：不是有效日期，格式为 YYYY-MM-DD' });
  if (!startOk || !endOk) return;
  if (draft.endDate < draft.startDate) {
    problems.push({ field: 'endDate', message: '结束日期：不能早于开始日期' });
    return;
  }
  if (!program) return;
  const overlap = `结对期限须与帮扶计划的年份（${yearsText(program)}）有重叠`;
  if (Number(draft.endDate.slice(0, 4)) < program.start_year) {
    problems.push({ field: 'endDate', message: `结束日期：${overlap}` });
  } else if (program.end_year !== null && Number(draft.startDate.slice(0, 4)) > program.end_year) {
    problems.push({ field: 'startDate', message: `开始日期：${overlap}` });
  }
}

/** Current key fields; a code the pairing already holds stays acceptable after it is retired. */
async function checkFields(
  db: Executor,
  draft: PairingDraft,
  kept: readonly string[],
  problems: FieldError[],
): Promise<void> {
  const active = await q.activeFieldCodes(db, draft.fieldCodes);
  draft.fieldCodes.forEach((code, i) => {
    if (!active.has(code) && !kept.includes(code)) {
      problems.push({ field: `fieldCodes.${i}`, message: `承诺帮扶领域：“${code}”不是现行的重点领域，请从列表中选择` });
    }
  });
}

async function checkMembers(db: Executor, draft: PairingDraft, lead: Lead, problems: FieldError[]): Promise<void> {
  const found = new Map((await q.organizationsByIds(db, draft.memberOrganizationIds)).map((o) => [o.id, o]));
  draft.memberOrganizationIds.forEach((id, i) => {
    const field = `memberOrganizationIds.${i}`;
    const org = found.get(id);
    if (!org) problems.push({ field, message: `联合结对的组织：编号 ${id} 的组织不存在` });
    else if (id === lead.id) problems.push({ field, message: `联合结对的组织：${org.name} 是牵头组织，不用列入` });
    else if (org.status !== 'approved') problems.push({ field, message: `联合结对的组织：${org.name} 尚未通过审核` });
  });
}

/** A fair the lead signed up for and that still stands, about every place of the pairing. */
async function checkFair(db: Executor, draft: PairingDraft, lead: Lead, problems: FieldError[]): Promise<void> {
  if (draft.fairId === null) return;
  const fair = await q.fairFor(db, draft.fairId, lead.id);
  const fail = (message: string) => problems.push({ field: 'fairId', message: `签约活动：${message}` });
  if (!fair) return void fail(`编号 ${draft.fairId} 的活动不存在`);
  if (fair.status === 'cancelled') return void fail(`“${fair.name}”已取消`);
  if (fair.signup_status !== 'signed_up') return void fail(`本组织没有报名“${fair.name}”`);
  const outside = draft.places.filter((p) => !within(p, fair.regions));
  if (outside.length > 0) {
    const names = new Map((await q.regionsByCode(db, outside)).map((r) => [r.code, r.display_name]));
    fail(`结对地区 ${outside.map((c) => names.get(c) ?? c).join('、')} 不在“${fair.name}”的活动地区之内`);
  }
}

/**
 * Every rule of the draft at once; throws VALIDATION_FAILED with all problems, or returns the trimmed pairing.
 * `keptFieldCodes`: the key fields the pairing holds already (an edit keeps a field retired since).
 */
export async function checkPairing(
  db: Executor,
  draft: PairingDraft,
  lead: Lead,
  keptFieldCodes: readonly string[] = [],
): Promise<CheckedPairing> {
  const problems: FieldError[] = [];
  const title = draft.title.trim();
  const commitments = draft.commitments.trim();
  if (title === '') problems.push({ field: 'title', message: '协议名称：不能为空' });
  if (commitments === '')
    problems.push({ field: 'commitments', message: '帮扶承诺：请写明帮什么、怎么帮、每年做到什么' });
  const program = await checkProgram(db, draft, problems);
  await checkPlaces(db, draft, lead, program, problems);
  checkPeriod(draft, program, problems);
  await checkFields(db, draft, keptFieldCodes, problems);
  await checkMembers(db, draft, lead, problems);
  await checkFair(db, draft, lead, problems);
  if (problems.length > 0 || !program) throw new AppError('VALIDATION_FAILED', { fields: problems });
  return {
    ...draft,
    title,
    commitments,
    program,
    isCounterpart: isCounterpart(lead.registration_region_code, draft.places),
  };
}
