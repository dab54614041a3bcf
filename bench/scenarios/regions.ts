// The region tree every form uses: children of a node, a node's path, and name search within a subtree.
// Targets (issue 4): children and path p95 <= 10 ms, search p95 <= 30 ms. Villages of Chongqing are loaded.
import type { Kysely } from 'kysely';
import type { DB } from '../../src/server/db/types.ts';
import { childrenOf, regionPath, searchRegions } from '../../src/server/modules/regions/queries.ts';
import { request } from '../lib/http.ts';
import { measure, notRun } from '../lib/load.ts';
import { timeLoop } from '../lib/stats.ts';
import type { Scenario } from '../lib/types.ts';

function regionScenario(
  name: string,
  summary: string,
  path: string,
  direct: (db: Kysely<DB>) => Promise<unknown>,
  expect: (body: unknown) => boolean,
): Scenario {
  return {
    name,
    summary,
    async baseline({ database }) {
      const loop = await timeLoop(() => direct(database.db), { iterations: 2000, maxSeconds: 5 });
      return { what: 'the same queries through the server\'s query functions, one at a time, no HTTP', ...loop };
    },
    async run({ baseUrl, durationSeconds }) {
      // One connection: the targets are per-request latency, not latency under queueing.
      const spec = { url: `${baseUrl}${path}`, connections: 1, durationSeconds: durationSeconds ?? 8, warmupSeconds: 2 };
      try {
        const check = await request(spec.url);
        const problems = check.status === 200 && expect(check.body) ? [] : [`pre-flight answered ${check.status}`];
        return await measure(spec, problems);
      } catch (err) {
        return notRun(spec, [`pre-flight: ${String(err)}`]);
      }
    },
  };
}

const items = (body: unknown): unknown[] => ((body as { items?: unknown[] } | null)?.items ?? []);

export const regionChildrenScenario = regionScenario(
  'region-children',
  'public GET /api/regions/children?parent=500238118 (the villages of a township)',
  '/api/regions/children?parent=500238118',
  (db) => childrenOf(db, '500238118'),
  (body) => items(body).length > 0,
);

export const regionPathScenario = regionScenario(
  'region-path',
  "public GET /api/regions/500238118201 (a village and its full path)",
  '/api/regions/500238118201',
  (db) => regionPath(db, '500238118201'),
  (body) => (body as { path?: string } | null)?.path === '重庆市 / 巫溪县 / 红池坝镇 / 中岗村',
);

export const regionSearchScenario = regionScenario(
  'region-search',
  'public GET /api/regions/search?q=大林&within=50 (name search in a province, full paths)',
  `/api/regions/search?q=${encodeURIComponent('大林')}&within=50`,
  (db) => searchRegions(db, '大林', '50', 20),
  (body) => items(body).length > 0,
);
