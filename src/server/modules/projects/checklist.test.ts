import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { daysFromToday } from '../../../common/glossary.ts';
import { useTestApp, type Session } from '../../../../test/support/app.ts';
import { approvedOrganization, PASSWORD } from '../claims/fixtures.ts';
import type { ChecklistPage, LandingSettings, ProjectStepReply } from './schemas.ts';
import { attachFile, insertProject } from './fixtures.ts';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

const WUXI = '500238';
const CHENGKOU = '500229';
const PENGSHUI = '500243';
const YOUYANG = '500242';

describe('projects: the landing checklist, its export and the landing grace period', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  const get = (who: string, url: string) => t().request(who, { method: 'GET', url });
  const checklist = async (who: string, query: string) => {
    const res = await get(who, `/api/projects/checklist?${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json<ChecklistPage>();
  };
  const dueOf = async (id: number) =>
    (await db().selectFrom('projects').select('landing_due').where('id', '=', id).executeTakeFirstOrThrow())
      .landing_due;

  // One organization's projects, so the totals are exact whatever else the file's database holds.
  let org: number;
  const p: Record<string, number> = {};
  let orgAdmin: Session;

  test('officials see signed projects in scope with their landing state, overdue ones first', async () => {
    org = (await approvedOrganization(db(), { name: '清单测试基金会', username: 'checklist_admin' })).id;
    orgAdmin = await t().login('checklist_admin', PASSWORD);
    const mk = (name: string, o: Parameters<typeof insertProject>[1]) =>
      insertProject(db(), { organizationId: org, name, ...o });
    p.onTime = await mk('按期项目', { status: 'signed', landingDue: daysFromToday(20) });
    p.lateThree = await mk('逾期三天', { status: 'signed', landingDue: daysFromToday(-3) });
    p.lateOne = await mk('逾期一天', { status: 'signed', landingDue: daysFromToday(-1) });
    p.dueToday = await mk('今天到期', { status: 'signed', landingDue: daysFromToday(0) });
    p.landed = await mk('已落地项目', { status: 'landed', landingDue: daysFromToday(-10) });
    p.closed = await mk('已结项项目', { status: 'closed' });
    p.planned = await mk('计划中项目', {});
    p.cancelled = await mk('已取消项目', { status: 'cancelled', signedOn: daysFromToday(-9) });
    p.chengkou = await mk('城口逾期项目', { status: 'signed', landingDue: daysFromToday(-2), places: [CHENGKOU] });

    const all = await checklist('wuxi_xczx', `organizationId=${org}`);
    assert.deepEqual(
      all.items.map((i) => i.name),
      ['已结项项目', '已落地项目', '今天到期', '逾期一天', '逾期三天', '按期项目'],
      'newest first; the planned, the cancelled and the other county’s are not listed',
    );
    assert.deepEqual(all.totals, { signed: 6, notLanded: 4, overdue: 2, landed: 2 });

    const overdue = await checklist('wuxi_xczx', `organizationId=${org}&state=overdue`);
    assert.deepEqual(
      overdue.items.map((i) => [i.name, i.overdue, i.overdueDays]),
      [
        ['逾期三天', true, 3],
        ['逾期一天', true, 1],
      ],
    );
    assert.deepEqual(overdue.totals, all.totals, 'the totals count every landing state whichever is listed');
    const notLanded = await checklist('wuxi_xczx', `organizationId=${org}&state=not_landed`);
    assert.deepEqual(
      notLanded.items.map((i) => i.name),
      ['逾期三天', '逾期一天', '今天到期', '按期项目'],
    );
    assert.equal(notLanded.items[2]!.overdue, false, 'due today is not overdue yet');
    const landed = await checklist('wuxi_xczx', `organizationId=${org}&state=landed`);
    assert.deepEqual(
      landed.items.map((i) => [i.name, i.overdue]),
      [
        ['已结项项目', false],
        ['已落地项目', false],
      ],
    );

    const item = overdue.items[0]!;
    assert.equal(item.organization.name, '清单测试基金会');
    assert.deepEqual(item.places, [{ code: '500238118201', name: '重庆市 / 巫溪县 / 红池坝镇 / 中岗村' }]);
    assert.equal(item.signedWith, '巫溪县乡村振兴局');
    assert.equal(item.isCounterpart, false);
    assert.equal(item.evidenceCount, 0);
    assert.equal(item.lastFollowUp, null);

    // 城口县 sees its own only; the city sees both counties.
    const chengkou = await checklist('chengkou_mz', `organizationId=${org}`);
    assert.deepEqual(
      chengkou.items.map((i) => i.name),
      ['城口逾期项目'],
    );
    assert.deepEqual(chengkou.totals, { signed: 1, notLanded: 1, overdue: 1, landed: 0 });
    const city = await checklist('cq_mz', `organizationId=${org}&state=overdue`);
    assert.deepEqual(
      city.items.map((i) => i.name),
      ['逾期三天', '城口逾期项目', '逾期一天'],
    );
    const region = await checklist('cq_mz', `organizationId=${org}&state=overdue&region=${CHENGKOU}`);
    assert.deepEqual(
      region.items.map((i) => i.name),
      ['城口逾期项目'],
    );
    // Liaisons sign and follow up but do not hold the checklist.
    assert.equal((await get('hongchiba', '/api/projects/checklist')).statusCode, 403);
  });

  test('pages follow the landing due date with a cursor, and the totals stay those of the whole set', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ChecklistPage = await checklist(
        'cq_mz',
        `organizationId=${org}&state=not_landed&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      assert.ok(page.items.length <= 2);
      assert.deepEqual(page.totals, { signed: 7, notLanded: 5, overdue: 3, landed: 2 });
      seen.push(...page.items.map((i) => i.name));
      cursor = page.nextCursor;
    } while (cursor !== null);
    assert.deepEqual(seen, ['逾期三天', '城口逾期项目', '逾期一天', '今天到期', '按期项目']);
    const byId: string[] = [];
    cursor = null;
    do {
      const page: ChecklistPage = await checklist(
        'cq_mz',
        `organizationId=${org}&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      byId.push(...page.items.map((i) => i.name));
      cursor = page.nextCursor;
    } while (cursor !== null);
    assert.equal(byId.length, 7);
    assert.equal(new Set(byId).size, 7);
    const bad = await get('cq_mz', '/api/projects/checklist?state=overdue&cursor=bm9wZQ');
    assert.equal(bad.statusCode, 400, bad.body);
  });

  test('a follow-up note and the evidence show on the checklist; landing takes a project off the overdue list', async () => {
    const noted = await t().request('wuxi_xczx', {
      method: 'POST',
      url: `/api/projects/${p.lateThree}/follow-ups`,
      payload: { note: '已约谈，承诺月底前进场' },
    });
    assert.equal(noted.statusCode, 200, noted.body);
    const evidence = await attachFile(db(), p.lateThree!, 'evidence');
    await attachFile(db(), p.lateThree!, 'agreement');
    const item = (await checklist('wuxi_xczx', `organizationId=${org}&state=overdue`)).items[0]!;
    assert.equal(item.name, '逾期三天');
    assert.equal(item.evidenceCount, 1);
    assert.equal(item.lastFollowUp?.note, '已约谈，承诺月底前进场');
    assert.equal(item.lastFollowUp?.actorName, '巫溪县乡村振兴局（演示）');

    const landed = await t().request(orgAdmin, {
      method: 'POST',
      url: `/api/projects/${p.lateThree}/land`,
      payload: { landedOn: daysFromToday(0), note: '施工队进场', fileIds: [evidence] },
    });
    assert.equal(landed.statusCode, 200, landed.body);
    const after = await checklist('wuxi_xczx', `organizationId=${org}&state=overdue`);
    assert.deepEqual(
      after.items.map((i) => i.name),
      ['逾期一天'],
    );
    assert.deepEqual(after.totals, { signed: 6, notLanded: 3, overdue: 1, landed: 3 });
  });

  test('the export writes the filtered checklist in scope to Excel', async () => {
    const started = await t().request('wuxi_xczx', {
      method: 'POST',
      url: '/api/projects/checklist/export',
      payload: { organizationId: org, state: 'not_landed' },
    });
    assert.equal(started.statusCode, 202, started.body);
    const { jobId } = started.json<{ jobId: string }>();
    await t().app.jobs.drain();
    const job = (await get('wuxi_xczx', `/api/jobs/${jobId}`)).json<{ status: string; progress: number }>();
    assert.equal(job.status, 'succeeded');
    assert.equal(job.progress, 3);
    const file = await get('wuxi_xczx', `/api/jobs/${jobId}/download`);
    assert.equal(file.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('项目落地清单');
    assert.ok(sheet);
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const cells: string[] = [];
      for (let i = 1; i <= 16; i += 1) cells.push(row.getCell(i).text);
      rows.push(cells);
    });
    assert.deepEqual(rows[0]?.slice(0, 9), [
      '项目名称',
      '社会组织',
      '实施地区',
      '预算（元）',
      '计划开始日期',
      '签约日期',
      '签约单位',
      '落地期限',
      '落地情况',
    ]);
    // 城口县's project is outside the Wuxi official's scope, even though it matches the filters.
    assert.deepEqual(
      rows.slice(1).map((r) => [r[0], r[8]]),
      [
        ['逾期一天', '逾期 1 天未落地'],
        ['今天到期', '未落地'],
        ['按期项目', '未落地'],
      ],
    );
    const first = rows[1]!;
    assert.equal(first[1], '清单测试基金会');
    assert.equal(first[2], '重庆市 / 巫溪县 / 红池坝镇 / 中岗村');
    assert.equal(first[3], '10000');
    assert.equal(first[7], daysFromToday(-1));
    assert.equal(first[10], '已签约');
  });

  test('the grace period: own, inherited or default; 0–365 days; in scope only', async () => {
    const read = async (who: string, region: string) => {
      const res = await get(who, `/api/landing-settings?region=${region}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json<LandingSettings>();
    };
    assert.deepEqual(await read('cq_mz', PENGSHUI), { regionCode: PENGSHUI, graceDays: 30, source: 'default' });
    const own = await get('wuxi_xczx', '/api/landing-settings');
    assert.deepEqual(own.json<LandingSettings>(), { regionCode: WUXI, graceDays: 30, source: 'default' });

    const put = (who: string, payload: Record<string, unknown>) =>
      t().request(who, { method: 'PUT', url: '/api/landing-settings', payload });
    const tooLong = await put('cq_mz', { graceDays: 400, region: PENGSHUI });
    assert.equal(tooLong.statusCode, 400, tooLong.body);
    assert.match(tooLong.json<Failure>().fields![0]!.message, /^落地宽限天数：/);
    assert.equal((await put('chengkou_mz', { graceDays: 10, region: PENGSHUI })).json<Failure>().code, 'OUT_OF_SCOPE');
    const national = await t().request('admin', { method: 'GET', url: '/api/landing-settings' });
    assert.equal(national.statusCode, 400);
    assert.match(national.json<Failure>().fields![0]!.message, /^地区：全国管理员请指定/);
    const unknown = await put('cq_mz', { graceDays: 10, region: '500299' });
    assert.equal(unknown.statusCode, 400, unknown.body);
    assert.match(unknown.json<Failure>().fields![0]!.message, /^地区：区划代码“500299”不存在/);
    assert.equal(
      (await db().selectFrom('landing_settings').selectAll().execute()).length,
      0,
      'nothing saved by refused changes',
    );

    const set = await put('cq_mz', { graceDays: 45, region: PENGSHUI });
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual(set.json<LandingSettings>(), { regionCode: PENGSHUI, graceDays: 45, source: 'own' });
    assert.deepEqual(await read('cq_mz', `${PENGSHUI}001`), {
      regionCode: `${PENGSHUI}001`,
      graceDays: 45,
      source: 'inherited',
    });
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('entity_type', '=', 'landing_setting')
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.action, 'create');
  });

  test('signing uses the most specific grace on each place’s path, the smallest over the places', async () => {
    const put = (who: string, region: string, graceDays: number) =>
      t().request(who, { method: 'PUT', url: '/api/landing-settings', payload: { graceDays, region } });
    assert.equal((await put('cq_mz', '50', 60)).statusCode, 200);
    assert.equal((await put('cq_mz', YOUYANG, 7)).statusCode, 200);
    const start = daysFromToday(5);
    const sign = async (places: string[]) => {
      const id = await insertProject(db(), { status: 'signing', plannedStart: start, places });
      const res = await t().request('cq_mz', {
        method: 'POST',
        url: `/api/projects/${id}/sign`,
        payload: { signedOn: daysFromToday(0), signedWith: '县乡村振兴局' },
      });
      assert.equal(res.statusCode, 200, res.body);
      return res.json<ProjectStepReply>().landingDue;
    };
    assert.equal(await sign([PENGSHUI]), daysFromToday(50), '彭水县 sets 45 days, more specific than the city’s 60');
    assert.equal(await sign([WUXI]), daysFromToday(65), '巫溪县 has none: the city’s 60');
    assert.equal(await sign([YOUYANG, PENGSHUI]), daysFromToday(12), 'the strictest place: 酉阳县’s 7');
  });

  test('changing the grace period moves the due dates of the signed projects it governs, at once', async () => {
    const start = daysFromToday(-40);
    const signed = await insertProject(db(), {
      status: 'signed',
      plannedStart: start,
      places: [`${PENGSHUI}`],
      landingDue: daysFromToday(5),
    });
    const twoCounties = await insertProject(db(), {
      status: 'signed',
      plannedStart: start,
      places: [PENGSHUI, YOUYANG],
      landingDue: daysFromToday(-33),
    });
    const landed = await insertProject(db(), {
      status: 'landed',
      plannedStart: start,
      places: [PENGSHUI],
      landingDue: daysFromToday(5),
    });
    const elsewhere = await insertProject(db(), {
      status: 'signed',
      plannedStart: start,
      places: [CHENGKOU],
      landingDue: daysFromToday(20),
    });
    await db().updateTable('projects').set({ overdue_notified_at: new Date() }).where('id', '=', twoCounties).execute();

    const res = await t().request('cq_mz', {
      method: 'PUT',
      url: '/api/landing-settings',
      payload: { graceDays: 10, region: PENGSHUI },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(await dueOf(signed), daysFromToday(-30), '40 days ago + 10: now overdue');
    assert.equal(await dueOf(twoCounties), daysFromToday(-33), '酉阳县’s 7 days still the strictest');
    assert.equal(await dueOf(landed), daysFromToday(5), 'a landed project keeps its due date');
    assert.equal(await dueOf(elsewhere), daysFromToday(20), 'another county’s project is not governed by it');
    const overdue = await checklist('cq_mz', 'state=overdue&region=500243');
    assert.ok(overdue.items.some((i) => i.id === signed && i.overdueDays === 30));

    // Extending 酉阳县's period gives the two-county project a new deadline, so it may be announced again later.
    assert.equal(
      (
        await t().request('cq_mz', {
          method: 'PUT',
          url: '/api/landing-settings',
          payload: { graceDays: 60, region: YOUYANG },
        })
      ).statusCode,
      200,
    );
    const row = await db()
      .selectFrom('projects')
      .select(['landing_due', 'overdue_notified_at'])
      .where('id', '=', twoCounties)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { landing_due: daysFromToday(-30), overdue_notified_at: row.overdue_notified_at });
    assert.notEqual(row.overdue_notified_at, null, 'still overdue under 彭水县’s 10 days: the announcement stands');
    const audit = await db()
      .selectFrom('audit_log')
      .select('detail')
      .where('entity_type', '=', 'landing_setting')
      .where('entity_id', '=', YOUYANG)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    // This project and the one signed for 酉阳县 and 彭水县 above.
    assert.deepEqual(audit.detail, { recomputedProjects: 2 });
  });
});
