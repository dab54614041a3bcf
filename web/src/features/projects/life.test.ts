import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSignedWith, lifePosition } from './life.ts';

test('the steps bar stands at the status, finished when closed', () => {
  assert.deepEqual(lifePosition('planned', []), { current: 0, status: 'process' });
  assert.deepEqual(lifePosition('landed', []), { current: 3, status: 'process' });
  assert.deepEqual(lifePosition('closed', []), { current: 6, status: 'finish' });
});

test('a cancelled project shows in red the step it was cancelled at', () => {
  const events = [
    { action: 'created' as const, fromStatus: null },
    { action: 'signed' as const, fromStatus: 'signing' },
    { action: 'cancelled' as const, fromStatus: 'signed' },
  ];
  assert.deepEqual(lifePosition('cancelled', events), { current: 2, status: 'error' });
  assert.deepEqual(lifePosition('cancelled', []), { current: 0, status: 'error' });
});

test('the signing side defaults to the department or the village committee', () => {
  const official = { role: 'department_official' as const, departmentKind: 'rural_revitalization' as const, scopeRegionCode: '500238', scopeRegionName: '重庆市 / 巫溪县' };
  assert.equal(defaultSignedWith(official), '巫溪县乡村振兴局');
  assert.equal(defaultSignedWith({ ...official, departmentKind: 'civil_affairs' }), '巫溪县民政局');
  const village = { role: 'liaison' as const, departmentKind: null, scopeRegionCode: '500238118201', scopeRegionName: '重庆市 / 巫溪县 / 红池坝镇 / 中岗村' };
  assert.equal(defaultSignedWith(village), '中岗村村民委员会');
  assert.equal(defaultSignedWith({ ...village, scopeRegionCode: '500238118', scopeRegionName: '重庆市 / 巫溪县 / 红池坝镇' }), '红池坝镇人民政府');
  assert.equal(defaultSignedWith({ role: 'platform_admin', departmentKind: null, scopeRegionCode: null, scopeRegionName: null }), '');
});
