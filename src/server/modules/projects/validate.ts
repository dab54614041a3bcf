// The rules of a project's fields, for creating and editing alike: every problem at once, field by field, in the
// words the form shows. On an edit only the rules touching a changed field run, so a project whose program has since
// been retired, or whose fair has closed, can still have its summary or its people corrected.
import { chinaToday, isIsoDate } from '../../../common/glossary.ts';
import { FUNDING_SOURCE_LABELS, type FundingSource } from '../../../common/projects.ts';
import type { FieldError } from '../../errors.ts';
import { isPhone } from '../programs/contacts.ts';
import * as q from './queries.ts';
import type { BudgetLine, ResponsiblePerson } from './schemas.ts';

/** A project's fields as the API names them, every one present (an edit merges the body into the project). */
export interface ProjectInput {
  name: string;
  summary: string;
  fieldCodes: readonly string[];
  places: readonly string[];
  programId: number | null;
  pairingId: number | null;
  claimId: number | null;
  fairId: number | null;
  targetPersons: number;
  targetHouseholds: number;
  keyPopulationCodes: readonly string[];
  budgetFen: number;
  budgetLines: readonly BudgetLine[];
  plannedStart: string;
  plannedEnd: string;
  responsible: readonly ResponsiblePerson[];
  naming: string | null;
}
export type ProjectField = keyof ProjectInput;

/** The input cleaned (trimmed, phones without spaces, places in code order) and the program a pairing implies. */
export type CleanProject = ProjectInput & { places: string[]; fieldCodes: string[]; keyPopulationCodes: string[] };

export const FIELD_LABELS: Record<ProjectField, string> = {
  name: '项目名称',
  summary: '项目简介',
  fieldCodes: '重点领域',
  places: '实施地区',
  programId: '帮扶计划',
  pairingId: '所属结对协议',
  claimId: '来源认领',
  fairId: '签约活动',
  targetPersons: '受益人数',
  targetHouseholds: '受益户数',
  keyPopulationCodes: '重点人群',
  budgetFen: '预算总额',
  budgetLines: '预算来源',
  plannedStart: '计划开始日期',
  plannedEnd: '计划结束日期',
  responsible: '项目负责人',
  naming: '冠名',
};

const PLACE_LENGTHS = new Set([6, 9, 12]);

/** Integer fen as 元 with thousands separators and two decimals, exactly: 1200000 -> "12,000.00". */
export function yuanText(fen: number): string {
  const cents = String(fen % 100).padStart(2, '0');
  const whole = String((fen - (fen % 100)) / 100).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${cents}`;
}

function within(place: string, root: string): boolean {
  return place.startsWith(root);
}

export interface CheckOptions {
  organizationId: number;
  /** The fields whose rules run: all of them on create, the changed ones on an edit. */
  changed: ReadonlySet<ProjectField> | 'all';
  today?: string;
}

export async function checkProject(
  db: q.Executor,
  input: ProjectInput,
  options: CheckOptions,
): Promise<{ errors: FieldError[]; project: CleanProject | undefined }> {
  const today = options.today ?? chinaToday();
  const touched = (...fields: ProjectField[]) => options.changed === 'all' || fields.some((f) => (options.changed as ReadonlySet<ProjectField>).has(f));
  const errors: FieldError[] = [];
  const fail = (field: string, label: string, message: string) => errors.push({ field, message: `${label}：${message}` });

  const project: CleanProject = {
    ...input,
    name: input.name.trim(),
    summary: input.summary.trim(),
    fieldCodes: [...new Set(input.fieldCodes)],
    places: [...new Set(input.places)].sort(),
    keyPopulationCodes: [...new Set(input.keyPopulationCodes)],
    responsible: input.responsible.map((p) => ({ name: p.name.trim(), post: p.post.trim(), phone: p.phone.replace(/\s+/g, '') })),
    naming: input.naming?.trim() || null,
  };

  if (touched('name') && project.name === '') fail('name', '项目名称', '请填写，如“中岗村留守儿童课后服务”');
  if (touched('summary') && project.summary === '') fail('summary', '项目简介', '请写明做什么、为谁做、怎么做');

  if (touched('fieldCodes')) {
    const known = await q.activeCodes(db, 'key_fields', project.fieldCodes);
    const unknown = project.fieldCodes.filter((c) => !known.has(c));
    if (unknown.length > 0) fail('fieldCodes', '重点领域', `“${unknown.join('、')}”不是现行的重点领域，请从列表中选择`);
  }
  if (touched('keyPopulationCodes')) {
    const known = await q.activeCodes(db, 'key_populations', project.keyPopulationCodes);
    const unknown = project.keyPopulationCodes.filter((c) => !known.has(c));
    if (unknown.length > 0) fail('keyPopulationCodes', '重点人群', `“${unknown.join('、')}”不是现行的重点人群，请从列表中选择`);
  }

  if (touched('responsible')) {
    project.responsible.forEach((p, i) => {
      const who = `项目负责人（第 ${i + 1} 位）`;
      if (p.name === '') fail(`responsible.${i}.name`, `${who}姓名`, '请填写');
      if (!isPhone(p.phone)) fail(`responsible.${i}.phone`, `${who}联系电话`, '应为 11 位手机号或带区号的固定电话，如 023-58569600');
    });
  }

  if (touched('plannedStart', 'plannedEnd')) {
    const startOk = isIsoDate(project.plannedStart);
    const endOk = isIsoDate(project.plannedEnd);
    if (!startOk) fail('plannedStart', '计划开始日期', '不是有效日期，格式为 YYYY-MM-DD');
    if (!endOk) fail('plannedEnd', '计划结束日期', '不是有效日期，格式为 YYYY-MM-DD');
    if (startOk && endOk && project.plannedEnd < project.plannedStart) fail('plannedEnd', '计划结束日期', '不能早于计划开始日期');
  }

  if (touched('budgetFen', 'budgetLines')) checkBudget(project, fail);

  // Places: each a county, township or village that exists. The references below only judge the places that do.
  const placeNames = await q.regionNames(db, project.places);
  if (touched('places')) {
    input.places.forEach((code, i) => {
      if (!PLACE_LENGTHS.has(code.length)) fail(`places.${i}`, '实施地区', `“${code}”不是区县（6 位）、乡镇（9 位）或村（12 位）的代码`);
      else if (!placeNames.has(code)) fail(`places.${i}`, '实施地区', `区划代码“${code}”不存在`);
    });
  }
  const placeIndex = (code: string) => input.places.indexOf(code);
  const nameOf = (code: string) => placeNames.get(code) ?? code;

  // The pairing first: a project under a pairing serves the pairing's program unless the form names one.
  if (project.pairingId !== null && touched('pairingId', 'places', 'programId')) {
    const pairing = await q.pairingFor(db, project.pairingId, options.organizationId);
    if (touched('pairingId') && (!pairing || pairing.status !== 'confirmed' || !pairing.takesPart)) {
      fail('pairingId', '所属结对协议', '不是本组织牵头或参与的已确认结对协议');
    } else if (pairing) {
      if (project.programId === null) project.programId = pairing.program_id;
      else if (touched('programId', 'pairingId') && project.programId !== pairing.program_id) {
        fail('programId', '帮扶计划', '应与所属结对协议服务的帮扶计划一致');
      }
      if (touched('places', 'pairingId')) {
        for (const code of project.places.filter((c) => placeNames.has(c))) {
          if (!pairing.places.some((root) => within(code, root))) {
            fail(`places.${placeIndex(code)}`, '实施地区', `${nameOf(code)} 不在所属结对协议的结对地区内`);
          }
        }
      }
    }
  }

  if (project.programId !== null && touched('programId', 'places', 'pairingId')) {
    const program = await q.programById(db, project.programId);
    if (!program || (touched('programId', 'pairingId') && program.status !== 'active')) {
      fail('programId', '帮扶计划', '不存在或已停止，请重新选择');
    } else {
      const outside = project.places.filter((c) => placeNames.has(c) && !within(c, program.region_code));
      if (outside.length > 0) {
        const region = (await q.regionNames(db, [program.region_code])).get(program.region_code) ?? program.region_code;
        fail('programId', '帮扶计划', `“${program.name}”只覆盖 ${region}，${outside.map(nameOf).join('、')} 不在其内`);
      } else if (program.restrict_places) {
        const roots = await q.allowedRoots(db, options.organizationId, today);
        for (const code of project.places.filter((c) => placeNames.has(c))) {
          if (!roots.some((root) => within(code, root))) {
            fail(`places.${placeIndex(code)}`, '实施地区', `${nameOf(code)} 不在本组织的服务地区或结对地区内（本计划要求）`);
          }
        }
      }
    }
  }

  if (project.claimId !== null && touched('claimId')) {
    const claim = await q.claimOf(db, project.claimId);
    if (!claim || claim.organization_id !== options.organizationId || claim.status !== 'confirmed') {
      fail('claimId', '来源认领', '不是本组织已确认（对接成功）的认领');
    }
  }

  if (project.fairId !== null && touched('fairId')) {
    const fair = await q.fairSignup(db, project.fairId, options.organizationId);
    if (!fair || fair.signed_up_as === null) fail('fairId', '签约活动', '本组织没有报名这一活动');
    else if (fair.status === 'cancelled') fail('fairId', '签约活动', '该活动已取消');
  }

  return errors.length > 0 ? { errors, project: undefined } : { errors, project };
}

/** Budget lines add up to the total, one line per source; a total above zero says where the money comes from. */
function checkBudget(project: CleanProject, fail: (field: string, label: string, message: string) => void): void {
  const seen = new Set<FundingSource>();
  project.budgetLines.forEach((line, i) => {
    if (seen.has(line.source)) {
      fail(`budgetLines.${i}.source`, '预算来源', `“${FUNDING_SOURCE_LABELS[line.source].zh}”重复，每个来源只填一行`);
    }
    seen.add(line.source);
  });
  if (project.budgetLines.length === 0) {
    if (project.budgetFen > 0) fail('budgetLines', '预算来源', '请按来源填写预算（自有资金、公开募捐等），各来源合计应等于预算总额');
    return;
  }
  const sum = project.budgetLines.reduce((total, line) => total + line.amountFen, 0);
  if (sum !== project.budgetFen) {
    fail('budgetLines', '预算来源', `各来源合计 ${yuanText(sum)} 元，与预算总额 ${yuanText(project.budgetFen)} 元不一致`);
  }
}
