import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daysFromToday } from '../../../common/glossary.ts';
import { useTestApp, type Session } from '../../../../test/support/app.ts';
import { runClaimSweep } from './sweep.ts';
import { accountIdOf, approvedOrganization, household, HONGCHIBA, PASSWORD, publishedNeed, ZHONGGANG } from './fixtures.ts';
import type { Claim, ClaimPage } from './schemas.ts';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

const DAY = 24 * 3600_000;

describe('claims: claim, confirm, decline, withdraw, lapse', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  type Who = string | Session | null;

  const claim = (who: Who, needId: number, payload: Record<string, unknown>) =>
    t().request(who, { method: 'POST', url: `/api/needs/${needId}/claims`, payload });
  const act = (who: Who, id: number, action: string, payload?: Record<string, unknown>) =>
    t().request(who, { method: 'POST', url: `/api/claims/${id}/${action}`, ...(payload ? { payload } : {}) });
  const get = (who: Who, id: number) => t().request(who, { method: 'GET', url: `/api/claims/${id}` });
  const need = (id: number) => db().selectFrom('needs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  /** Notifications of a kind about an entity, by recipient username. */
  const recipients = async (kind: string, entityType: string, entityId: number) => {
    const rows = await db()
      .selectFrom('notifications as n')
      .innerJoin('accounts as a', 'a.id', 'n.account_id')
      .select(['a.username', 'n.body', 'n.link'])
      .where('n.kind', '=', kind)
      .where('n.entity_type', '=', entityType)
      .where('n.entity_id', '=', String(entityId))
      .orderBy('a.username')
      .execute();
    return rows;
  };
  const names = (rows: { username: string }[]) => rows.map((r) => r.username).sort();

  let second: Session;

  test('two organizations claim a need half each; the liaisons confirm both and the need is fulfilled', async () => {
    const org2 = await approvedOrganization(db(), { name: '巫溪县第二测试基金会', username: 'second_admin' });
    second = await t().login('second_admin', PASSWORD);
    const needId = await publishedNeed(db(), { quantity: 1_000_000 });

    // Organizations name a quantity.
    const missing = await claim('org_admin', needId, { note: '下月拨付' });
    assert.equal(missing.statusCode, 400, missing.body);
    assert.match(missing.json<Failure>().fields![0]!.message, /^认领数量：请填写要认领的数量（目前还可认领 10000 元）/);

    const first = await claim('org_admin', needId, { quantity: 500_000, note: '下月拨付 5000 元', plannedDate: daysFromToday(10) });
    assert.equal(first.statusCode, 200, first.body);
    const a = first.json<Claim>();
    assert.equal(a.status, 'pending');
    assert.equal(a.quantity, 500_000);
    assert.equal(a.claimant.name, '重庆山城乡村发展基金会（演示）');
    assert.equal(a.claimant.contact, null, 'the claimant is not shown its own contact as a manager would be');
    assert.equal(a.delivery, null, 'no delivery details before confirmation');
    assert.deepEqual(a.actions, { withdraw: true, confirm: false, decline: false, progress: true });
    assert.equal(a.need.status, 'partly_claimed');
    let row = await need(needId);
    assert.equal(row.claimed_quantity, 500_000);
    assert.equal(row.status, 'partly_claimed');
    // The lapse clock: 30 days by default.
    const days = (new Date(a.lapseAt).getTime() - Date.now()) / DAY;
    assert.ok(days > 29.9 && days <= 30, `lapses in ${days} days`);

    // The need's liaisons (its village's and its township's, who published it) hear of it; nobody else does.
    const created = await recipients('claim_created', 'claim', a.id);
    assert.deepEqual(names(created), ['hongchiba', 'zhonggang']);
    assert.equal(created[0]!.link, `/needs/${needId}`);

    // The same organization cannot hold two live claims on one need, not even through another member.
    const again = await claim('org_member', needId, { quantity: 1, note: '再认领一点' });
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(again.json<Failure>().code, 'ALREADY_CLAIMING');

    // More than is left: refused with what is left, nothing written.
    const tooMuch = await claim(second, needId, { quantity: 600_000, note: '全部资助' });
    assert.equal(tooMuch.statusCode, 409, tooMuch.body);
    const over = tooMuch.json<Failure>();
    assert.equal(over.code, 'NEED_OVER_CLAIMED');
    assert.match(over.message, /目前还可认领 5000 元/);
    assert.equal(over.fields![0]!.field, 'quantity');
    assert.equal((await need(needId)).claimed_quantity, 500_000);

    const rest = await claim(second, needId, { quantity: 500_000, note: '两周内到位' });
    assert.equal(rest.statusCode, 200, rest.body);
    const b = rest.json<Claim>();
    assert.equal(b.claimant.name, org2.name);
    row = await need(needId);
    assert.equal(row.claimed_quantity, 1_000_000);
    assert.equal(row.status, 'claimed');

    // Nothing left: a third claim is told so.
    const full = await claim('org_admin', await publishedNeed(db(), { quantity: 1 }), { quantity: 1, note: '试试' });
    assert.equal(full.statusCode, 200, full.body);
    const none = await claim(second, full.json<Claim>().need.id, { quantity: 1, note: '也试试' });
    assert.equal(none.statusCode, 409);
    assert.equal(none.json<Failure>().code, 'NEED_OVER_CLAIMED');
    assert.match(none.json<Failure>().message, /已被认领满/);

    // Organizations cannot decide claims; a county official elsewhere does not see them.
    assert.equal((await act('org_admin', a.id, 'confirm')).statusCode, 403);
    assert.equal((await act('chengkou_mz', a.id, 'confirm')).statusCode, 404);

    // The village liaison sees the claimant's contact and may decide.
    const seen = await get('zhonggang', a.id);
    assert.equal(seen.statusCode, 200, seen.body);
    assert.deepEqual(seen.json<Claim>().claimant.contact, { name: '周山城', phone: '023-60000001' });
    assert.deepEqual(seen.json<Claim>().actions, { withdraw: false, confirm: true, decline: true, progress: false });

    const confirmedA = await act('zhonggang', a.id, 'confirm');
    assert.equal(confirmedA.statusCode, 200, confirmedA.body);
    assert.equal(confirmedA.json<Claim>().status, 'confirmed');
    assert.ok(confirmedA.json<Claim>().decidedAt);
    row = await need(needId);
    assert.equal(row.confirmed_quantity, 500_000);
    assert.equal(row.status, 'claimed', 'half confirmed: still claimed, not fulfilled');

    const twice = await act('hongchiba', a.id, 'confirm');
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json<Failure>().code, 'CLAIM_STATE');
    assert.equal(twice.json<Failure>().message, '该认领当前为“已确认（对接成功）”，不能确认');

    const confirmedB = await act('hongchiba', b.id, 'confirm');
    assert.equal(confirmedB.statusCode, 200, confirmedB.body);
    row = await need(needId);
    assert.equal(row.confirmed_quantity, 1_000_000);
    assert.equal(row.status, 'fulfilled');

    // Each claimant side hears of its own confirmation only.
    assert.deepEqual(names(await recipients('claim_confirmed', 'claim', a.id)), ['org_admin', 'org_member']);
    assert.deepEqual(names(await recipients('claim_confirmed', 'claim', b.id)), ['second_admin']);

    // A confirmed claim cannot be withdrawn.
    const withdraw = await act('org_admin', a.id, 'withdraw', {});
    assert.equal(withdraw.statusCode, 409);
    assert.equal(withdraw.json<Failure>().message, '已确认对接，不能撤回；如有变化请联系需求联系人');

    // Once confirmed, the claimant sees where to deliver and whom to call.
    const mine = (await get('org_member', a.id)).json<Claim>();
    assert.deepEqual(mine.delivery, {
      village: { code: ZHONGGANG, name: '重庆市 / 巫溪县 / 红池坝镇 / 中岗村' },
      contact: { name: '李联络', phone: '023-51234567' },
      household: null,
    });
    assert.deepEqual(
      mine.events.map((e) => [e.action, e.actorName]),
      [
        ['claimed', '山城基金会管理员（演示）'],
        ['confirmed', '中岗村联系人（演示）'],
      ],
    );
    // The other organization does not see this claim at all.
    assert.equal((await get(second, a.id)).statusCode, 404);

    const events = await db().selectFrom('claim_events').select('action').where('claim_id', '=', a.id).orderBy('id').execute();
    assert.deepEqual(events.map((e) => e.action), ['claimed', 'confirmed']);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'region_code'])
      .where('entity_type', '=', 'claim')
      .where('entity_id', '=', String(a.id))
      .orderBy('id')
      .execute();
    assert.deepEqual(audit, [
      { action: 'claim.create', region_code: ZHONGGANG },
      { action: 'claim.confirm', region_code: ZHONGGANG },
    ]);
  });

  test('a pending claim is withdrawn by its organization and the quantity returns to the need', async () => {
    const needId = await publishedNeed(db(), { kind: 'materials', quantity: 100 });
    const res = await claim('org_admin', needId, { quantity: 40, note: '捐 40 个书包' });
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json<Claim>();
    assert.equal((await need(needId)).status, 'partly_claimed');

    // Not the organization's to withdraw: someone else's claim is not found.
    assert.equal((await act('caring', c.id, 'withdraw', {})).statusCode, 404);

    const withdrawn = await act('org_member', c.id, 'withdraw', { reason: '物资调配有变' });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    assert.equal(withdrawn.json<Claim>().status, 'withdrawn');
    assert.equal(withdrawn.json<Claim>().statusReason, '物资调配有变');
    const row = await need(needId);
    assert.equal(row.claimed_quantity, 0);
    assert.equal(row.status, 'published');
    const told = await recipients('claim_withdrawn', 'claim', c.id);
    assert.deepEqual(names(told), ['hongchiba', 'zhonggang']);
    assert.match(told[0]!.body, /40 个/);

    const again = await act('org_admin', c.id, 'withdraw');
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(again.json<Failure>().message, '该认领当前为“已撤回”，不能撤回');

    // Withdrawn, the organization may claim again.
    assert.equal((await claim('org_admin', needId, { quantity: 100, note: '全部捐赠' })).statusCode, 200);
    assert.equal((await need(needId)).status, 'claimed');
  });

  test('the liaison declines a claim with a reason the claimant reads', async () => {
    const needId = await publishedNeed(db(), { quantity: 200_000 });
    const c = (await claim('org_admin', needId, { quantity: 200_000, note: '全额资助' })).json<Claim>();
    assert.equal((await need(needId)).status, 'claimed');

    const noReason = await act('hongchiba', c.id, 'decline', {});
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json<Failure>().fields![0]!.field, 'reason');
    const blank = await act('hongchiba', c.id, 'decline', { reason: '   ' });
    assert.equal(blank.statusCode, 400);
    assert.equal((await need(needId)).claimed_quantity, 200_000, 'a refused decline changes nothing');

    const declined = await act('hongchiba', c.id, 'decline', { reason: '已由县财政安排资金' });
    assert.equal(declined.statusCode, 200, declined.body);
    assert.equal(declined.json<Claim>().status, 'declined');
    assert.deepEqual(declined.json<Claim>().actions, { withdraw: false, confirm: false, decline: false, progress: false });
    const row = await need(needId);
    assert.equal(row.claimed_quantity, 0);
    assert.equal(row.status, 'published');
    const told = await recipients('claim_declined', 'claim', c.id);
    assert.deepEqual(names(told), ['org_admin', 'org_member']);
    assert.match(told[0]!.body, /原因：已由县财政安排资金/);

    const progress = await act('org_admin', c.id, 'progress', { note: '已准备好' });
    assert.equal(progress.statusCode, 409);
    assert.equal(progress.json<Failure>().message, '该认领当前为“已婉拒”，不能报告进展');
  });

  test('a caring individual takes a household need whole; the pair is fixed; delivery shows only the masked household', async () => {
    const villageNeed = await publishedNeed(db(), { quantity: 5000 });
    const refused = await claim('caring', villageNeed, { note: '想帮忙' });
    assert.equal(refused.statusCode, 400, refused.body);
    assert.equal(refused.json<Failure>().code, 'CARING_HOUSEHOLD_ONLY');
    assert.equal(refused.json<Failure>().message, '爱心人士只能认领住户需求，进行一对一帮扶');

    const home = await household(db(), t().config, '张国富');
    const needId = await publishedNeed(db(), { householdId: home.id, kind: 'materials', quantity: 3 });
    const res = await claim('caring', needId, { note: '每学期送学习用品' });
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json<Claim>();
    assert.equal(c.quantity, 3, 'the whole need');
    assert.equal(c.claimant.type, 'caring_individual');
    assert.equal(c.delivery, null);
    assert.equal((await need(needId)).status, 'claimed');

    // A second caring individual: the household already has its helper.
    const other = await t().request(null, {
      method: 'POST',
      url: '/api/caring-individuals/register',
      payload: {
        realName: '王热心',
        mobile: '13900002222',
        regionCode: '500238',
        fieldCodes: ['education'],
        username: 'second_caring',
        password: PASSWORD,
      },
    });
    assert.equal(other.statusCode, 200, other.body);
    const taken = await claim(await t().login('second_caring', PASSWORD), needId, { note: '我也想帮' });
    assert.equal(taken.statusCode, 409, taken.body);
    assert.equal(taken.json<Failure>().code, 'HOUSEHOLD_NEED_TAKEN');

    // The liaison sees who the caring individual is; nobody gets the household's identity from a claim.
    const forLiaison = (await get('zhonggang', c.id)).json<Claim>();
    assert.equal(forLiaison.claimant.name, '林爱华');
    assert.deepEqual(forLiaison.claimant.contact, { name: '林爱华', phone: '13800000000' });
    assert.equal(forLiaison.delivery, null);

    assert.equal((await act('zhonggang', c.id, 'confirm')).statusCode, 200);
    const mine = await get('caring', c.id);
    assert.equal(mine.statusCode, 200, mine.body);
    const view = mine.json<Claim>();
    assert.equal(view.status, 'confirmed');
    assert.equal(view.delivery!.household!.maskedName, '张某');
    assert.equal(view.delivery!.household!.category, 'monitored');
    assert.deepEqual(view.delivery!.household!.situations, ['serious_illness']);
    assert.ok(!mine.body.includes('张国富'), 'the head of household is never named');
    assert.ok(!mine.body.includes(home.idNumber), 'nor the ID number shown');
    assert.ok(!mine.body.includes(home.idNumber.slice(-6)), 'nor any part of it');
    assert.doesNotMatch(mine.body, /minors|disability|idNumber/i, 'nor minors, disability or an ID number field');
  });

  test('an organization that is not approved cannot claim', async () => {
    await approvedOrganization(db(), { status: 'pending', username: 'pending_admin' });
    const needId = await publishedNeed(db());
    const res = await claim(await t().login('pending_admin', PASSWORD), needId, { quantity: 100, note: '想资助' });
    assert.equal(res.statusCode, 403, res.body);
    assert.equal(res.json<Failure>().code, 'ORGANIZATION_NOT_APPROVED');
    assert.equal((await need(needId)).claimed_quantity, 0);
  });

  test('drafts and other hidden needs are not found; closed ones say why', async () => {
    const draft = await db()
      .updateTable('needs')
      .set({ status: 'draft' })
      .where('id', '=', await publishedNeed(db()))
      .returning('id')
      .executeTakeFirstOrThrow();
    const hidden = await claim('org_admin', draft.id, { quantity: 1, note: '试试' });
    assert.equal(hidden.statusCode, 404, hidden.body);
    assert.equal((await claim('org_admin', 999_999_999, { quantity: 1, note: '试试' })).statusCode, 404);

    const past = await publishedNeed(db(), { deadline: daysFromToday(-1) });
    const late = await claim('org_admin', past, { quantity: 1, note: '试试' });
    assert.equal(late.statusCode, 409, late.body);
    assert.equal(late.json<Failure>().code, 'NEED_STATE');
    assert.match(late.json<Failure>().message, /已于 .* 截止/);

    const fulfilled = await db()
      .updateTable('needs')
      .set({ status: 'closed' })
      .where('id', '=', await publishedNeed(db()))
      .returning('id')
      .executeTakeFirstOrThrow();
    const closed = await claim('org_admin', fulfilled.id, { quantity: 1, note: '试试' });
    assert.equal(closed.statusCode, 409);
    assert.equal(closed.json<Failure>().message, '该需求当前为“已关闭”，不能再认领');

    const bad = await claim('org_admin', await publishedNeed(db()), { quantity: 0, note: '', plannedDate: '2020-02-30', extra: 1 });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json<Failure>().code, 'VALIDATION_FAILED');
    const badDate = await claim('org_admin', await publishedNeed(db()), { quantity: 1, note: '好', plannedDate: '2020-02-30' });
    assert.equal(badDate.statusCode, 400);
    assert.deepEqual(badDate.json<Failure>().fields, [{ field: 'plannedDate', message: '计划到位日期：不是有效日期，格式为 YYYY-MM-DD' }]);
  });

  test('lists: the claimant its own, managers those in their region, with filters and keyset pages', async () => {
    const needId = await publishedNeed(db(), { quantity: 900 });
    const township = await publishedNeed(db(), { regionCode: HONGCHIBA, quantity: 900 });
    const ids: number[] = [];
    for (const n of [needId, township]) {
      const res = await claim('org_admin', n, { quantity: 300, note: '资助' });
      assert.equal(res.statusCode, 200, res.body);
      ids.push(res.json<Claim>().id);
    }
    const list = async (who: Who, query: string) => {
      const res = await t().request(who, { method: 'GET', url: `/api/claims?${query}` });
      assert.equal(res.statusCode, 200, res.body);
      return res.json<ClaimPage>();
    };
    assert.deepEqual((await list('org_member', `needId=${needId}`)).items.map((i) => i.id), [ids[0]]);
    assert.deepEqual((await list('hongchiba', `needId=${township}`)).items.map((i) => i.id), [ids[1]]);
    // The village liaison does not see claims on the township's own need; Chengkou sees none of Wuxi's.
    assert.deepEqual((await list('zhonggang', `needId=${township}`)).items, []);
    assert.deepEqual((await list('chengkou_mz', '')).items, []);
    assert.deepEqual((await list(second, `needId=${needId}`)).items, []);

    const first = await list('hongchiba', 'limit=1&status=pending');
    assert.equal(first.items.length, 1);
    assert.equal(first.items[0]!.id, ids[1], 'newest first');
    assert.ok(first.nextCursor);
    const next = await list('hongchiba', `limit=1&status=pending&cursor=${first.nextCursor}`);
    assert.equal(next.items[0]!.id, ids[0]);
    assert.equal(next.items[0]!.need.region.name, '重庆市 / 巫溪县 / 红池坝镇 / 中岗村');
    assert.equal(next.items[0]!.claimantName, '重庆山城乡村发展基金会（演示）');

    const bad = await t().request('hongchiba', { method: 'GET', url: '/api/claims?cursor=WzFlMzAwXQ' });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.equal(bad.json<Failure>().fields![0]!.field, 'cursor');
    const tooMany = await t().request('hongchiba', { method: 'GET', url: '/api/claims?limit=201' });
    assert.equal(tooMany.statusCode, 400);
  });

  test('progress from the claimant resets the lapse clock and tells the liaisons', async () => {
    const needId = await publishedNeed(db(), { quantity: 1000 });
    const c = (await claim('org_admin', needId, { quantity: 1000, note: '资助' })).json<Claim>();
    const old = new Date(Date.now() - 20 * DAY);
    await db().updateTable('claims').set({ lapse_at: new Date(old.getTime() + 30 * DAY), last_progress_at: old }).where('id', '=', c.id).execute();
    const res = await act('org_member', c.id, 'progress', { note: '资金已到账，准备拨付' });
    assert.equal(res.statusCode, 200, res.body);
    const days = (new Date(res.json<Claim>().lapseAt).getTime() - Date.now()) / DAY;
    assert.ok(days > 29.9, `lapse pushed back to 30 days from now, got ${days}`);
    assert.deepEqual(res.json<Claim>().events.at(-1), {
      action: 'progress',
      note: '资金已到账，准备拨付',
      actorName: '山城基金会项目专员（演示）',
      at: res.json<Claim>().events.at(-1)!.at,
    });
    assert.deepEqual(names(await recipients('claim_progress', 'claim', c.id)), ['hongchiba', 'zhonggang']);
    assert.equal((await act('zhonggang', c.id, 'progress', { note: '我来报告' })).statusCode, 403, 'liaisons do not report claim progress');
  });

  test('the sweep announces approaching deadlines once to each side, and expires open needs past their deadline', async () => {
    const soon = await publishedNeed(db(), { quantity: 1000, deadline: daysFromToday(2) });
    const c = (await claim('org_admin', soon, { quantity: 400, note: '资助' })).json<Claim>();
    const expired = await publishedNeed(db(), { deadline: daysFromToday(-1) });

    const result = await runClaimSweep(db(), t().config);
    assert.ok(result.expired >= 1);
    assert.equal((await need(expired)).status, 'expired');
    assert.deepEqual(names(await recipients('need_deadline', 'need', soon)), ['hongchiba', 'zhonggang']);
    assert.deepEqual(names(await recipients('need_deadline', 'claim', c.id)), ['org_admin', 'org_member']);
    const marked = await db().selectFrom('claims').select('deadline_notified_at').where('id', '=', c.id).executeTakeFirstOrThrow();
    assert.ok(marked.deadline_notified_at);

    const again = await runClaimSweep(db(), t().config);
    assert.deepEqual(again, { lapsed: 0, expired: 0, deadlineNotices: 0 });
    assert.equal((await recipients('need_deadline', 'need', soon)).length, 2, 'not twice');
    assert.equal((await recipients('need_deadline', 'claim', c.id)).length, 2, 'not twice');
  });

  test('a claim without progress lapses after 30 days: the quantity returns and both sides are told', async () => {
    const needId = await publishedNeed(db(), { quantity: 1000, deadline: daysFromToday(300) });
    const pending = (await claim('org_admin', needId, { quantity: 300, note: '资助' })).json<Claim>();
    const confirmedClaim = (await claim(second, needId, { quantity: 200, note: '资助' })).json<Claim>();
    assert.equal((await act('hongchiba', confirmedClaim.id, 'confirm')).statusCode, 200);
    assert.deepEqual(
      [(await need(needId)).claimed_quantity, (await need(needId)).confirmed_quantity],
      [500, 200],
    );

    // Not yet at 29 days.
    await runClaimSweep(db(), t().config, new Date(Date.now() + 29 * DAY));
    assert.equal((await get('org_admin', pending.id)).json<Claim>().status, 'pending');

    await runClaimSweep(db(), t().config, new Date(Date.now() + 31 * DAY));
    const lapsed = (await get('org_admin', pending.id)).json<Claim>();
    assert.equal(lapsed.status, 'lapsed');
    assert.equal(lapsed.events.at(-1)!.action, 'lapsed');
    assert.equal(lapsed.events.at(-1)!.actorName, null);
    assert.equal((await get(second, confirmedClaim.id)).json<Claim>().status, 'lapsed', 'a confirmed claim without progress lapses too');
    const row = await need(needId);
    assert.deepEqual([row.claimed_quantity, row.confirmed_quantity, row.status], [0, 0, 'published']);
    assert.deepEqual(names(await recipients('claim_lapsed', 'claim', pending.id)), ['hongchiba', 'org_admin', 'org_member', 'zhonggang']);
    assert.deepEqual(names(await recipients('claim_lapsed', 'claim', confirmedClaim.id)), ['hongchiba', 'second_admin', 'zhonggang']);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['actor_account_id'])
      .where('entity_type', '=', 'claim')
      .where('entity_id', '=', String(pending.id))
      .where('action', '=', 'claim.lapse')
      .execute();
    assert.deepEqual(audit, [{ actor_account_id: null }], 'recorded as done by the system');

    // Idempotent: a second run at the same time changes and sends nothing more.
    await runClaimSweep(db(), t().config, new Date(Date.now() + 31 * DAY));
    assert.equal((await recipients('claim_lapsed', 'claim', pending.id)).length, 4);
  });

  test("a department's 7-day setting makes a claim lapse after 8 days but not after 6", async () => {
    await db()
      .insertInto('claim_settings')
      .values({ region_code: '500238', lapse_days: 7, updated_by: await accountIdOf(db(), 'wuxi_xczx') })
      .execute();
    const needId = await publishedNeed(db(), { quantity: 1000, deadline: daysFromToday(300) });
    const c = (await claim('org_admin', needId, { quantity: 1000, note: '资助' })).json<Claim>();
    const days = (new Date(c.lapseAt).getTime() - Date.now()) / DAY;
    assert.ok(days > 6.9 && days <= 7, `lapses in ${days} days`);

    await runClaimSweep(db(), t().config, new Date(Date.now() + 6 * DAY));
    assert.equal((await get('org_admin', c.id)).json<Claim>().status, 'pending');
    assert.equal((await need(needId)).claimed_quantity, 1000);

    await runClaimSweep(db(), t().config, new Date(Date.now() + 8 * DAY));
    assert.equal((await get('org_admin', c.id)).json<Claim>().status, 'lapsed');
    const row = await need(needId);
    assert.deepEqual([row.claimed_quantity, row.status], [0, 'published']);
  });
});
