import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp, type DemoUsername } from '../../../../test/support/app.ts';
import type { ClaimSettings } from './schemas.ts';

interface Failure {
  code: string;
  fields?: { field: string; message: string }[];
}

describe('needs: the claim lapse period departments set', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  const get = (who: DemoUsername, query = '') => t().request(who, { method: 'GET', url: `/api/claim-settings${query}` });
  const put = (who: DemoUsername, payload: object, query = '') => t().request(who, { method: 'PUT', url: `/api/claim-settings${query}`, payload });
  const settings = async () => db().selectFrom('claim_settings').select(['region_code', 'lapse_days']).orderBy('region_code').execute();

  test('a county official reads the default, sets their own, and the townships below inherit it', async () => {
    const first = await get('wuxi_xczx');
    assert.equal(first.statusCode, 200, first.body);
    assert.deepEqual(first.json<ClaimSettings>(), { regionCode: '500238', lapseDays: 30, source: 'default' });

    const set = await put('wuxi_xczx', { lapseDays: 20 });
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual(set.json<ClaimSettings>(), { regionCode: '500238', lapseDays: 20, source: 'own' });
    assert.deepEqual(await settings(), [{ region_code: '500238', lapse_days: 20 }]);
    const audit = await db().selectFrom('audit_log').select(['action', 'changes']).where('entity_type', '=', 'claim_setting').execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.action, 'create');

    const township = await get('wuxi_xczx', '?region=500238118');
    assert.deepEqual(township.json<ClaimSettings>(), { regionCode: '500238118', lapseDays: 20, source: 'inherited' });

    const same = await put('wuxi_xczx', { lapseDays: 20 });
    assert.equal(same.statusCode, 200);
    assert.equal((await db().selectFrom('audit_log').select('id').where('entity_type', '=', 'claim_setting').execute()).length, 1, 'no change, no audit row');
  });

  test('the city official’s setting applies where no county has its own', async () => {
    const res = await put('cq_mz', { lapseDays: 45, region: '50' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual((await get('cq_mz', '?region=500229')).json<ClaimSettings>(), { regionCode: '500229', lapseDays: 45, source: 'inherited' });
    assert.equal((await get('wuxi_xczx')).json<ClaimSettings>().lapseDays, 20, 'the county’s own setting is the more specific');
    const byQuery = await put('cq_mz', { lapseDays: 15 }, '?region=500229');
    assert.deepEqual(byQuery.json<ClaimSettings>(), { regionCode: '500229', lapseDays: 15, source: 'own' });
  });

  test('refusals: no region for a national admin, another county, days out of range, liaisons', async () => {
    const before = await settings();
    const national = await get('admin');
    assert.equal(national.statusCode, 400);
    assert.match(national.json<Failure>().fields?.[0]?.message ?? '', /全国管理员请指定/);
    assert.equal((await get('admin', '?region=500238')).statusCode, 200);

    const elsewhere = await put('chengkou_mz', { lapseDays: 10, region: '500238' });
    assert.equal(elsewhere.statusCode, 403);
    assert.equal(elsewhere.json<Failure>().code, 'OUT_OF_SCOPE');
    assert.equal((await get('chengkou_mz', '?region=500238')).statusCode, 403);

    for (const lapseDays of [2, 366, 7.5]) {
      const res = await put('wuxi_xczx', { lapseDays });
      assert.equal(res.statusCode, 400, `${lapseDays} days`);
      assert.match(res.json<Failure>().fields?.[0]?.message ?? '', /^认领无进展失效天数：/);
    }
    const mismatch = await put('cq_mz', { lapseDays: 10, region: '500238' }, '?region=500229');
    assert.equal(mismatch.statusCode, 400);
    const unknown = await put('cq_mz', { lapseDays: 10, region: '509999' });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.json<Failure>().fields?.[0]?.message ?? '', /不存在/);
    assert.equal((await get('hongchiba')).statusCode, 403);
    assert.deepEqual(await settings(), before);
  });
});
