// Creating, editing and reading projects. An organization plans a project (on its own, from a pairing or from a
// confirmed claim); while it is planned everything may change, once the area has signed only what the area did not
// sign for. Every rule runs inside the transaction that writes, so a refusal changes nothing; a change is one
// transaction with its event row and its audit row.
import { projectNotFound, projectStateError } from './errors.ts';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, fieldError, type FieldError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import { textArray } from '../organizations/names.ts';
import * as q from './queries.ts';
import type { CreateProjectBody, ListProjectsQuery, ProjectDetail, ProjectPage, UpdateProjectBody } from './schemas.ts';
import { placesOf } from './side.ts';
import { FIELDS_EDITABLE_AFTER_SIGNING, stepAllowed } from './states.ts';
import { checkProject, FIELD_LABELS, type CleanProject, type ProjectField, type ProjectInput } from './validate.ts';
import { detailOf, projectDetail, projectSummaries } from './views.ts';

function invalid(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', { fields: errors });
}


/** The columns of `projects` a checked project becomes. */
function columnsOf(p: CleanProject) {
  return {
    name: p.name,
    summary: p.summary,
    field_codes: textArray(p.fieldCodes) as unknown as string[],
    program_id: p.programId,
    fair_id: p.fairId,
    target_persons: p.targetPersons,
    target_households: p.targetHouseholds,
    key_population_codes: textArray(p.keyPopulationCodes) as unknown as string[],
    budget_fen: p.budgetLines.reduce((sum, line) => sum + line.amountFen, 0),
    planned_start: p.plannedStart,
    planned_end: p.plannedEnd,
    responsible: JSON.stringify(p.responsible),
    naming: p.naming,
  };
}

/** The project as the audit log keeps it: its row with its places and budget lines. */
async function snapshot(db: Transaction<DB>, id: number): Promise<Record<string, unknown>> {
  const row = await q.projectById(db, id);
  const places = await placesOf(db, id);
  const lines = await q.budgetLinesOf(db, id);
  return { ...row, places, budget_lines: lines };
}

export async function createProject(db: Kysely<DB>, ctx: RequestContext, actor: Actor, body: CreateProjectBody): Promise<ProjectDetail> {
  return db.transaction().execute(async (trx) => {
    const organization = actor.organizationId === null ? undefined : await q.organizationOf(trx, actor.organizationId);
    if (!organization || organization.status !== 'approved') {
      throw new AppError('ORGANIZATION_NOT_APPROVED', { message: '组织通过审核后才能创建帮扶项目' });
    }
    const input: ProjectInput = {
      ...body,
      programId: body.programId ?? null,
      pairingId: body.pairingId ?? null,
      claimId: body.claimId ?? null,
      fairId: body.fairId ?? null,
      naming: body.naming ?? null,
    };
    const { errors, project } = await checkProject(trx, input, { organizationId: organization.id, changed: 'all' });
    if (!project) throw invalid(errors);
    const { id } = await trx
      .insertInto('projects')
      .values({
        ...columnsOf(project),
        organization_id: organization.id,
        pairing_id: project.pairingId,
        claim_id: project.claimId,
        status: 'planned',
        created_by: actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await q.replacePlaces(trx, id, project.places);
    await q.replaceBudgetLines(trx, id, project.budgetLines);
    await q.insertEvent(trx, { projectId: id, action: 'created', toStatus: 'planned', actorAccountId: actor.accountId });
    await recordAudit(trx, ctx, {
      action: 'create',
      entityType: 'project',
      entityId: id,
      regionCode: project.places[0] ?? null,
      organizationId: organization.id,
      after: await snapshot(trx, id),
    });
    return projectDetail(trx, actor, id);
  });
}

export function getProject(db: Kysely<DB>, actor: Actor, id: number): Promise<ProjectDetail> {
  return projectDetail(db, actor, id);
}

export async function listProjects(db: Kysely<DB>, actor: Actor, query: ListProjectsQuery): Promise<ProjectPage> {
  const cursor = decodeCursor(query.cursor, ['number']);
  const afterId = cursor?.[0] as number | undefined;
  if (afterId !== undefined && !Number.isSafeInteger(afterId)) throw fieldError('cursor', '翻页游标无效，请从第一页重新加载');
  const limit = query.limit ?? 50;
  const rows = await q.listProjects(db, actor, query, afterId, limit);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: await projectSummaries(db, page), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}

/** The project's fields as the form sends them. */
async function currentInput(db: Transaction<DB>, row: q.ProjectRow): Promise<ProjectInput> {
  const lines = await q.budgetLinesOf(db, row.id);
  return {
    name: row.name,
    summary: row.summary,
    fieldCodes: row.field_codes,
    places: await placesOf(db, row.id),
    programId: row.program_id,
    pairingId: row.pairing_id,
    claimId: row.claim_id,
    fairId: row.fair_id,
    targetPersons: row.target_persons,
    targetHouseholds: row.target_households,
    keyPopulationCodes: row.key_population_codes,
    budgetFen: row.budget_fen,
    budgetLines: lines.map((l) => ({ source: l.source, amountFen: l.amount_fen })),
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    responsible: (typeof row.responsible === 'string' ? JSON.parse(row.responsible) : row.responsible) as ProjectInput['responsible'],
    naming: row.naming,
  };
}

/** A comparable form of a value: sets of codes in order, budget lines by source, text trimmed. */
function normalised(key: ProjectField, value: unknown): string {
  if (key === 'fieldCodes' || key === 'places' || key === 'keyPopulationCodes') return JSON.stringify([...(value as string[])].sort());
  if (key === 'budgetLines') {
    const lines = [...(value as ProjectInput['budgetLines'])].sort((a, b) => a.source.localeCompare(b.source));
    return JSON.stringify(lines.map((l) => [l.source, l.amountFen]));
  }
  if (key === 'responsible') {
    return JSON.stringify((value as ProjectInput['responsible']).map((p) => [p.name.trim(), p.post.trim(), p.phone.replace(/\s+/g, '')]));
  }
  if (typeof value === 'string') return JSON.stringify(value.trim() || (key === 'naming' ? null : ''));
  return JSON.stringify(value ?? null);
}

/** The fields of the body whose value differs from the project's (a form sends every field, changed or not). */
function changedFields(current: ProjectInput, body: UpdateProjectBody): (keyof UpdateProjectBody)[] {
  return (Object.keys(body) as (keyof UpdateProjectBody)[]).filter(
    (key) => body[key] !== undefined && normalised(key, body[key]) !== normalised(key, current[key]),
  );
}

const EDITABLE_AFTER_SIGNING: ReadonlySet<string> = new Set(FIELDS_EDITABLE_AFTER_SIGNING);

export async function updateProject(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  body: UpdateProjectBody,
): Promise<ProjectDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await q.lockedProject(trx, actor, id);
    if (!row) throw projectNotFound();
    if (!stepAllowed('edit', row.status, 'organization', false)) throw projectStateError(row.status, '修改');
    const current = await currentInput(trx, row);
    const changed = changedFields(current, body);
    if (row.status !== 'planned') {
      const refused = changed.filter((key) => !EDITABLE_AFTER_SIGNING.has(key));
      if (refused.length > 0) {
        throw new AppError('PROJECT_STATE', {
          message: '已签约的项目只能修改项目简介、项目负责人和受益对象',
          fields: refused.map((key) => ({ field: key, message: `${FIELD_LABELS[key]}：已签约的项目不能修改` })),
        });
      }
    }
    // Saving the form unchanged leaves no trace.
    if (changed.length === 0) return detailOf(trx, actor, row);

    const merged: ProjectInput = { ...current };
    for (const key of changed) Object.assign(merged, { [key]: body[key] ?? null });
    const { errors, project } = await checkProject(trx, merged, { organizationId: row.organization_id, changed: new Set(changed) });
    if (!project) throw invalid(errors);

    const before = await snapshot(trx, id);
    await trx
      .updateTable('projects')
      .set({ ...columnsOf(project), updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    if (changed.includes('places')) await q.replacePlaces(trx, id, project.places);
    if (changed.includes('budgetLines')) await q.replaceBudgetLines(trx, id, project.budgetLines);
    await q.insertEvent(trx, {
      projectId: id,
      action: 'edited',
      note: `修改了${changed.map((key) => FIELD_LABELS[key]).join('、')}`,
      actorAccountId: actor.accountId,
    });
    await recordAudit(trx, ctx, {
      action: 'update',
      entityType: 'project',
      entityId: id,
      regionCode: project.places[0] ?? null,
      organizationId: row.organization_id,
      before,
      after: await snapshot(trx, id),
    });
    return projectDetail(trx, actor, id);
  });
}
