// Key areas: reading and resolving the 100 designated villages of the demo sheet (the work of one upload), and the
// public list of a program's key areas. No target was set; these say what an official and a visitor wait for.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../src/server/demo/seed.ts';
import { readEntries } from '../../src/server/modules/key-areas/entries.ts';
import { login, pick, request } from '../lib/http.ts';
import { measure, notRun } from '../lib/load.ts';
import { timeLoop } from '../lib/stats.ts';
import type { Scenario } from '../lib/types.ts';

const SHEET = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../src/server/demo/key-areas/chongqing-2020-designated-villages.csv'),
);
const SLUG = 'cq-2020-poverty';

async function demoProgramId(baseUrl: string): Promise<number> {
  const reply = await request(`${baseUrl}/api/programs?region=50&limit=200`);
  const items = (pick(reply.body, 'items') as { id: number; slug: string }[] | undefined) ?? [];
  const program = items.find((p) => p.slug === SLUG);
  if (!program) throw new Error(`program ${SLUG} not found (is the demo seeded?)`);
  return program.id;
}

function multipartBody(): { body: string; contentType: string } {
  const boundary = `----bench${crypto.randomBytes(6).toString('hex')}`;
  const body =
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nvillage\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="villages.csv"\r\nContent-Type: text/csv\r\n\r\n` +
    `${SHEET.toString('utf8')}\r\n--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

export const keyAreaUploadScenario: Scenario = {
  name: 'key-area-upload',
  summary: 'authenticated POST /api/programs/:id/key-area-imports of the 100-village demo sheet (read, resolve, keep)',
  async baseline({ database }) {
    const loop = await timeLoop(
      () => readEntries(database.db, { regionCode: '50', kind: 'village', countyKind: 'key_county_national', fileName: 'v.csv', bytes: SHEET }),
      { iterations: 50, warmup: 3, maxSeconds: 20 },
    );
    return { what: 'readEntries (parse + resolve the 100 villages) without HTTP or the insert', ...loop };
  },
  async run({ baseUrl, durationSeconds }) {
    const spec0 = { connections: 1, durationSeconds: durationSeconds ?? 8 };
    try {
      const { cookie, reply } = await login(baseUrl, 'cq_mz', DEMO_PASSWORD);
      const csrf = pick(reply.body, 'csrfToken');
      const id = await demoProgramId(baseUrl);
      const { body, contentType } = multipartBody();
      const headers = { cookie, 'x-csrf-token': String(csrf), 'content-type': contentType };
      const url = `${baseUrl}/api/programs/${id}/key-area-imports`;
      const check = await request(url, { method: 'POST', headers, body });
      const ok = check.status === 200 && pick(check.body, 'summary', 'entries') === 100;
      return await measure({ url, method: 'POST', headers, body, ...spec0, warmupSeconds: 2 }, ok ? [] : [`pre-flight answered ${check.status}`]);
    } catch (err) {
      return notRun(spec0, [`pre-flight: ${String(err)}`]);
    }
  },
};

export const keyAreasPublicScenario: Scenario = {
  name: 'key-areas-public',
  summary: 'public GET /api/programs/:id/designations?limit=200 of the demo 2020 program (136 key areas with contacts)',
  async run({ baseUrl, durationSeconds }) {
    const spec0 = { connections: 1, durationSeconds: durationSeconds ?? 8 };
    try {
      const id = await demoProgramId(baseUrl);
      const url = `${baseUrl}/api/programs/${id}/designations?limit=200`;
      const check = await request(url);
      const n = (pick(check.body, 'items') as unknown[] | undefined)?.length ?? 0;
      return await measure({ url, ...spec0, warmupSeconds: 2 }, check.status === 200 && n === 136 ? [] : [`pre-flight: ${check.status}, ${n} items`]);
    } catch (err) {
      return notRun(spec0, [`pre-flight: ${String(err)}`]);
    }
  },
};
