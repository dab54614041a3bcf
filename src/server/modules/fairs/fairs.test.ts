import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp, type Session } from '../../../../test/support/app.ts';
import { approvedOrganization, PASSWORD } from '../claims/fixtures.ts';
import type { NeedPage } from '../needs/schemas.ts';
import { makeNeed, villageOf } from '../need-search/fixtures.ts';
import {
  CHENGKOU,
  createFair,
  daysFromToday,
  fairBody,
  insertPairing,
  KEY_SUPPORT_COUNTIES,
  PENGSHUI,
  programIdOf,
  WUXI,
  YOUYANG,
} from './fixtures.ts';
import type { FairDetail, FairKeyAreaPage, FairPage, SignupPage } from './schemas.ts';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

describe('fairs: create, see, sign up, run', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  type Who = string | Session;

  const post = (who: Who, url: string, payload?: object) =>
    t().request(who, { method: 'POST', url, ...(payload ? { payload } : {}) });
  const get = (who: Who, url: string) => t().request(who, { method: 'GET', url });
  const fairCount = async () => Number((await db().selectFrom('fairs').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const ids = (page: FairPage) => page.items.map((f) => f.id);
  const notified = (kind: string, fairId: number) =>
    db()
      .selectFrom('notifications as n')
      .innerJoin('accounts as a', 'a.id', 'n.account_id')
      .select(['a.username', 'n.title', 'n.body', 'n.link'])
      .where('n.kind', '=', kind)
      .where('n.entity_type', '=', 'fair')
      .where('n.entity_id', '=', String(fairId))
      .orderBy('a.username')
      .execute();

  let programId: number;
  let fair: FairDetail;
  let second: Session;
  let secondOrg: { id: number; name: string };

  test('bad fields are refused together, field by field in Chinese, and nothing is written', async () => {
    programId = await programIdOf(db(), 'cq-2021-revitalization');
    const before = await fairCount();
    const year = Number(daysFromToday(20).slice(0, 4));
    const res = await post(
      'cq_mz',
      '/api/fairs',
      fairBody(programId, {
        name: '  ',
        year: year + 1,
        regions: [WUXI, '500299', '1101', '5002381'],
        programId: 999_999,
        startDate: daysFromToday(20),
        endDate: daysFromToday(10),
        signupDeadline: daysFromToday(8),
      }),
    );
    assert.equal(res.statusCode, 400, res.body);
    const body = res.json<Failure>();
    assert.equal(body.code, 'VALIDATION_FAILED');
    const byField = Object.fromEntries(body.fields!.map((f) => [f.field, f.message]));
    assert.equal(byField.name, '活动名称：不能为空');
    assert.equal(byField.endDate, '结束日期：不能早于开始日期');
    assert.equal(byField.year, '年度：应与开始日期同年');
    assert.match(byField['regions.1']!, /^活动地区：区划代码 500299 不存在/);
    assert.match(byField['regions.2']!, /^活动地区：1101 不在您的管辖范围内/);
    assert.match(byField['regions.3']!, /^活动地区：5002381 不是有效的区划代码/);
    assert.match(byField.programId!, /^帮扶计划：不存在或已停用/);
    assert.equal(byField['regions.0'], undefined, '巫溪县 is fine');
    assert.equal(byField.signupDeadline, undefined, 'the deadline is before the (bad) end date');

    // The sign-up deadline may not fall after the end, and a county official keeps to its county.
    const late = await post('wuxi_xczx', '/api/fairs', fairBody(null, { regions: [WUXI, CHENGKOU], signupDeadline: daysFromToday(30) }));
    assert.equal(late.statusCode, 400, late.body);
    assert.deepEqual(late.json<Failure>().fields, [
      { field: 'signupDeadline', message: '报名截止日期：不能晚于结束日期' },
      { field: 'regions.1', message: '活动地区：500229 不在您的管辖范围内' },
    ]);

    // A national administrator's fair belongs to one province.
    const spread = await post('admin', '/api/fairs', fairBody(null, { regions: [WUXI, '370102'] }));
    assert.equal(spread.statusCode, 400, spread.body);
    assert.deepEqual(spread.json<Failure>().fields!.map((f) => f.field), ['regions']);
    assert.match(spread.json<Failure>().fields![0]!.message, /^活动地区：请选择同一省/);

    // A retired program is no program to serve.
    await db().updateTable('programs').set({ status: 'retired' }).where('slug', '=', 'cq-2020-poverty').execute();
    const retired = await post('cq_mz', '/api/fairs', fairBody(await programIdOf(db(), 'cq-2020-poverty')));
    await db().updateTable('programs').set({ status: 'active' }).where('slug', '=', 'cq-2020-poverty').execute();
    assert.equal(retired.statusCode, 400, retired.body);
    assert.deepEqual(retired.json<Failure>().fields!.map((f) => f.field), ['programId']);

    assert.equal(await fairCount(), before, 'nothing written');
  });

  test('the city official creates a rural tour for the four national key support counties', async () => {
    const res = await post('cq_mz', '/api/fairs', fairBody(programId));
    assert.equal(res.statusCode, 200, res.body);
    fair = res.json<FairDetail>();
    assert.equal(fair.status, 'open');
    assert.deepEqual(fair.organizer, { code: '50', name: '重庆市' });
    assert.deepEqual(
      fair.regions.map((r) => r.code),
      [...KEY_SUPPORT_COUNTIES].sort(),
    );
    assert.equal(fair.regions.find((r) => r.code === WUXI)!.name, '重庆市 / 巫溪县');
    assert.equal(fair.program!.id, programId);
    assert.equal(fair.signups, 0);
    assert.deepEqual(fair.actions, { edit: true, close: true, cancel: true, signUp: false, withdrawSignup: false, dashboard: true });
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'region_code'])
      .where('entity_type', '=', 'fair')
      .where('entity_id', '=', String(fair.id))
      .execute();
    assert.deepEqual(audit, [{ action: 'fair.create', region_code: '50' }]);

    // A national administrator's fair is organized by the region its places share.
    const national = await post('admin', '/api/fairs', fairBody(null, { name: '全国平台组织的对接会', regions: [WUXI, CHENGKOU] }));
    assert.equal(national.statusCode, 200, national.body);
    assert.deepEqual(national.json<FairDetail>().organizer, { code: '50', name: '重庆市' }, 'not the placeholder 县 between');
    const townships = await post('admin', '/api/fairs', fairBody(null, { name: '两个乡镇的乡村行', regions: ['500238118', '500238100'] }));
    assert.equal(townships.statusCode, 200, townships.body);
    assert.equal(townships.json<FairDetail>().organizer.code, WUXI);
  });

  test('two approved organizations sign up; one still under review cannot; the organizer is told', async () => {
    const page = await get('org_admin', `/api/fairs/${fair.id}`);
    assert.equal(page.json<FairDetail>().actions.signUp, true);

    const first = await post('org_admin', `/api/fairs/${fair.id}/signup`, { note: '带来教育和产业项目' });
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json<FairDetail>().signedUp, true);
    assert.equal(first.json<FairDetail>().signups, 1);
    assert.deepEqual(
      { signUp: first.json<FairDetail>().actions.signUp, withdraw: first.json<FairDetail>().actions.withdrawSignup },
      { signUp: false, withdraw: true },
    );

    secondOrg = await approvedOrganization(db(), { name: '山东济南对口帮扶促进会', username: 'fair_second' });
    // Registered in 济南: east-west counterpart support to Chongqing.
    await db().updateTable('organizations').set({ registration_region_code: '370102' }).where('id', '=', secondOrg.id).execute();
    second = await t().login('fair_second', PASSWORD);
    const other = await post(second, `/api/fairs/${fair.id}/signup`, {});
    assert.equal(other.statusCode, 200, other.body);
    assert.equal(other.json<FairDetail>().signups, 2);

    await approvedOrganization(db(), { name: '待审核的协会', username: 'fair_pending', status: 'pending' });
    const pending = await post(await t().login('fair_pending', PASSWORD), `/api/fairs/${fair.id}/signup`, {});
    assert.equal(pending.statusCode, 403, pending.body);
    assert.equal(pending.json<Failure>().code, 'ORGANIZATION_NOT_APPROVED');
    assert.equal(pending.json<Failure>().message, '组织通过审核后才能报名');

    const told = await notified('fair_signup', fair.id);
    assert.deepEqual(told.map((n) => n.username), ['cq_mz', 'cq_mz']);
    assert.ok(told.some((n) => n.body.includes('重庆山城乡村发展基金会（演示）') && n.body.includes('带来教育和产业项目')));
    assert.equal(told[0]!.link, `/fairs/${fair.id}`);

    const signups = await get('cq_mz', `/api/fairs/${fair.id}/signups`);
    assert.equal(signups.statusCode, 200, signups.body);
    const items = signups.json<SignupPage>().items;
    assert.deepEqual(
      items.map((s) => [s.organization.name, s.isCounterpart, s.note]),
      [
        ['重庆山城乡村发展基金会（演示）', false, '带来教育和产业项目'],
        ['山东济南对口帮扶促进会', true, null],
      ],
    );

    // Organizations list the fairs they signed up for.
    const mine = await get('org_admin', '/api/fairs?mine=true');
    assert.deepEqual(ids(mine.json<FairPage>()), [fair.id]);
    assert.equal(mine.json<FairPage>().items[0]!.signedUp, true);
  });

  test('withdrawing and signing up again re-activates the sign-up', async () => {
    const out = await t().request(second, { method: 'DELETE', url: `/api/fairs/${fair.id}/signup` });
    assert.equal(out.statusCode, 200, out.body);
    assert.equal(out.json<FairDetail>().signups, 1);
    assert.equal(out.json<FairDetail>().signedUp, false);
    const twice = await t().request(second, { method: 'DELETE', url: `/api/fairs/${fair.id}/signup` });
    assert.equal(twice.statusCode, 409);
    const back = await post(second, `/api/fairs/${fair.id}/signup`, { note: '回来了' });
    assert.equal(back.statusCode, 200, back.body);
    assert.equal(back.json<FairDetail>().signups, 2);
    const row = await db()
      .selectFrom('fair_signups')
      .selectAll()
      .where('fair_id', '=', fair.id)
      .where('organization_id', '=', secondOrg.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'signed_up');
    assert.equal(row.note, '回来了');
  });

  test('城口县 sees the city fair (its county is a region) but cannot run it; 巫溪县\'s own fair stays hidden from it', async () => {
    const seen = await get('chengkou_mz', `/api/fairs/${fair.id}`);
    assert.equal(seen.statusCode, 200, seen.body);
    assert.equal(seen.json<FairDetail>().actions.edit, false);
    assert.ok(ids((await get('chengkou_mz', '/api/fairs')).json<FairPage>()).includes(fair.id));

    const edit = await t().request('chengkou_mz', { method: 'PATCH', url: `/api/fairs/${fair.id}`, payload: { name: '城口改的名字' } });
    assert.equal(edit.statusCode, 403, edit.body);
    assert.equal(edit.json<Failure>().code, 'OUT_OF_SCOPE');
    assert.equal((await post('chengkou_mz', `/api/fairs/${fair.id}/close`)).statusCode, 403);
    assert.equal((await db().selectFrom('fairs').select('name').where('id', '=', fair.id).executeTakeFirstOrThrow()).name, fair.name);

    const own = await createFair(t(), 'wuxi_xczx', fairBody(null, { kind: 'matching_fair', name: '巫溪县项目对接会', regions: [WUXI] }));
    assert.deepEqual(own.organizer, { code: WUXI, name: '重庆市 / 巫溪县' });
    assert.equal((await get('chengkou_mz', `/api/fairs/${own.id}`)).statusCode, 404);
    assert.ok(!ids((await get('chengkou_mz', '/api/fairs')).json<FairPage>()).includes(own.id));
    // Its township's and village's liaisons, the city and the organizations see it.
    for (const who of ['hongchiba', 'zhonggang', 'cq_mz', 'org_member']) {
      assert.ok(ids((await get(who, '/api/fairs')).json<FairPage>()).includes(own.id), who);
    }
    // Filters: kind and year.
    const fairsOfKind = (await get('cq_mz', '/api/fairs?kind=matching_fair')).json<FairPage>();
    assert.ok(fairsOfKind.items.every((f) => f.kind === 'matching_fair'));
    assert.ok(ids(fairsOfKind).includes(own.id) && !ids(fairsOfKind).includes(fair.id));
    const otherYear = (await get('cq_mz', `/api/fairs?year=${fair.year - 1}`)).json<FairPage>();
    assert.deepEqual(ids(otherYear), []);
  });

  test('the list pages by start date, latest first', async () => {
    const early = await createFair(t(), 'cq_mz', fairBody(null, { name: '早一些的乡村行', regions: [PENGSHUI], startDate: daysFromToday(5), endDate: daysFromToday(6), signupDeadline: null }));
    const all: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await get('cq_mz', `/api/fairs?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(res.statusCode, 200, res.body);
      const page = res.json<FairPage>();
      assert.ok(page.items.length <= 1);
      all.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    assert.ok(all.indexOf(fair.id) < all.indexOf(early.id), 'the later fair comes first');
    assert.equal(new Set(all).size, all.length, 'no fair twice');
    assert.equal((await get('cq_mz', '/api/fairs?cursor=garbage')).statusCode, 400);
  });

  test('needs of the fair\'s regions only: open, not past their deadline', async () => {
    const township = await createFair(t(), 'wuxi_xczx', fairBody(null, { name: '红池坝镇乡村行', regions: ['500238118'] }));
    const inside = await makeNeed(db(), { title: '中岗村的需求', region_code: '500238118201', deadline: daysFromToday(3) });
    const townshipOwn = await makeNeed(db(), { title: '红池坝镇本级的需求', region_code: '500238118', deadline: daysFromToday(9) });
    const otherTownship = await makeNeed(db(), { title: '巫溪县别的乡镇的需求', region_code: await villageOf(db(), '500238', 0) });
    const otherCounty = await makeNeed(db(), { title: '城口县的需求', region_code: await villageOf(db(), CHENGKOU) });
    const draft = await makeNeed(db(), { title: '中岗村的草稿', status: 'draft' });
    const claimed = await makeNeed(db(), { title: '中岗村已认领满的需求', status: 'claimed' });
    const past = await makeNeed(db(), { title: '中岗村已过截止日期的需求', deadline: daysFromToday(-1) });

    const res = await get('hongchiba', `/api/fairs/${township.id}/needs`);
    assert.equal(res.statusCode, 200, res.body);
    const listed = res.json<NeedPage>().items.map((n) => n.id);
    assert.ok(listed.includes(inside) && listed.includes(townshipOwn), 'the township and its villages');
    for (const id of [otherTownship, otherCounty, draft, claimed, past]) assert.ok(!listed.includes(id), `need ${id} is not listed`);
    assert.ok(listed.indexOf(inside) < listed.indexOf(townshipOwn), 'soonest deadline first');
    assert.equal(res.json<NeedPage>().items.find((n) => n.id === inside)!.region.name, '重庆市 / 巫溪县 / 红池坝镇 / 中岗村');

    // Paged by deadline: the second page continues where the first stopped.
    const first = (await get('org_admin', `/api/fairs/${township.id}/needs?limit=1`)).json<NeedPage>();
    const next = (await get('org_admin', `/api/fairs/${township.id}/needs?limit=1&cursor=${first.nextCursor}`)).json<NeedPage>();
    assert.deepEqual([...first.items, ...next.items].map((n) => n.id), listed.slice(0, 2));

    // The four-county fair holds both counties' needs.
    const wide = (await get('org_admin', `/api/fairs/${fair.id}/needs?limit=200`)).json<NeedPage>().items.map((n) => n.id);
    assert.ok(wide.includes(otherCounty) && wide.includes(otherTownship) && wide.includes(inside));
  });

  test('key areas of the fair\'s program in its regions, with whether a current pairing covers them', async () => {
    const pair = (status: 'confirmed' | 'pending', places: string[], endDate?: string) =>
      insertPairing(db(), { organizationId: secondOrg.id, programId, fairId: null, status, places, ...(endDate ? { endDate } : {}) });
    await pair('confirmed', [WUXI]);
    await pair('pending', [CHENGKOU]);
    await pair('confirmed', [PENGSHUI], daysFromToday(-1));
    // A township of 酉阳县 is paired, not the county: the county is not covered by it.
    await pair('confirmed', [(await villageOf(db(), YOUYANG)).slice(0, 9)]);
    const res = await get('org_member', `/api/fairs/${fair.id}/key-areas`);
    assert.equal(res.statusCode, 200, res.body);
    const items = res.json<FairKeyAreaPage>().items;
    assert.deepEqual(
      items.map((k) => [k.region.code, k.kind, k.paired]),
      [
        [CHENGKOU, 'national_key_support_county', false],
        [WUXI, 'national_key_support_county', true],
        [YOUYANG, 'national_key_support_county', false],
        [PENGSHUI, 'national_key_support_county', false],
      ],
    );
    assert.ok(items.every((k) => k.program.id === programId));
    const page = (await get('org_member', `/api/fairs/${fair.id}/key-areas?limit=3`)).json<FairKeyAreaPage>();
    const rest = (await get('org_member', `/api/fairs/${fair.id}/key-areas?limit=3&cursor=${page.nextCursor}`)).json<FairKeyAreaPage>();
    assert.deepEqual([...page.items, ...rest.items].map((k) => k.designationId), items.map((k) => k.designationId));
    assert.equal(rest.nextCursor, null);
  });

  test('editing keeps to the organizer region; sign-ups close at the deadline', async () => {
    const outside = await t().request('cq_mz', { method: 'PATCH', url: `/api/fairs/${fair.id}`, payload: { regions: [WUXI, '370102'] } });
    assert.equal(outside.statusCode, 400, outside.body);
    assert.deepEqual(outside.json<Failure>().fields, [{ field: 'regions.1', message: '活动地区：370102 不在本活动主办地区（重庆市）范围内' }]);
    const wrongYear = await t().request('cq_mz', { method: 'PATCH', url: `/api/fairs/${fair.id}`, payload: { year: fair.year + 1 } });
    assert.equal(wrongYear.statusCode, 400);
    assert.deepEqual(wrongYear.json<Failure>().fields, [{ field: 'year', message: '年度：应与开始日期同年' }]);

    const ok = await t().request('cq_mz', {
      method: 'PATCH',
      url: `/api/fairs/${fair.id}`,
      payload: { theme: null, signupDeadline: daysFromToday(-1), startDate: daysFromToday(-2), year: Number(daysFromToday(-2).slice(0, 4)) },
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json<FairDetail>().theme, null);
    assert.equal(ok.json<FairDetail>().regions.length, 4, 'regions untouched when not sent');
    const audits = async () =>
      (await db().selectFrom('audit_log').select('action').where('entity_type', '=', 'fair').where('entity_id', '=', String(fair.id)).execute())
        .map((a) => a.action)
        .filter((a) => a === 'fair.update');
    assert.equal((await audits()).length, 1);
    const same = await t().request('cq_mz', { method: 'PATCH', url: `/api/fairs/${fair.id}`, payload: { name: fair.name } });
    assert.equal(same.statusCode, 200, same.body);
    assert.equal((await audits()).length, 1, 'saving unchanged leaves no audit row');

    await approvedOrganization(db(), { username: 'fair_late' });
    const late = await post(await t().login('fair_late', PASSWORD), `/api/fairs/${fair.id}/signup`, {});
    assert.equal(late.statusCode, 400, late.body);
    assert.match(late.json<Failure>().message, /^报名已于 \d{4}-\d{2}-\d{2} 截止$/);
    assert.equal(late.json<Failure>().fields![0]!.field, 'signupDeadline');
    assert.equal((await get('org_admin', `/api/fairs/${fair.id}`)).json<FairDetail>().actions.signUp, false);
  });

  test('cancelling tells the organizations signed up; a cancelled fair takes no sign-ups or edits', async () => {
    const tour = await createFair(t(), 'cq_mz', fairBody(programId, { name: '将要取消的乡村行' }));
    assert.equal((await post('org_admin', `/api/fairs/${tour.id}/signup`, {})).statusCode, 200);
    const res = await post('cq_mz', `/api/fairs/${tour.id}/cancel`, { reason: '汛期道路中断' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json<FairDetail>().status, 'cancelled');
    assert.equal(res.json<FairDetail>().statusReason, '汛期道路中断');
    const told = await notified('fair_signup', tour.id);
    const cancelled = told.filter((n) => n.title === '活动已取消');
    assert.deepEqual(cancelled.map((n) => n.username).sort(), ['org_admin', 'org_member']);
    assert.match(cancelled[0]!.body, /汛期道路中断/);

    const again = await post(second, `/api/fairs/${tour.id}/signup`, {});
    assert.equal(again.statusCode, 404, 'organizations that had not signed up no longer see it');
    // The foundation that had signed up still opens it from the notification.
    assert.equal((await get('org_admin', `/api/fairs/${tour.id}`)).json<FairDetail>().status, 'cancelled');
    const withdraw = await t().request('org_admin', { method: 'DELETE', url: `/api/fairs/${tour.id}/signup` });
    assert.equal(withdraw.statusCode, 409);
    assert.equal(withdraw.json<Failure>().code, 'FAIR_STATE');
    const edit = await t().request('cq_mz', { method: 'PATCH', url: `/api/fairs/${tour.id}`, payload: { name: '改名' } });
    assert.equal(edit.statusCode, 409);
    assert.equal(edit.json<Failure>().message, '该活动已取消，不能修改');
    assert.equal((await post('cq_mz', `/api/fairs/${tour.id}/close`)).statusCode, 409);

    // Closing ends sign-ups but keeps the fair in everyone's list.
    const closed = await post('cq_mz', `/api/fairs/${fair.id}/close`);
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json<FairDetail>().status, 'closed');
    const signup = await post(second, `/api/fairs/${fair.id}/signup`, {});
    assert.equal(signup.statusCode, 409);
    assert.equal(signup.json<Failure>().message, '该活动已结束，不能报名');
    assert.ok(ids((await get('org_member', '/api/fairs?status=closed')).json<FairPage>()).includes(fair.id));
  });
});
