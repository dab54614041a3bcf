import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { useTestApp } from '../../../../test/support/app.ts';
import { encodeCursor } from '../../platform/http.ts';
import { approveAs, register, type Failure } from './fixtures.ts';
import type { Organization, OrganizationListItem, PublicOrganization } from './schemas.ts';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

describe('organizations: officials list, export, public directory', () => {
  const t = useTestApp();
  const made: Organization[] = [];

  before(async () => {
    // Five organizations named 排序测试…, registered in Wuxi, Chengkou and 万州区 with different data.
    const specs: Record<string, unknown>[] = [
      { name: '排序测试丙协会', form: 'association', fields: ['education'], serviceRegions: ['500238'] },
      { name: '排序测试甲基金会', form: 'foundation', isCharity: true, grade: '3A', gradeYear: 2022, fields: ['industry', 'education'], serviceRegions: ['500238118'] },
      { name: '排序测试乙中心', form: 'service_agency', registrationRegionCode: '500229', fields: ['elderly_care'], serviceRegions: ['500229'] },
      { name: '排序测试丁基金会', form: 'foundation', registrationRegionCode: '500101', fields: ['industry'], serviceRegions: ['500101'] },
      { name: '排序测试戊协会', form: 'association', registrationRegionCode: '500101', fields: ['medical_aid'], serviceRegions: ['50'], contactPhone: '023-63001234' },
    ];
    for (const spec of specs) made.push((await register(t(), spec)).organization);
    await approveAs(t(), 'wuxi_xczx', made[1]!.id);
    await approveAs(t(), 'chengkou_mz', made[2]!.id);
    await approveAs(t(), 'cq_mz', made[4]!.id);
  });

  const list = async (who: string, query: string) => {
    const res = await t().request(who, { method: 'GET', url: `/api/organizations?${query}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<Page<OrganizationListItem>>();
  };
  const all = async (who: string, query: string) => {
    const items: OrganizationListItem[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page<OrganizationListItem> = await list(who, `${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      items.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    return items;
  };
  const q = `q=${encodeURIComponent('排序测试')}`;

  test('each sort pages through everything once, in its order', async () => {
    const byName = await all('cq_mz', `${q}&sort=name`);
    assert.equal(byName.length, 5);
    // In the database's collation, as one page would have it.
    const onePage = await list('cq_mz', `${q}&sort=name&limit=200`);
    assert.deepEqual(byName.map((i) => i.id), onePage.items.map((i) => i.id));
    assert.equal(new Set(byName.map((i) => i.id)).size, 5);
    const newest = await all('cq_mz', `${q}&sort=newest`);
    assert.deepEqual(newest.map((i) => i.id), made.map((o) => o.id).reverse());
    const submitted = await all('cq_mz', `${q}&sort=submitted`);
    assert.deepEqual(submitted.map((i) => i.id), made.map((o) => o.id), 'waiting longest first');
    const bad = await t().request('cq_mz', { method: 'GET', url: `/api/organizations?sort=name&cursor=${byName.length}` });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json<Failure>().fields?.[0]?.field, 'cursor');
    assert.equal((await t().request('cq_mz', { method: 'GET', url: '/api/organizations?limit=500' })).statusCode, 400);
    // Forged cursors and ids are refused as input, never passed on to the database.
    const forged = [
      `/api/organizations?sort=submitted&cursor=${encodeCursor(['yesterday', 1])}`,
      `/api/organizations?cursor=${encodeCursor([1e300])}`,
      `/api/public/organizations?cursor=${encodeCursor([1.5])}`,
      '/api/public/organizations/1e30',
      '/api/organizations/99999999999999999999',
      '/api/files/1e30',
    ];
    for (const url of forged) assert.equal((await t().request('cq_mz', { method: 'GET', url })).statusCode, 400, url);
  });

  test('filters: status, form, field, grade, charity, region, credit code, one character', async () => {
    const names = async (query: string) => (await all('cq_mz', `${q}&${query}`)).map((i) => i.name).sort();
    assert.deepEqual(await names('status=approved'), ['排序测试乙中心', '排序测试戊协会', '排序测试甲基金会']);
    assert.deepEqual(await names('form=foundation'), ['排序测试丁基金会', '排序测试甲基金会']);
    assert.deepEqual(await names('field=industry'), ['排序测试丁基金会', '排序测试甲基金会']);
    assert.deepEqual(await names('grade=3A'), ['排序测试甲基金会']);
    assert.deepEqual(await names('charity=true'), ['排序测试甲基金会']);
    assert.deepEqual(await names('charity=false&status=pending'), ['排序测试丁基金会', '排序测试丙协会']);
    // Registered or serving in 500238118 (红池坝镇), or serving a region containing it (all of Wuxi, all of Chongqing).
    assert.deepEqual(await names('region=500238118'), ['排序测试丙协会', '排序测试戊协会', '排序测试甲基金会']);
    assert.deepEqual(await names('region=500101'), ['排序测试丁基金会', '排序测试戊协会']);
    assert.deepEqual(await names('region=500229'), ['排序测试乙中心', '排序测试戊协会']);
    const byCode = await list('cq_mz', `q=${made[3]!.creditCode.toLowerCase()}`);
    assert.deepEqual(byCode.items.map((i) => i.id), [made[3]!.id]);
    const oneChar = await all('cq_mz', `q=${encodeURIComponent('戊')}`);
    assert.deepEqual(oneChar.map((i) => i.id), [made[4]!.id]);
    const none = await list('cq_mz', `q=${encodeURIComponent('测试排序')}`);
    assert.equal(none.items.length, 0, 'the characters in another order are not the name');
    const item = byCode.items[0]!;
    assert.deepEqual(item.registrationRegion, { code: '500101', name: '重庆市 / 万州区' });
    assert.deepEqual(item.fields, ['industry']);
  });

  test('a county official lists what is registered or serves in the county only', async () => {
    const wuxi = (await all('wuxi_xczx', q)).map((i) => i.name).sort();
    assert.deepEqual(wuxi, ['排序测试丙协会', '排序测试戊协会', '排序测试甲基金会']);
    const chengkou = (await all('chengkou_mz', q)).map((i) => i.name).sort();
    assert.deepEqual(chengkou, ['排序测试乙中心', '排序测试戊协会']);
  });

  test('the export writes the filtered list in scope to Excel as a job', async () => {
    const started = await t().request('wuxi_xczx', { method: 'POST', url: '/api/organizations/export', payload: { q: '排序测试', sort: 'name' } });
    assert.equal(started.statusCode, 202, started.body);
    const { jobId } = started.json<{ jobId: string }>();
    await t().app.jobs.drain();
    const done = (await t().request('wuxi_xczx', { method: 'GET', url: `/api/jobs/${jobId}` })).json<{ status: string; progress: number }>();
    assert.equal(done.status, 'succeeded');
    assert.equal(done.progress, 3);
    const file = await t().request('wuxi_xczx', { method: 'GET', url: `/api/jobs/${jobId}/download` });
    assert.equal(file.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('社会组织');
    assert.ok(sheet);
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const cells: string[] = [];
      for (let i = 1; i <= 14; i += 1) cells.push(row.getCell(i).text);
      rows.push(cells);
    });
    assert.equal(rows[0]?.[0], '组织名称');
    assert.deepEqual(rows.slice(1).map((r) => r[0]), ['排序测试丙协会', '排序测试戊协会', '排序测试甲基金会']);
    const jia = rows.find((r) => r[0] === '排序测试甲基金会')!;
    assert.equal(jia[2], '基金会');
    assert.equal(jia[3], '已通过');
    assert.equal(jia[5], '是');
    assert.equal(jia[7], '县级：重庆市 / 巫溪县');
    assert.equal(jia[8], '3A（2022）');
    assert.match(jia[9] ?? '', /教育帮扶/);
    assert.equal(jia[10], '重庆市 / 巫溪县 / 红池坝镇');
    assert.equal(rows.find((r) => r[0] === '排序测试戊协会')?.[12], '023-63001234');
    const bad = await t().request('wuxi_xczx', { method: 'POST', url: '/api/organizations/export', payload: { status: 'done' } });
    assert.equal(bad.statusCode, 400);
  });

  test('the public directory shows approved organizations only, without contacts', async () => {
    const res = await t().request(null, { method: 'GET', url: `/api/public/organizations?${q}` });
    assert.equal(res.statusCode, 200, res.body);
    const page = res.json<Page<PublicOrganization>>();
    assert.deepEqual(page.items.map((i) => i.name).sort(), ['排序测试乙中心', '排序测试戊协会', '排序测试甲基金会']);
    for (const item of page.items) {
      for (const key of ['contactName', 'contactPhone', 'contactEmail', 'creditCode', 'status', 'history']) {
        assert.ok(!(key in item), `${key} must not be public`);
      }
    }
    assert.doesNotMatch(res.body, /023-63001234|13800001111|王测试/);
    const serving = (await t().request(null, { method: 'GET', url: `/api/public/organizations?${q}&region=500238118001` })).json<Page<PublicOrganization>>();
    assert.deepEqual(serving.items.map((i) => i.name).sort(), ['排序测试戊协会', '排序测试甲基金会']);
    const paged = (await t().request(null, { method: 'GET', url: `/api/public/organizations?${q}&limit=2` })).json<Page<PublicOrganization>>();
    assert.equal(paged.items.length, 2);
    assert.ok(paged.nextCursor);
    const rest = (await t().request(null, { method: 'GET', url: `/api/public/organizations?${q}&limit=2&cursor=${paged.nextCursor}` })).json<Page<PublicOrganization>>();
    assert.equal(rest.items.length, 1);
    assert.equal(rest.nextCursor, null);

    const one = await t().request(null, { method: 'GET', url: `/api/public/organizations/${made[1]!.id}` });
    assert.equal(one.statusCode, 200);
    assert.equal(one.json<PublicOrganization>().name, '排序测试甲基金会');
    assert.ok(!('contactPhone' in one.json<Record<string, unknown>>()));
    assert.equal((await t().request(null, { method: 'GET', url: `/api/public/organizations/${made[0]!.id}` })).statusCode, 404);
    assert.equal((await t().request(null, { method: 'GET', url: '/api/public/organizations/99999999' })).statusCode, 404);
  });
});
