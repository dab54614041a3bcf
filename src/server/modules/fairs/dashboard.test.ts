import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import { approvedOrganization } from '../claims/fixtures.ts';
import { organizationOf, villageOf } from '../need-search/fixtures.ts';
import {
  CHENGKOU,
  createFair,
  daysFromToday,
  fairBody,
  insertPairing,
  insertProject,
  PENGSHUI,
  programIdOf,
  WUXI,
  YOUYANG,
} from './fixtures.ts';
import type { FairDashboard } from './schemas.ts';

describe('fairs: the dashboard counts what was signed at the fair, live', () => {
  const t = useTestApp();
  const db = () => t().database.db;

  test('signed, landed, overdue, pending and budgets, in total, per organization and per county', async () => {
    const programId = await programIdOf(db(), 'cq-2021-revitalization');
    const fair = await createFair(t(), 'cq_mz', fairBody(programId));
    const other = await createFair(t(), 'cq_mz', fairBody(programId, { name: '另一次活动' }));
    const shancheng = await organizationOf(db(), 'org_admin');
    const jinan = await approvedOrganization(db(), { name: '济南看板测试促进会' });
    const wuxiVillage = await villageOf(db(), WUXI);
    const chengkouVillage = await villageOf(db(), CHENGKOU);
    const chengkouTownship = chengkouVillage.slice(0, 9);

    const project = (organizationId: number, status: Parameters<typeof insertProject>[1]['status'], places: string[], budgetFen: number, landingDue?: string) =>
      insertProject(db(), { organizationId, fairId: fair.id, status, places, budgetFen, landingDue: landingDue ?? null });
    await project(shancheng, 'landed', [wuxiVillage], 300_000, daysFromToday(-20));
    // Signed in two counties, five days past its landing due date: overdue, and counted in both counties.
    const overdue = await project(shancheng, 'signed', [WUXI, chengkouVillage], 200_000, daysFromToday(-5));
    await project(jinan.id, 'planned', [CHENGKOU], 100_000);
    await project(jinan.id, 'cancelled', [WUXI], 999_000);
    await project(jinan.id, 'signed', [PENGSHUI], 50_000, daysFromToday(10));
    await project(jinan.id, 'in_progress', [YOUYANG], 70_000, daysFromToday(-30));
    // Not the fair's: another fair's and one signed elsewhere.
    await insertProject(db(), { organizationId: shancheng, fairId: other.id, status: 'landed', places: [WUXI], budgetFen: 1 });
    await insertProject(db(), { organizationId: shancheng, fairId: null, status: 'signed', places: [WUXI], budgetFen: 1, landingDue: daysFromToday(-9) });

    await insertPairing(db(), { organizationId: shancheng, programId, fairId: fair.id, status: 'confirmed', places: [WUXI] });
    // Two places in one county count once there.
    await insertPairing(db(), { organizationId: jinan.id, programId, fairId: fair.id, status: 'confirmed', places: [CHENGKOU, chengkouTownship] });
    await insertPairing(db(), { organizationId: jinan.id, programId, fairId: fair.id, status: 'pending', places: [PENGSHUI] });
    await insertPairing(db(), { organizationId: jinan.id, programId, fairId: other.id, status: 'confirmed', places: [YOUYANG] });

    assert.equal((await t().request('org_admin', { method: 'POST', url: `/api/fairs/${fair.id}/signup`, payload: {} })).statusCode, 200);

    const res = await t().request('cq_mz', { method: 'GET', url: `/api/fairs/${fair.id}/dashboard` });
    assert.equal(res.statusCode, 200, res.body);
    const d = res.json<FairDashboard>();
    assert.deepEqual(d.fair, { id: fair.id, name: fair.name, status: 'open' });
    assert.equal(d.signups, 1);
    assert.deepEqual(d.totals, {
      pairings: 2,
      projectsSigned: 4,
      projectsLanded: 2,
      projectsOverdue: 1,
      projectsPending: 1,
      signedBudgetFen: 620_000,
      landedBudgetFen: 370_000,
    });
    assert.deepEqual(d.byOrganization, [
      {
        organization: { id: shancheng, name: '重庆山城乡村发展基金会（演示）' },
        pairings: 1,
        projectsSigned: 2,
        projectsLanded: 1,
        projectsOverdue: 1,
        projectsPending: 0,
        signedBudgetFen: 500_000,
        landedBudgetFen: 300_000,
      },
      {
        organization: { id: jinan.id, name: '济南看板测试促进会' },
        pairings: 1,
        projectsSigned: 2,
        projectsLanded: 1,
        projectsOverdue: 0,
        projectsPending: 1,
        signedBudgetFen: 120_000,
        landedBudgetFen: 70_000,
      },
    ]);
    const county = (code: string) => d.byCounty.find((c) => c.county.code === code);
    assert.deepEqual(
      d.byCounty.map((c) => c.county.code),
      [CHENGKOU, WUXI, YOUYANG, PENGSHUI],
    );
    assert.equal(county(WUXI)!.county.name, '重庆市 / 巫溪县');
    assert.deepEqual(
      { ...county(WUXI)!, county: undefined },
      { county: undefined, pairings: 1, projectsSigned: 2, projectsLanded: 1, projectsOverdue: 1, projectsPending: 0, signedBudgetFen: 500_000, landedBudgetFen: 300_000 },
    );
    assert.deepEqual(
      { ...county(CHENGKOU)!, county: undefined },
      { county: undefined, pairings: 1, projectsSigned: 1, projectsLanded: 0, projectsOverdue: 1, projectsPending: 1, signedBudgetFen: 200_000, landedBudgetFen: 0 },
    );
    assert.deepEqual(
      { ...county(PENGSHUI)!, county: undefined },
      { county: undefined, pairings: 0, projectsSigned: 1, projectsLanded: 0, projectsOverdue: 0, projectsPending: 0, signedBudgetFen: 50_000, landedBudgetFen: 0 },
    );
    assert.equal(county(YOUYANG)!.landedBudgetFen, 70_000);
    assert.deepEqual(d.overdueProjects, [
      {
        id: overdue,
        name: '活动看板测试项目（signed）',
        organization: { id: shancheng, name: '重庆山城乡村发展基金会（演示）' },
        landingDue: daysFromToday(-5),
        overdueDays: 5,
      },
    ]);

    // The project lands: the dashboard follows without anything rebuilt.
    await db().updateTable('projects').set({ status: 'landed', landed_on: daysFromToday(0) }).where('id', '=', overdue).execute();
    const moved = (await t().request('cq_mz', { method: 'GET', url: `/api/fairs/${fair.id}/dashboard` })).json<FairDashboard>();
    assert.equal(moved.totals.projectsOverdue, 0);
    assert.equal(moved.totals.projectsLanded, 3);
    assert.equal(moved.totals.landedBudgetFen, 570_000);
    assert.deepEqual(moved.overdueProjects, []);

    // 城口县's official sees the city fair's dashboard; organizations do not.
    assert.equal((await t().request('chengkou_mz', { method: 'GET', url: `/api/fairs/${fair.id}/dashboard` })).statusCode, 200);
    assert.equal((await t().request('org_admin', { method: 'GET', url: `/api/fairs/${fair.id}/dashboard` })).statusCode, 403);
  });

  test('a fair with nothing signed yet shows zeros', async () => {
    const fair = await createFair(t(), 'wuxi_xczx', fairBody(null, { name: '空看板', regions: [WUXI] }));
    const d = (await t().request('wuxi_xczx', { method: 'GET', url: `/api/fairs/${fair.id}/dashboard` })).json<FairDashboard>();
    assert.deepEqual(d.totals, {
      pairings: 0,
      projectsSigned: 0,
      projectsLanded: 0,
      projectsOverdue: 0,
      projectsPending: 0,
      signedBudgetFen: 0,
      landedBudgetFen: 0,
    });
    assert.deepEqual([d.byOrganization, d.byCounty, d.overdueProjects], [[], [], []]);
  });
});
