import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barHeight, escapeHtml, treemapOption, trendOption } from './charts.ts';
import { ZERO_COLOR } from './colors.ts';

const names = { amount: '款物合计', records: '记录', beneficiaries: '受益人次', none: '无帮扶' };

test('an organization’s name cannot write HTML into a tooltip', () => {
  assert.equal(escapeHtml('<img src=x onerror=alert(1)>&"\''), '&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;');
});

test('the trend’s tooltip gives the exact amount of the month', () => {
  const option = trendOption(
    [
      { month: '2026-01', totalFen: 0, beneficiaries: 0, records: 0 },
      { month: '2026-02', totalFen: 123_456_789, beneficiaries: 30, records: 4 },
    ],
    names,
    'zh',
  );
  assert.deepEqual(option.xAxis.data, ['2026年1月', '2026年2月']);
  const text = option.tooltip.formatter([{ dataIndex: 1 }]);
  assert.match(text, /1,234,567\.89 元/);
  assert.match(text, /受益人次：30/);
});

test('a treemap shows every place, the ones with nothing in grey and said in words', () => {
  const option = treemapOption(
    [
      { code: '500238', name: '巫溪县', totalFen: 5_000_000, records: 3, beneficiaries: 10 },
      { code: '500229', name: '城口县', totalFen: 0, records: 0, beneficiaries: 0 },
      { code: '500236', name: '奉节县', totalFen: 0, records: 0, beneficiaries: 0, note: '未获帮扶' },
    ],
    names,
    'zh',
  );
  const data = option.series[0]?.data ?? [];
  assert.equal(data.length, 3);
  assert.ok(data.every((d) => d.value === 1));
  assert.equal(data[0]?.name, '巫溪县\n5.00 万元');
  assert.equal(data[0]?.itemStyle.color, '#003a8c');
  assert.equal(data[1]?.name, '城口县\n无帮扶');
  assert.equal(data[1]?.itemStyle.color, ZERO_COLOR);
  assert.equal(data[2]?.name, '奉节县\n未获帮扶');
  assert.match(option.tooltip.formatter({ data: { code: '500238' } }), /50,000\.00 元/);
});

test('a bar chart is tall enough for its labels, within bounds', () => {
  assert.equal(barHeight(1), 160);
  assert.equal(barHeight(10), 320);
  assert.equal(barHeight(500), 1440);
});
