// GET /api/health (database and migration state) and GET /api/openapi.json: paths other tools rely on.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { sql } from 'kysely';
import { migrations } from '../../../../db/migrations/index.ts';
import { readiness } from '../../platform/readiness.ts';

const HealthReply = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  database: Type.Object({ ok: Type.Boolean(), kind: Type.String() }),
  migrations: Type.Object({ applied: Type.Array(Type.String()), pending: Type.Array(Type.String()) }),
  regions: Type.Object({
    villages: Type.Union([Type.Literal('ready'), Type.Literal('loading'), Type.Literal('failed')], {
      description: '村级行政区划：首次启动后在后台载入（约半分钟）',
    }),
  }),
  time: Type.String(),
});

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    { schema: { tags: ['platform'], summary: '健康检查：数据库与迁移状态', response: { 200: HealthReply, 503: HealthReply } }, config: { permission: 'public' } },
    async (_request, reply) => {
      let ok = true;
      let state = { applied: [] as string[], pending: [] as string[] };
      try {
        // Read the migration table directly: Kysely's migrator would create and inspect tables on every probe.
        const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(app.db);
        const applied = rows.map((r) => r.name);
        state = { applied, pending: Object.keys(migrations).filter((m) => !applied.includes(m)) };
      } catch {
        ok = false;
      }
      const healthy = ok && state.pending.length === 0;
      return reply.status(healthy ? 200 : 503).send({
        status: healthy ? 'ok' : 'degraded',
        database: { ok, kind: app.config.databaseUrl ? 'postgres' : 'pglite' },
        migrations: state,
        regions: { villages: readiness.villages },
        time: new Date().toISOString(),
      });
    },
  );

  app.get(
    '/openapi.json',
    { schema: { tags: ['platform'], summary: 'OpenAPI 文档', hide: true }, config: { permission: 'public' } },
    async () => app.swagger(),
  );
};
