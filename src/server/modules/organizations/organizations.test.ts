import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { creditCodeCheckChar } from '../../../common/credit-code.ts';
import { useTestApp } from '../../../../test/support/app.ts';
import { approveAs, fieldsOf, newCreditCode, register, registration, type Failure } from './fixtures.ts';
import type { Organization } from './schemas.ts';

describe('organizations: registration, scope, review', () => {
  const t = useTestApp();
  const count = async (table: 'organizations' | 'accounts' | 'organization_reviews' | 'organization_fields' | 'organization_service_regions') => {
    const row = await t()
      .database.db.selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const auditCount = async () => {
    const row = await t()
      .database.db.selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entity_type', 'in', ['organization', 'account', 'organization_change'])
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const counts = async () =>
    Promise.all([
      count('organizations'),
      count('accounts'),
      count('organization_reviews'),
      count('organization_fields'),
      count('organization_service_regions'),
      auditCount(),
    ]);
  const get = (who: Parameters<ReturnType<typeof t>['request']>[0], id: number) =>
    t().request(who, { method: 'GET', url: `/api/organizations/${id}` });

  test('an organization registers with its administrator account, which can log in and see it pending', async () => {
    const code = newCreditCode();
    const spaced = `${code.slice(0, 9)} ${code.slice(9)}`.toLowerCase();
    const body = registration({ creditCode: spaced, name: '巫溪县 阳光助学协会', fields: ['education', 'industry', 'education'] });
    const res = await t().request(null, { method: 'POST', url: '/api/organizations/register', payload: body });
    assert.equal(res.statusCode, 200, res.body);
    const org = res.json<Organization>();
    assert.equal(org.status, 'pending');
    assert.equal(org.source, 'registration');
    assert.equal(org.creditCode, code, 'upper-cased, spaces removed');
    assert.deepEqual(org.fields.map((f) => f.code).sort(), ['education', 'industry']);
    assert.deepEqual(org.serviceRegions, [{ code: '500238', name: '重庆市 / 巫溪县' }]);
    assert.ok(org.submittedAt);
    assert.equal(org.claimed, true);
    assert.deepEqual(org.history.map((h) => h.action), ['submit']);

    const row = await t().database.db.selectFrom('organizations').selectAll().where('id', '=', org.id).executeTakeFirstOrThrow();
    assert.equal(row.name_key, '巫溪县阳光助学协会');
    assert.ok(row.name_bigrams.includes('阳光') && row.name_bigrams.includes('协会'));
    assert.equal(new Set(row.name_bigrams).size, row.name_bigrams.length);

    const session = await t().login(body.account.username, body.account.password);
    const account = await t().database.db.selectFrom('accounts').selectAll().where('id', '=', session.accountId).executeTakeFirstOrThrow();
    assert.equal(account.role, 'organization_admin');
    assert.equal(account.organization_id, org.id);
    const mine = await get(session, org.id);
    assert.equal(mine.statusCode, 200, mine.body);
    const view = mine.json<Organization>();
    assert.deepEqual(view.can, { edit: true, resubmit: false, review: false, manageMembers: false });
    assert.deepEqual(view.similar, [], 'organizations are not shown similar names');

    const audit = await t()
      .database.db.selectFrom('audit_log')
      .select(['action', 'entity_type'])
      .where('organization_id', '=', org.id)
      .where('action', '<>', 'login')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => `${a.entity_type}.${a.action}`),
      ['account.create', 'organization.register'],
    );
  });

  test('each bad field is refused in Chinese, field by field, and nothing is written', async () => {
    const wrongCheck = newCreditCode();
    const first17 = wrongCheck.slice(0, 17);
    const expected = creditCodeCheckChar(first17);
    const wrong = expected === '0' ? '1' : '0';
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ creditCode: first17 + wrong }, 'creditCode', new RegExp(`^统一社会信用代码：第 18 位校验码应为“${expected}”，现在是“${wrong}”`)],
      [{ creditCode: '12345' }, 'creditCode', /^统一社会信用代码：应为 18 位/],
      [{ creditCode: `${first17.slice(0, 5)}I${first17.slice(6)}${expected}` }, 'creditCode', /第 6 位“I”不是允许的字符/],
      [{ registrationLevel: 'county', registrationRegionCode: '50' }, 'registrationRegionCode', /^登记管理机关所在地区：县级登记管理机关应选择区县（6 位代码）$/],
      [{ registrationLevel: 'national', registrationRegionCode: '50' }, 'registrationRegionCode', /民政部登记的组织不填地区/],
      [{ registrationLevel: 'provincial', registrationRegionCode: null }, 'registrationRegionCode', /必填/],
      [{ registrationRegionCode: '509999' }, 'registrationRegionCode', /^登记管理机关所在地区：行政区划代码 509999 不存在$/],
      [{ serviceRegions: ['500238', '500299001'] }, 'serviceRegions.1', /^服务地区：行政区划代码 500299001 不存在$/],
      [{ fields: ['no_such_field'] }, 'fields.0', /^业务领域：no_such_field 不存在或已停用$/],
      [{ hasPublicFundraising: true }, 'hasPublicFundraising', /只有慈善组织才能具有公开募捐资格/],
      [{ grade: '3A' }, 'gradeYear', /须同时填写评估年份/],
      [{ gradeYear: 2020 }, 'grade', /须同时填写评估等级/],
      [{ contactPhone: '12345' }, 'contactPhone', /^联系电话：/],
      [{ contactEmail: 'someone@' }, 'contactEmail', /^电子邮箱：格式不正确/],
      [{ homepage: 'ftp://example.org' }, 'homepage', /^网站：/],
      [{ name: '   ' }, 'name', /^组织名称：不能为空$/],
      [{ form: 'company' }, 'form', /^组织形式：/],
      [{ fields: [] }, 'fields', /^业务领域：至少 1 项$/],
      [{ colour: 'red' }, 'colour', /./],
    ];
    const before = await counts();
    for (const [override, field, message] of cases) {
      const res = await t().request(null, { method: 'POST', url: '/api/organizations/register', payload: registration(override) });
      assert.equal(res.statusCode, 400, `${JSON.stringify(override)}: ${res.body}`);
      assert.equal(res.json<Failure>().code, 'VALIDATION_FAILED');
      const fields = fieldsOf(res.body);
      assert.match(fields[field] ?? '', message, `${JSON.stringify(override)}: ${res.body}`);
    }
    const weak = await t().request(null, { method: 'POST', url: '/api/organizations/register', payload: registration({}, { password: 'short' }) });
    assert.equal(weak.statusCode, 400);
    assert.match(fieldsOf(weak.body)['account.password'] ?? '', /^密码：至少 10 个字符/);
    const badName = await t().request(null, { method: 'POST', url: '/api/organizations/register', payload: registration({}, { username: '9abc' }) });
    assert.match(fieldsOf(badName.body)['account.username'] ?? '', /^用户名：/);
    assert.deepEqual(await counts(), before, 'nothing written');
  });

  test('a credit code or username already registered is a 409 and writes nothing', async () => {
    const { organization, username } = await register(t());
    const before = await counts();
    const again = await t().request(null, {
      method: 'POST',
      url: '/api/organizations/register',
      payload: registration({ creditCode: organization.creditCode.toLowerCase() }),
    });
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(again.json<Failure>().code, 'CREDIT_CODE_TAKEN');
    assert.match(fieldsOf(again.body).creditCode ?? '', /^统一社会信用代码：该代码已经注册/);
    const taken = await t().request(null, { method: 'POST', url: '/api/organizations/register', payload: registration({}, { username }) });
    assert.equal(taken.statusCode, 409, taken.body);
    assert.equal(taken.json<Failure>().code, 'USERNAME_TAKEN');
    assert.ok(fieldsOf(taken.body)['account.username']);
    assert.deepEqual(await counts(), before);
  });

  test('officials see organizations registered or serving in their scope; only the registration region reviews', async () => {
    // Registered in 万州区 (500101), serving only there: not Wuxi's.
    const yuzhong = (await register(t(), { registrationRegionCode: '500101', serviceRegions: ['500101'] })).organization;
    // Registered in 万州区, serving all of Chongqing: Wuxi sees it (it serves Wuxi too) but does not review it.
    const serving = (await register(t(), { registrationRegionCode: '500101', serviceRegions: ['50'] })).organization;
    // Registered in Wuxi: Wuxi reviews it.
    const wuxi = (await register(t())).organization;

    assert.equal((await get('wuxi_xczx', yuzhong.id)).statusCode, 404);
    assert.equal((await get('chengkou_mz', yuzhong.id)).statusCode, 404);
    assert.equal((await get('org_admin', yuzhong.id)).statusCode, 404, 'another organization');
    const wuxiApprove = await t().request('wuxi_xczx', { method: 'POST', url: `/api/organizations/${yuzhong.id}/approve` });
    assert.equal(wuxiApprove.statusCode, 404);

    const seen = await get('wuxi_xczx', serving.id);
    assert.equal(seen.statusCode, 200);
    assert.equal(seen.json<Organization>().can.review, false);
    const refused = await t().request('wuxi_xczx', { method: 'POST', url: `/api/organizations/${serving.id}/approve` });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json<Failure>().code, 'OUT_OF_SCOPE');
    const refusedReturn = await t().request('wuxi_xczx', {
      method: 'POST',
      url: `/api/organizations/${serving.id}/return`,
      payload: { reason: '材料不全' },
    });
    assert.equal(refusedReturn.statusCode, 403);

    const cq = await get('cq_mz', yuzhong.id);
    assert.equal(cq.statusCode, 200);
    assert.equal(cq.json<Organization>().can.review, true);
    assert.equal((await approveAs(t(), 'cq_mz', serving.id)).status, 'approved');
    assert.equal((await approveAs(t(), 'wuxi_xczx', wuxi.id)).status, 'approved');
    const unchanged = await t().database.db.selectFrom('organizations').select('status').where('id', '=', yuzhong.id).executeTakeFirstOrThrow();
    assert.equal(unchanged.status, 'pending');

    // A registration with the ministry: only a national admin reviews it.
    const national = (await register(t(), { registrationLevel: 'national', registrationRegionCode: null, serviceRegions: ['500238'] })).organization;
    assert.equal((await t().request('cq_admin', { method: 'POST', url: `/api/organizations/${national.id}/approve` })).statusCode, 403);
    assert.equal((await approveAs(t(), 'admin', national.id)).status, 'approved');
  });

  test('returned, edited, resubmitted, approved: the history keeps every step and what changed', async () => {
    const { organization, username, password } = await register(t(), { description: '初稿' });
    const org = await t().login(username, password);
    const returned = await t().request('wuxi_xczx', {
      method: 'POST',
      url: `/api/organizations/${organization.id}/return`,
      payload: { reason: '请补充组织简介' },
    });
    assert.equal(returned.statusCode, 200, returned.body);
    assert.equal(returned.json<Organization>().status, 'returned');
    assert.equal(returned.json<Organization>().returnReason, '请补充组织简介');

    const early = await t().request('wuxi_xczx', { method: 'POST', url: `/api/organizations/${organization.id}/approve` });
    assert.equal(early.statusCode, 409);
    assert.equal(early.json<Failure>().code, 'ORGANIZATION_STATE');

    const mine = (await get(org, organization.id)).json<Organization>();
    assert.deepEqual(mine.can, { edit: true, resubmit: true, review: false, manageMembers: false });
    const edited = await t().request(org, {
      method: 'PATCH',
      url: `/api/organizations/${organization.id}`,
      payload: { description: '在巫溪县开展助学活动', name: '巫溪县助学公益协会' },
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json<Organization>().name, '巫溪县助学公益协会', 'a returned registration edits its name directly');
    assert.equal(edited.json<Organization>().pendingChange, null);

    const resubmitted = await t().request(org, { method: 'POST', url: `/api/organizations/${organization.id}/resubmit` });
    assert.equal(resubmitted.statusCode, 200, resubmitted.body);
    assert.equal(resubmitted.json<Organization>().status, 'pending');
    assert.equal(resubmitted.json<Organization>().returnReason, null);
    const twice = await t().request(org, { method: 'POST', url: `/api/organizations/${organization.id}/resubmit` });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json<Failure>().code, 'ORGANIZATION_STATE');

    const approved = await approveAs(t(), 'wuxi_xczx', organization.id);
    assert.equal(approved.status, 'approved');
    assert.ok(approved.reviewedAt);
    const history = (await get(org, organization.id)).json<Organization>().history;
    assert.deepEqual(history.map((h) => h.action), ['submit', 'return', 'resubmit', 'approve']);
    assert.equal(history[1]?.reason, '请补充组织简介');
    assert.equal(history[1]?.actor, '巫溪县乡村振兴局（演示）');
    assert.deepEqual(history[2]?.changes, {
      name: [organization.name, '巫溪县助学公益协会'],
      description: ['初稿', '在巫溪县开展助学活动'],
    });
    assert.deepEqual(history[3]?.changes, {});
  });

  test('an approved organization changes its key data through review; the rest applies at once', async () => {
    const { organization, username, password } = await register(t());
    await approveAs(t(), 'wuxi_xczx', organization.id);
    const org = await t().login(username, password);
    const newCode = newCreditCode();
    const res = await t().request(org, {
      method: 'PATCH',
      url: `/api/organizations/${organization.id}`,
      payload: { name: '巫溪县新名称公益协会', creditCode: newCode, contactName: '李新', fields: ['industry'] },
    });
    assert.equal(res.statusCode, 200, res.body);
    const waiting = res.json<Organization>();
    assert.equal(waiting.name, organization.name, 'the name waits for review');
    assert.equal(waiting.creditCode, organization.creditCode);
    assert.equal(waiting.contactName, '李新', 'the contact applies at once');
    assert.deepEqual(waiting.fields.map((f) => f.code), ['industry']);
    assert.deepEqual(waiting.pendingChange?.proposed, { name: '巫溪县新名称公益协会', creditCode: newCode });

    const again = await t().request(org, { method: 'PATCH', url: `/api/organizations/${organization.id}`, payload: { form: 'foundation' } });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json<Failure>().code, 'CHANGE_PENDING');

    const listed = await t().request('wuxi_xczx', { method: 'GET', url: '/api/organizations?pendingChange=true' });
    assert.ok(listed.json<{ items: { id: number }[] }>().items.some((i) => i.id === organization.id));

    const approved = await approveAs(t(), 'wuxi_xczx', organization.id);
    assert.equal(approved.name, '巫溪县新名称公益协会');
    assert.equal(approved.creditCode, newCode);
    assert.equal(approved.pendingChange, null);
    const row = await t().database.db.selectFrom('organizations').select(['name_key', 'name_bigrams']).where('id', '=', organization.id).executeTakeFirstOrThrow();
    assert.equal(row.name_key, '巫溪县新名称公益协会');
    assert.ok(row.name_bigrams.includes('名称'));
    const actions = approved.history.map((h) => h.action);
    assert.deepEqual(actions, ['submit', 'approve', 'change_submit', 'change_approve']);
    assert.deepEqual(approved.history[2]?.changes.name, [organization.name, '巫溪县新名称公益协会']);
    assert.deepEqual(approved.history[3]?.changes.name, [organization.name, '巫溪县新名称公益协会']);

    // A second change, returned: the data stays, the organization stays approved.
    await t().request(org, { method: 'PATCH', url: `/api/organizations/${organization.id}`, payload: { form: 'foundation' } });
    const refused = await t().request('wuxi_xczx', {
      method: 'POST',
      url: `/api/organizations/${organization.id}/return`,
      payload: { reason: '请附登记证书' },
    });
    assert.equal(refused.statusCode, 200, refused.body);
    const after = refused.json<Organization>();
    assert.equal(after.status, 'approved');
    assert.equal(after.form, 'association');
    assert.equal(after.pendingChange, null);
    assert.equal(after.history.at(-1)?.action, 'change_return');
    assert.equal(after.history.at(-1)?.reason, '请附登记证书');
    const change = await t().database.db.selectFrom('organization_changes').selectAll().where('organization_id', '=', organization.id).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(change.status, 'returned');
  });

  test('a change to a credit code another organization holds is refused', async () => {
    const a = await register(t());
    const b = await register(t());
    const session = await t().login(a.username, a.password);
    const res = await t().request(session, {
      method: 'PATCH',
      url: `/api/organizations/${a.organization.id}`,
      payload: { creditCode: b.organization.creditCode },
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json<Failure>().code, 'CREDIT_CODE_TAKEN');
    const bad = await t().request(session, { method: 'PATCH', url: `/api/organizations/${a.organization.id}`, payload: { contactPhone: '123' } });
    assert.equal(bad.statusCode, 400);
    assert.ok(fieldsOf(bad.body).contactPhone);
    const other = await t().request(session, { method: 'PATCH', url: `/api/organizations/${b.organization.id}`, payload: { description: 'x' } });
    assert.equal(other.statusCode, 404, 'another organization is not theirs');
  });

  test('reviewers are shown near-identical names registered in the same region', async () => {
    const first = (await register(t(), { name: '巫溪县 春雨助学会' })).organization;
    const second = (await register(t(), { name: '巫溪县春雨助学会（演示）' })).organization;
    const wider = (await register(t(), { name: '巫溪县春雨助学会联合会' })).organization;
    const elsewhere = (await register(t(), { name: '巫溪县春雨助学会', registrationRegionCode: '500229', serviceRegions: ['500229'] })).organization;
    const view = (await get('wuxi_xczx', second.id)).json<Organization>();
    const ids = view.similar.map((s) => s.id);
    assert.ok(ids.includes(first.id) && ids.includes(wider.id), JSON.stringify(view.similar));
    assert.ok(!ids.includes(elsewhere.id), 'registered elsewhere');
    assert.match(view.similar.find((s) => s.id === first.id)?.why ?? '', /名称几乎相同/);
    assert.match(view.similar.find((s) => s.id === wider.id)?.why ?? '', /包含/);
  });
});
