import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FairDashboard } from '../../api/fairs.ts';
import { countyChartOption, landedPercent, shortRegionName } from './figures.ts';

test("a region's short name is the last real name of its path", () => {
  assert.equal(shortRegionName('重庆市 / 县 / 巫溪县'), '巫溪县');
  assert.equal(shortRegionName('重庆市 / 县 / 巫溪县 / 红池坝镇'), '红池坝镇');
  assert.equal(shortRegionName('重庆市'), '重庆市');
  assert.equal(shortRegionName('500238'), '500238');
});

test('the landed share rounds down and is absent when nothing was signed', () => {
  assert.equal(landedPercent({ projectsSigned: 0, projectsLanded: 0 }), null);
  assert.equal(landedPercent({ projectsSigned: 3, projectsLanded: 2 }), 66);
  assert.equal(landedPercent({ projectsSigned: 250, projectsLanded: 249 }), 99);
  assert.equal(landedPercent({ projectsSigned: 2, projectsLanded: 2 }), 100);
});

const tally = (signed: number, landed: number, overdue: number) => ({
  pairings: 0,
  projectsSigned: signed,
  projectsLanded: landed,
  projectsOverdue: overdue,
  projectsPending: 0,
  signedBudgetFen: 0,
  landedBudgetFen: 0,
});

test('the county chart puts signed, landed and overdue side by side, the busiest county first', () => {
  const byCounty: FairDashboard['byCounty'] = [
    { county: { code: '500229', name: '重庆市 / 县 / 城口县' }, ...tally(1, 0, 1) },
    { county: { code: '500238', name: '重庆市 / 县 / 巫溪县' }, ...tally(2, 1, 0) },
  ];
  const option = countyChartOption(byCounty, { signed: '签约项目', landed: '已落地', overdue: '逾期未落地' });
  assert.deepEqual(option.xAxis.data, ['巫溪县', '城口县']);
  assert.deepEqual(
    option.series.map((s) => [s.name, s.data]),
    [
      ['签约项目', [2, 1]],
      ['已落地', [1, 0]],
      ['逾期未落地', [0, 1]],
    ],
  );
});
