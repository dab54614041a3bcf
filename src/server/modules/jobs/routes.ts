// Following background jobs by id: progress for the UI, and the result file when there is one.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import type { Kysely } from 'kysely';
import type { DB, Job } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import { requireActor, type Actor } from '../../platform/access.ts';
import { PageQuery, decodeCursor, encodeCursor } from '../../platform/http.ts';
import { iso } from '../../platform/sql.ts';

const JobView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  status: Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('succeeded'), Type.Literal('failed')]),
  progress: Type.Integer(),
  total: Type.Union([Type.Integer(), Type.Null()]),
  message: Type.Union([Type.String(), Type.Null()]),
  result: Type.Unknown(),
  error: Type.Unknown(),
  hasFile: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
type JobView = Static<typeof JobView>;
const JobParams = Type.Object({ id: Type.String({ format: 'uuid', title: '任务编号' }) }, { additionalProperties: false });
const JobsQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });

/** The creator follows a job; an official or admin also sees the jobs of their region. */
function visibleJobs(db: Kysely<DB>, actor: Actor) {
  const scope = actor.scopeRegionCode;
  const official = actor.role === 'platform_admin' || actor.role === 'department_official';
  return db.selectFrom('jobs').selectAll().where((eb) => {
    const own = eb('created_by', '=', actor.accountId);
    if (!official) return own;
    if (scope === null) return eb.val(true);
    return eb.or([own, eb('region_code', 'like', `${scope}%`)]);
  });
}

function fileOf(job: Job): { file: string; filename: string } | undefined {
  const result = job.result as { file?: unknown; filename?: unknown } | null;
  return job.status === 'succeeded' && typeof result?.file === 'string'
    ? { file: result.file, filename: typeof result.filename === 'string' ? result.filename : result.file }
    : undefined;
}

function view(job: Job): JobView {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: job.progress,
    total: job.total,
    message: job.message,
    result: job.result ?? null,
    error: job.error ?? null,
    hasFile: fileOf(job) !== undefined,
    createdAt: iso(job.created_at),
    finishedAt: iso(job.finished_at),
  };
}

async function findJob(db: Kysely<DB>, actor: Actor, id: string): Promise<Job> {
  const job = await visibleJobs(db, actor).where('id', '=', id).executeTakeFirst();
  if (!job) throw new AppError('NOT_FOUND');
  return job;
}

export const jobsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/jobs',
    {
      schema: {
        tags: ['jobs'],
        summary: '我发起的后台任务',
        querystring: JobsQuery,
        response: { 200: Type.Object({ items: Type.Array(JobView), nextCursor: Type.Union([Type.String(), Type.Null()]) }) },
      },
      config: { permission: 'jobs.read' },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const limit = request.query.limit ?? 20;
      const after = decodeCursor(request.query.cursor, ['string', 'string']);
      const rows = await app.db
        .selectFrom('jobs')
        .selectAll()
        .where('created_by', '=', actor.accountId)
        .$if(after !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              eb('created_at', '<', new Date(String(after![0]))),
              eb.and([eb('created_at', '=', new Date(String(after![0]))), eb('id', '<', String(after![1]))]),
            ]),
          ),
        )
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(view),
        nextCursor: rows.length > limit && last ? encodeCursor([iso(last.created_at), last.id]) : null,
      };
    },
  );

  app.get(
    '/jobs/:id',
    { schema: { tags: ['jobs'], summary: '一个后台任务的进度', params: JobParams, response: { 200: JobView } }, config: { permission: 'jobs.read' } },
    async (request) => view(await findJob(app.db, requireActor(request.actor), request.params.id)),
  );

  app.get(
    '/jobs/:id/download',
    { schema: { tags: ['jobs'], summary: '下载任务生成的文件', params: JobParams }, config: { permission: 'jobs.read' } },
    async (request, reply) => {
      const job = await findJob(app.db, requireActor(request.actor), request.params.id);
      const file = fileOf(job);
      if (!file) throw new AppError('NOT_FOUND', { message: '该任务没有可下载的文件（未完成或失败）' });
      const full = path.join(app.config.dataDir, 'exports', path.basename(file.file));
      if (!fs.existsSync(full)) throw new AppError('NOT_FOUND', { message: '文件已不存在，请重新导出' });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .send(fs.createReadStream(full));
    },
  );
};
