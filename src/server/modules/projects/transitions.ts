// A project's life after it is planned (签约 → 落地 → 实施 → 完成 → 结项): the organization asks its places to sign,
// the area signs (the landing due date is fixed then) or returns it, the organization records the landing with
// evidence, progress and completion, an official closes it; the area records follow-up notes. Each step locks the
// project, asks states.ts whether it may happen from the caller's side, and writes the change, its event row, its
// notifications and its audit row in one transaction; a refused step writes nothing.
import { projectNotFound, projectStateError } from './errors.ts';
import type { Kysely, Selectable, Transaction, UpdateObject } from 'kysely';
import { chinaToday, commonRegion, isIsoDate } from '../../../common/glossary.ts';
import type { ProjectEventAction } from '../../../common/projects.ts';
import type { DB, ProjectsTable } from '../../db/types.ts';
import { AppError, type FieldError } from '../../errors.ts';
import { requireActor, type Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { yuan } from '../claims/views.ts';
import {
  liaisonsOf,
  notify,
  officialsOf,
  organizationAccounts,
  type NewNotification,
} from '../notifications/notify.ts';
import { isOverdue, landingDueFor } from './landing.ts';
import type {
  CompleteProjectBody,
  LandProjectBody,
  NoteBody,
  ProjectReasonBody,
  ProjectStepReply,
  SignProjectBody,
} from './schemas.ts';
import { isOfficial, placesOf, sideFor } from './side.ts';
import { PROJECT_STEPS, stepAllowed, type ProjectStep } from './states.ts';

type ProjectRow = Selectable<ProjectsTable>;
type Notice = Pick<NewNotification, 'kind' | 'title' | 'body'>;

interface StepInput {
  trx: Transaction<DB>;
  actor: Actor;
  project: ProjectRow;
  places: string[];
  today: string;
}

interface Change {
  action: ProjectEventAction;
  note: string | null;
  /** Columns of the project to change; absent when the step only records something. */
  set?: UpdateObject<DB, 'projects'>;
  notices: { to: number[]; notice: Notice }[];
  detail?: Record<string, unknown>;
}

/** How a refused step is named in “该项目当前为“…”，不能…”. */
const STEP_VERBS: Record<ProjectStep, string> = {
  edit: '修改',
  requestSigning: '申请签约',
  sign: '确认签约',
  returnSigning: '退回签约申请',
  land: '登记落地',
  progress: '报告实施进展',
  complete: '登记完成',
  close: '验收结项',
  cancel: '取消',
  followUp: '记录跟踪情况',
  upload: '上传材料',
};

function wrongSide(step: ProjectStep): AppError {
  const rule = PROJECT_STEPS[step];
  if (rule.side === 'organization')
    return new AppError('FORBIDDEN', { message: `只有项目所属的社会组织可以${STEP_VERBS[step]}` });
  const who = rule.officialsOnly ? '项目实施地区的部门工作人员' : '项目实施地区的部门工作人员或联系人';
  return new AppError('FORBIDDEN', { message: `只有${who}可以${STEP_VERBS[step]}` });
}

function refuse(problems: FieldError[]): void {
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
}

/** A date field's problem, if any: a real date, not after today, not before `notBefore` (named in the message). */
function dateProblem(
  field: string,
  label: string,
  value: string,
  today: string,
  notBefore: { date: string | null; what: string },
): FieldError | undefined {
  if (!isIsoDate(value)) return { field, message: `${label}：不是有效日期，格式为 YYYY-MM-DD` };
  if (value > today) return { field, message: `${label}：不能晚于今天（${today}）` };
  if (notBefore.date !== null && value < notBefore.date)
    return { field, message: `${label}：不能早于${notBefore.what}（${notBefore.date}）` };
  return undefined;
}

function textProblem(field: string, label: string, value: string): FieldError | undefined {
  return value.trim() === '' ? { field, message: `${label}：不能为空` } : undefined;
}

function present<T>(values: (T | undefined)[]): T[] {
  return values.filter((v): v is T => v !== undefined);
}

/** The accounts `who` names for each place, once each (one query at a time: a transaction has one connection). */
async function ofPlaces(
  trx: Transaction<DB>,
  places: readonly string[],
  who: readonly ((db: Transaction<DB>, place: string) => Promise<number[]>)[],
): Promise<number[]> {
  const ids = new Set<number>();
  for (const place of places) for (const find of who) for (const id of await find(trx, place)) ids.add(id);
  return [...ids];
}

function officialsOfPlaces(trx: Transaction<DB>, places: readonly string[]): Promise<number[]> {
  return ofPlaces(trx, places, [officialsOf]);
}

/** Officials and liaisons of the places: everyone on the area's side who may sign. */
function areaOfPlaces(trx: Transaction<DB>, places: readonly string[]): Promise<number[]> {
  return ofPlaces(trx, places, [officialsOf, liaisonsOf]);
}

async function organizationName(trx: Transaction<DB>, id: number): Promise<string> {
  const row = await trx.selectFrom('organizations').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? '项目组织';
}

function auditable(p: ProjectRow): Record<string, unknown> {
  return {
    status: p.status,
    status_reason: p.status_reason,
    signed_with: p.signed_with,
    signed_on: p.signed_on,
    landing_due: p.landing_due,
    landed_on: p.landed_on,
    completed_on: p.completed_on,
  };
}

export function stepReply(p: Pick<ProjectRow, 'id' | 'status' | 'landing_due'>, today: string): ProjectStepReply {
  return { id: p.id, status: p.status, landingDue: p.landing_due, overdue: isOverdue(p, today) };
}

/**
 * Runs one step on a locked project: 404 if the caller may not see it, 403 if they see it from the wrong side, 409
 * if its status does not allow the step; then `apply` checks the input (throwing before anything is written) and
 * says what changes.
 */
async function runStep(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  step: ProjectStep,
  apply: (input: StepInput) => Promise<Change>,
): Promise<ProjectStepReply> {
  const actor = requireActor(ctx.actor);
  const today = chinaToday();
  return db.transaction().execute(async (trx) => {
    const project = await trx.selectFrom('projects').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!project) throw projectNotFound();
    const places = await placesOf(trx, id);
    const side = sideFor(actor, project.organization_id, places);
    if (side === null) throw projectNotFound();
    const official = isOfficial(actor);
    const rule = PROJECT_STEPS[step];
    if (side !== rule.side || (rule.officialsOnly === true && !official)) throw wrongSide(step);
    if (!stepAllowed(step, project.status, side, official)) throw projectStateError(project.status, STEP_VERBS[step]);

    const change = await apply({ trx, actor, project, places, today });
    const after = change.set
      ? await trx
          .updateTable('projects')
          .set({ ...change.set, updated_at: new Date() })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : project;
    const moved = after.status !== project.status;
    await trx
      .insertInto('project_events')
      .values({
        project_id: id,
        action: change.action,
        from_status: moved ? project.status : null,
        to_status: moved ? after.status : null,
        note: change.note,
        actor_account_id: actor.accountId,
      })
      .execute();
    for (const n of change.notices) {
      await notify(trx, n.to, { ...n.notice, link: `/projects/${id}`, entityType: 'project', entityId: id });
    }
    await recordAudit(trx, ctx, {
      action: `project.${change.action}`,
      entityType: 'project',
      entityId: id,
      regionCode: commonRegion(places),
      organizationId: project.organization_id,
      before: auditable(project),
      after: auditable(after),
      ...(change.detail ? { detail: change.detail } : {}),
    });
    return stepReply(after, today);
  });
}

// ---- the organization asks; the area signs or returns ----

export function requestSigning(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<ProjectStepReply> {
  return runStep(db, ctx, id, 'requestSigning', async ({ trx, project, places }) => {
    const org = await organizationName(trx, project.organization_id);
    return {
      action: 'signing_requested',
      note: null,
      set: { status: 'signing', status_reason: null },
      notices: [
        {
          to: await areaOfPlaces(trx, places),
          notice: {
            kind: 'project_signing_requested',
            title: '项目申请签约',
            body: `${org}申请签约项目「${project.name}」（计划 ${project.planned_start} 开始，预算 ${yuan(project.budget_fen)} 元），请核实后确认签约或退回`,
          },
        },
      ],
    };
  });
}

export function signProject(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  body: SignProjectBody,
): Promise<ProjectStepReply> {
  return runStep(db, ctx, id, 'sign', async ({ trx, project, today }) => {
    const createdOn = chinaToday(project.created_at);
    refuse(
      present([
        dateProblem('signedOn', '签约日期', body.signedOn, today, { date: createdOn, what: '项目创建日期' }),
        textProblem('signedWith', '签约单位', body.signedWith),
      ]),
    );
    const signedWith = body.signedWith.trim();
    const landingDue = await landingDueFor(trx, project.id);
    return {
      action: 'signed',
      note: body.note?.trim() || null,
      set: {
        status: 'signed',
        status_reason: null,
        signed_on: body.signedOn,
        signed_with: signedWith,
        landing_due: landingDue,
        overdue_notified_at: null,
      },
      notices: [
        {
          to: await organizationAccounts(trx, project.organization_id),
          notice: {
            kind: 'project_signed',
            title: '项目已签约',
            body: `项目「${project.name}」已与${signedWith}于 ${body.signedOn} 签约，请在 ${landingDue} 前落地，并上传落地照片或文件作为佐证`,
          },
        },
      ],
      detail: { landingDue },
    };
  });
}

export function returnSigning(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  body: ProjectReasonBody,
): Promise<ProjectStepReply> {
  return runStep(db, ctx, id, 'returnSigning', async ({ trx, project }) => {
    refuse(present([textProblem('reason', '原因', body.reason)]));
    const reason = body.reason.trim();
    return {
      action: 'signing_returned',
      note: reason,
      set: { status: 'planned', status_reason: reason },
      notices: [
        {
          to: await organizationAccounts(trx, project.organization_id),
          notice: {
            kind: 'project_signing_returned',
            title: '签约申请被退回',
            body: `项目「${project.name}」的签约申请被退回。原因：${reason}`,
          },
        },
      ],
    };
  });
}

// ---- the organization carries it out ----

/** The ids among `fileIds` that are files of `kind` attached to the project. */
async function attached(
  trx: Transaction<DB>,
  projectId: number,
  kind: 'evidence' | 'completion',
  fileIds: readonly number[],
): Promise<Set<number>> {
  if (fileIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('project_files')
    .select('file_id')
    .where('project_id', '=', projectId)
    .where('kind', '=', kind)
    .where('file_id', 'in', [...fileIds])
    .execute();
  return new Set(rows.map((r) => r.file_id));
}

export function landProject(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  body: LandProjectBody,
): Promise<ProjectStepReply> {
  return runStep(db, ctx, id, 'land', async ({ trx, project, places, today }) => {
    const evidence = await attached(trx, project.id, 'evidence', body.fileIds);
    refuse(
      present([
        dateProblem('landedOn', '实际开始日期', body.landedOn, today, { date: project.signed_on, what: '签约日期' }),
        textProblem('note', '落地情况', body.note),
        body.fileIds.every((f) => evidence.has(f))
          ? undefined
          : { field: 'fileIds', message: '佐证材料：请先上传落地照片或文件' },
      ]),
    );
    const note = body.note.trim();
    const org = await organizationName(trx, project.organization_id);
    return {
      action: 'landed',
      note,
      set: { status: 'landed', landed_on: body.landedOn },
      notices: [
        {
          to: await officialsOfPlaces(trx, places),
          notice: {
            kind: 'project_landed',
            title: '项目已落地',
            body: `${org}的项目「${project.name}」已于 ${body.landedOn} 落地：${note}`,
          },
        },
      ],
      detail: { fileIds: body.fileIds },
    };
  });
}

export function reportProgress(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  body: NoteBody,
): Promise<ProjectStepReply> {
  return runStep(db, ctx, id, 'progress', async () => {
    refuse(present([textProblem('note', '说明', body.note)]));
    return { action: 'progress', note: body.note.trim(), set: { status: 'in_progress' }, notices: [] };
  });
}

/**
 * A project that came from a confirmed claim fulfils it; the need is fulfilled once all its confirmed quantity is
 * delivered. The claim is locked before its need, the order every claim change follows, so they never deadlock.
 */
async function fulfilClaim(
  trx: Transaction<DB>,
  ctx: RequestContext,
  actor: Actor,
  project: ProjectRow,
): Promise<Record<string, unknown>> {
  if (project.claim_id === null) return {};
  const claim = await trx
    .selectFrom('claims')
    .select(['id', 'status', 'need_id', 'organization_id'])
    .where('id', '=', project.claim_id)
    .forUpdate()
    .executeTakeFirst();
  if (claim?.status !== 'confirmed') return {};
  await trx
    .updateTable('claims')
    .set({ status: 'fulfilled', updated_at: new Date() })
    .where('id', '=', claim.id)
    .execute();
  await trx
    .insertInto('claim_events')
    .values({
      claim_id: claim.id,
      action: 'fulfilled',
      note: `项目「${project.name}」已完成`,
      actor_account_id: actor.accountId,
    })
    .execute();
  const need = await trx
    .selectFrom('needs')
    .select(['id', 'status', 'quantity', 'confirmed_quantity', 'region_code'])
    .where('id', '=', claim.need_id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  await recordAudit(trx, ctx, {
    action: 'claim.fulfil',
    entityType: 'claim',
    entityId: claim.id,
    regionCode: need.region_code,
    organizationId: claim.organization_id,
    before: { status: 'confirmed' },
    after: { status: 'fulfilled' },
    detail: { projectId: project.id },
  });
  const unfinished = await trx
    .selectFrom('claims')
    .select('id')
    .where('need_id', '=', need.id)
    .where('status', '=', 'confirmed')
    .limit(1)
    .executeTakeFirst();
  const claiming = ['published', 'partly_claimed', 'claimed'].includes(need.status);
  if (unfinished || need.confirmed_quantity !== need.quantity || !claiming)
    return { claimId: claim.id, needStatus: need.status };
  await trx
    .updateTable('needs')
    .set({ status: 'fulfilled', updated_at: new Date() })
    .where('id', '=', need.id)
    .execute();
  await recordAudit(trx, ctx, {
    action: 'need.fulfil',
    entityType: 'need',
    entityId: need.id,
    regionCode: need.region_code,
    before: { status: need.status },
    after: { status: 'fulfilled' },
    detail: { projectId: project.id, claimId: claim.id },
  });
  return { claimId: claim.id, needStatus: 'fulfilled' };
}

export function completeProject(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  body: CompleteProjectBody,
): Promise<ProjectStepReply> {
  return runStep(db, ctx, id, 'complete', async ({ trx, actor, project, places, today }) => {
    const reports = await attached(trx, project.id, 'completion', body.fileIds);
    refuse(
      present([
        dateProblem('completedOn', '完成日期', body.completedOn, today, {
          date: project.landed_on,
          what: '实际开始日期',
        }),
        textProblem('note', '完成情况', body.note),
        body.fileIds.every((f) => reports.has(f))
          ? undefined
          : { field: 'fileIds', message: '完成报告：只能选择本项目已上传的完成报告，请先上传' },
      ]),
    );
    const note = body.note.trim();
    const claim = await fulfilClaim(trx, ctx, actor, project);
    const org = await organizationName(trx, project.organization_id);
    return {
      action: 'completed',
      note,
      set: { status: 'completed', completed_on: body.completedOn },
      notices: [
        {
          to: await officialsOfPlaces(trx, places),
          notice: {
            kind: 'project_completed',
            title: '项目已完成，待验收结项',
            body: `${org}的项目「${project.name}」已于 ${body.completedOn} 完成：${note}。请核实后验收结项`,
          },
        },
      ],
      detail: { fileIds: body.fileIds, ...claim },
    };
  });
}

export function cancelProject(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  body: ProjectReasonBody,
): Promise<ProjectStepReply> {
  return runStep(db, ctx, id, 'cancel', async ({ trx, project, places }) => {
    refuse(present([textProblem('reason', '原因', body.reason)]));
    const reason = body.reason.trim();
    // Those who signed it track it on their checklist; those asked to sign it should not sign a cancelled project.
    const told =
      project.signed_on !== null
        ? await officialsOfPlaces(trx, places)
        : project.status === 'signing'
          ? await areaOfPlaces(trx, places)
          : [];
    const org = await organizationName(trx, project.organization_id);
    return {
      action: 'cancelled',
      note: reason,
      set: { status: 'cancelled', status_reason: reason },
      notices: [
        {
          to: told,
          notice: {
            kind: 'project_cancelled',
            title: '项目已取消',
            body: `${org}取消了项目「${project.name}」。原因：${reason}`,
          },
        },
      ],
    };
  });
}

// ---- the area closes and follows up ----

export function closeProject(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  body: NoteBody,
): Promise<ProjectStepReply> {
  return runStep(db, ctx, id, 'close', async ({ trx, project }) => {
    refuse(present([textProblem('note', '说明', body.note)]));
    const note = body.note.trim();
    return {
      action: 'closed',
      note,
      set: { status: 'closed' },
      notices: [
        {
          to: await organizationAccounts(trx, project.organization_id),
          notice: {
            kind: 'project_closed',
            title: '项目已验收结项',
            body: `项目「${project.name}」已验收结项：${note}`,
          },
        },
      ],
    };
  });
}

export function followUp(db: Kysely<DB>, ctx: RequestContext, id: number, body: NoteBody): Promise<ProjectStepReply> {
  return runStep(db, ctx, id, 'followUp', async ({ trx, actor, project }) => {
    refuse(present([textProblem('note', '说明', body.note)]));
    const note = body.note.trim();
    return {
      action: 'follow_up',
      note,
      notices: [
        {
          to: await organizationAccounts(trx, project.organization_id),
          notice: {
            kind: 'project_follow_up',
            title: '项目跟踪记录',
            body: `${actor.displayName}对项目「${project.name}」记录了跟踪情况：${note}`,
          },
        },
      ],
    };
  });
}
