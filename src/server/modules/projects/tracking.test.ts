import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daysFromToday } from '../../../common/glossary.ts';
import { useTestApp, type Session } from '../../../../test/support/app.ts';
import { runClaimSweep } from '../claims/sweep.ts';
import { approvedOrganization, PASSWORD, publishedNeed } from '../claims/fixtures.ts';
import type { Claim } from '../claims/schemas.ts';
import type { ProjectStepReply } from './schemas.ts';
import { attachFile, insertProject } from './fixtures.ts';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

const DAY = 24 * 3600_000;

describe('projects: signing, landing, progress, completion, closing, follow-ups', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  type Who = string | Session | null;

  const act = (who: Who, id: number, action: string, payload?: Record<string, unknown>) =>
    t().request(who, { method: 'POST', url: `/api/projects/${id}/${action}`, ...(payload ? { payload } : {}) });
  const project = (id: number) =>
    db().selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const events = (id: number) =>
    db()
      .selectFrom('project_events as e')
      .leftJoin('accounts as a', 'a.id', 'e.actor_account_id')
      .select(['e.action', 'e.from_status', 'e.to_status', 'e.note', 'a.username'])
      .where('e.project_id', '=', id)
      .orderBy('e.id')
      .execute();
  /** Notifications of a kind about a project, by recipient username. */
  const told = async (kind: string, id: number) => {
    const rows = await db()
      .selectFrom('notifications as n')
      .innerJoin('accounts as a', 'a.id', 'n.account_id')
      .select(['a.username', 'n.body', 'n.link'])
      .where('n.kind', '=', kind)
      .where('n.entity_type', '=', 'project')
      .where('n.entity_id', '=', String(id))
      .orderBy('a.username')
      .execute();
    return rows;
  };
  const names = (rows: { username: string }[]) => rows.map((r) => r.username).sort();
  const audits = (id: number) =>
    db()
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'project')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute();
  const fieldMessages = (body: string) =>
    (JSON.parse(body) as Failure).fields?.map((f) => `${f.field} ${f.message}`) ?? [];
  /** Everything a refused step must leave as it was. */
  const snapshot = async (id: number) => ({
    project: await project(id),
    events: (await events(id)).length,
    notifications: Number(
      (
        await db()
          .selectFrom('notifications')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    audits: (await audits(id)).length,
  });

  test('the organization asks for signing; the area hears of it; asking twice is refused', async () => {
    const id = await insertProject(db(), { name: '中岗村课后服务' });
    const res = await act('org_member', id, 'request-signing');
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json<ProjectStepReply>(), { id, status: 'signing', landingDue: null, overdue: false });
    assert.deepEqual(await events(id), [
      { action: 'signing_requested', from_status: 'planned', to_status: 'signing', note: null, username: 'org_member' },
    ]);
    // The officials whose region holds 中岗村 and its liaisons (village and township); not 城口县's official.
    const notices = await told('project_signing_requested', id);
    assert.deepEqual(names(notices), ['cq_mz', 'hongchiba', 'wuxi_xczx', 'zhonggang']);
    assert.equal(notices[0]!.link, `/projects/${id}`);
    assert.match(notices[0]!.body, /重庆山城乡村发展基金会（演示）申请签约项目「中岗村课后服务」.*预算 10000 元/);
    assert.deepEqual(await audits(id), [{ action: 'project.signing_requested' }]);

    const again = await act('org_admin', id, 'request-signing');
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(again.json<Failure>().code, 'PROJECT_STATE');
    assert.equal(again.json<Failure>().message, '该项目当前为“待签约”，不能申请签约');
  });

  test('a project is not found by another organization, nor by an official of another county', async () => {
    const id = await insertProject(db(), { status: 'signing' });
    await approvedOrganization(db(), { name: '巫溪县落地测试协会', username: 'landing_other' });
    const other = await t().login('landing_other', PASSWORD);
    const before = await snapshot(id);
    for (const [who, action, payload] of [
      [other, 'cancel', { reason: '不是我们的' }],
      ['chengkou_mz', 'sign', { signedOn: daysFromToday(0), signedWith: '城口县民政局' }],
      ['chengkou_mz', 'return-signing', { reason: '不是我们的' }],
    ] as const) {
      const res = await act(who, id, action, payload);
      assert.equal(res.statusCode, 404, `${action}: ${res.body}`);
      assert.equal(res.json<Failure>().code, 'NOT_FOUND');
    }
    // The wrong side is refused before anything is read about the project.
    const liaison = await act('hongchiba', id, 'cancel', { reason: '联系人取消' });
    assert.equal(liaison.statusCode, 403, liaison.body);
    const organization = await act('org_admin', id, 'sign', { signedOn: daysFromToday(0), signedWith: '本组织' });
    assert.equal(organization.statusCode, 403, organization.body);
    assert.deepEqual(await snapshot(id), before);
  });

  test('signing checks its fields and writes nothing when they are wrong', async () => {
    const id = await insertProject(db(), { status: 'signing', createdAt: new Date(Date.now() - 10 * DAY) });
    const before = await snapshot(id);
    const tries: [Record<string, unknown>, string[]][] = [
      [
        { signedOn: daysFromToday(1), signedWith: '巫溪县乡村振兴局' },
        [`signedOn 签约日期：不能晚于今天（${daysFromToday(0)}）`],
      ],
      [
        { signedOn: daysFromToday(-20), signedWith: '巫溪县乡村振兴局' },
        [`signedOn 签约日期：不能早于项目创建日期（${daysFromToday(-10)}）`],
      ],
      [
        { signedOn: '2026-02-30', signedWith: '  ' },
        ['signedOn 签约日期：不是有效日期，格式为 YYYY-MM-DD', 'signedWith 签约单位：不能为空'],
      ],
    ];
    for (const [payload, expected] of tries) {
      const res = await act('wuxi_xczx', id, 'sign', payload);
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json<Failure>().code, 'VALIDATION_FAILED');
      assert.deepEqual(fieldMessages(res.body), expected);
    }
    const missing = await act('wuxi_xczx', id, 'sign', { signedOn: daysFromToday(0) });
    assert.equal(missing.statusCode, 400, missing.body);
    assert.match(fieldMessages(missing.body).join(), /签约单位/);
    assert.deepEqual(await snapshot(id), before);
  });

  test('the village liaison signs; the landing due date is the planned start plus the default 30 days', async () => {
    const start = daysFromToday(12);
    const id = await insertProject(db(), { status: 'signing', plannedStart: start, name: '中岗村图书角' });
    const res = await act('zhonggang', id, 'sign', {
      signedOn: daysFromToday(0),
      signedWith: ' 中岗村村民委员会 ',
      note: '村委会签字盖章',
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json<ProjectStepReply>(), {
      id,
      status: 'signed',
      landingDue: daysFromToday(42),
      overdue: false,
    });
    const row = await project(id);
    assert.equal(row.signed_on, daysFromToday(0));
    assert.equal(row.signed_with, '中岗村村民委员会');
    assert.equal(row.landing_due, daysFromToday(42));
    assert.deepEqual((await events(id)).at(-1), {
      action: 'signed',
      from_status: 'signing',
      to_status: 'signed',
      note: '村委会签字盖章',
      username: 'zhonggang',
    });
    const notices = await told('project_signed', id);
    assert.deepEqual(names(notices), ['org_admin', 'org_member']);
    assert.match(
      notices[0]!.body,
      new RegExp(`「中岗村图书角」已与中岗村村民委员会于 ${daysFromToday(0)} 签约，请在 ${daysFromToday(42)} 前落地`),
    );
    const twice = await act('hongchiba', id, 'sign', { signedOn: daysFromToday(0), signedWith: '红池坝镇人民政府' });
    assert.equal(twice.statusCode, 409, twice.body);
    assert.equal(twice.json<Failure>().message, '该项目当前为“已签约”，不能确认签约');
  });

  test('the area returns a signing request with a reason; the organization may ask again', async () => {
    const id = await insertProject(db(), { status: 'signing' });
    const blank = await act('hongchiba', id, 'return-signing', { reason: '   ' });
    assert.equal(blank.statusCode, 400, blank.body);
    assert.deepEqual(fieldMessages(blank.body), ['reason 原因：不能为空']);
    const res = await act('hongchiba', id, 'return-signing', { reason: '实施地点需与村委会再商定' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json<ProjectStepReply>().status, 'planned');
    assert.equal((await project(id)).status_reason, '实施地点需与村委会再商定');
    const notices = await told('project_signing_returned', id);
    assert.deepEqual(names(notices), ['org_admin', 'org_member']);
    assert.match(notices[0]!.body, /原因：实施地点需与村委会再商定/);
    const again = await act('org_admin', id, 'request-signing');
    assert.equal(again.statusCode, 200, again.body);
    assert.equal((await project(id)).status_reason, null);
  });

  test('landing needs evidence of this project, a date between signing and today, and a note', async () => {
    const id = await insertProject(db(), { status: 'signed', signedOn: daysFromToday(-5), name: '中岗村产业路' });
    const evidence = await attachFile(db(), id, 'evidence');
    const report = await attachFile(db(), id, 'completion');
    const elsewhere = await attachFile(db(), await insertProject(db(), { status: 'signed' }), 'evidence');
    const before = await snapshot(id);
    const tries: [Record<string, unknown>, string[]][] = [
      [{ landedOn: daysFromToday(0), note: '已开工', fileIds: [report] }, ['fileIds 佐证材料：请先上传落地照片或文件']],
      [
        { landedOn: daysFromToday(0), note: '已开工', fileIds: [evidence, elsewhere] },
        ['fileIds 佐证材料：请先上传落地照片或文件'],
      ],
      [
        { landedOn: daysFromToday(-6), note: '已开工', fileIds: [evidence] },
        [`landedOn 实际开始日期：不能早于签约日期（${daysFromToday(-5)}）`],
      ],
      [
        { landedOn: daysFromToday(1), note: ' ', fileIds: [evidence] },
        [`landedOn 实际开始日期：不能晚于今天（${daysFromToday(0)}）`, 'note 落地情况：不能为空'],
      ],
    ];
    for (const [payload, expected] of tries) {
      const res = await act('org_admin', id, 'land', payload);
      assert.equal(res.statusCode, 400, res.body);
      assert.deepEqual(fieldMessages(res.body), expected);
    }
    const none = await act('org_admin', id, 'land', { landedOn: daysFromToday(0), note: '已开工', fileIds: [] });
    assert.equal(none.statusCode, 400, none.body);
    assert.match(fieldMessages(none.body).join(), /^fileIds 佐证材料/);
    assert.deepEqual(await snapshot(id), before);

    const res = await act('org_member', id, 'land', {
      landedOn: daysFromToday(-1),
      note: '施工队已进场',
      fileIds: [evidence],
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json<ProjectStepReply>(), {
      id,
      status: 'landed',
      landingDue: (await project(id)).landing_due,
      overdue: false,
    });
    assert.equal((await project(id)).landed_on, daysFromToday(-1));
    const notices = await told('project_landed', id);
    assert.deepEqual(names(notices), ['cq_mz', 'wuxi_xczx']);
    assert.match(notices[0]!.body, new RegExp(`「中岗村产业路」已于 ${daysFromToday(-1)} 落地：施工队已进场`));
  });

  test('progress moves a landed project to in progress; completion checks its date and reports, officials close it', async () => {
    const id = await insertProject(db(), { status: 'landed', landedOn: daysFromToday(-3) });
    const first = await act('org_admin', id, 'progress', { note: '第一批图书到位' });
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json<ProjectStepReply>().status, 'in_progress');
    const second = await act('org_member', id, 'progress', { note: '志愿者开始辅导' });
    assert.equal(second.statusCode, 200, second.body);
    assert.deepEqual(
      (await events(id)).map((e) => [e.action, e.from_status, e.to_status, e.note]),
      [
        ['progress', 'landed', 'in_progress', '第一批图书到位'],
        ['progress', null, null, '志愿者开始辅导'],
      ],
    );

    const early = await act('wuxi_xczx', id, 'close', { note: '验收' });
    assert.equal(early.statusCode, 409, early.body);
    assert.equal(early.json<Failure>().message, '该项目当前为“实施中”，不能验收结项');

    const evidence = await attachFile(db(), id, 'evidence');
    const report = await attachFile(db(), id, 'completion');
    const before = await snapshot(id);
    const bad = await act('org_admin', id, 'complete', {
      completedOn: daysFromToday(-4),
      note: '完成',
      fileIds: [evidence],
    });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.deepEqual(fieldMessages(bad.body), [
      `completedOn 完成日期：不能早于实际开始日期（${daysFromToday(-3)}）`,
      'fileIds 完成报告：只能选择本项目已上传的完成报告，请先上传',
    ]);
    assert.deepEqual(await snapshot(id), before);
    const done = await act('org_admin', id, 'complete', {
      completedOn: daysFromToday(0),
      note: '辅导 60 人次',
      fileIds: [report],
    });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json<ProjectStepReply>().status, 'completed');
    assert.equal((await project(id)).completed_on, daysFromToday(0));
    assert.deepEqual(names(await told('project_completed', id)), ['cq_mz', 'wuxi_xczx']);

    // Closing is the officials': the liaison is refused by role, an official of another county does not see it.
    assert.equal((await act('hongchiba', id, 'close', { note: '验收' })).statusCode, 403);
    assert.equal((await act('chengkou_mz', id, 'close', { note: '验收' })).statusCode, 404);
    const closed = await act('wuxi_xczx', id, 'close', { note: '资料齐全，同意结项' });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json<ProjectStepReply>().status, 'closed');
    assert.deepEqual(names(await told('project_closed', id)), ['org_admin', 'org_member']);
    assert.deepEqual((await events(id)).at(-1), {
      action: 'closed',
      from_status: 'completed',
      to_status: 'closed',
      note: '资料齐全，同意结项',
      username: 'wuxi_xczx',
    });
    assert.equal((await act('org_admin', id, 'cancel', { reason: '不做了' })).statusCode, 409);
  });

  test('completing a project made from a confirmed claim fulfils the claim, which then never lapses', async () => {
    const needId = await publishedNeed(db(), { quantity: 1_000_000 });
    const claimed = await t().request('org_admin', {
      method: 'POST',
      url: `/api/needs/${needId}/claims`,
      payload: { quantity: 1_000_000, note: '以项目落实' },
    });
    assert.equal(claimed.statusCode, 200, claimed.body);
    const claimId = claimed.json<Claim>().id;
    const confirmed = await t().request('hongchiba', { method: 'POST', url: `/api/claims/${claimId}/confirm` });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    const id = await insertProject(db(), { status: 'in_progress', claimId, landedOn: daysFromToday(-1) });

    const res = await act('org_admin', id, 'complete', {
      completedOn: daysFromToday(0),
      note: '资助已全部发放',
      fileIds: [],
    });
    assert.equal(res.statusCode, 200, res.body);
    const claim = await t().request('org_admin', { method: 'GET', url: `/api/claims/${claimId}` });
    assert.equal(claim.json<Claim>().status, 'fulfilled');
    const claimEvents = await db()
      .selectFrom('claim_events')
      .select(['action', 'note'])
      .where('claim_id', '=', claimId)
      .orderBy('id')
      .execute();
    assert.deepEqual(claimEvents.at(-1), { action: 'fulfilled', note: `项目「${(await project(id)).name}」已完成` });
    const need = await db()
      .selectFrom('needs')
      .select(['status', 'confirmed_quantity'])
      .where('id', '=', needId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(need, { status: 'fulfilled', confirmed_quantity: 1_000_000 });

    // Without progress a confirmed claim would lapse and hand its quantity back; a fulfilled one stays.
    await runClaimSweep(db(), t().config, new Date(Date.now() + 400 * DAY));
    assert.equal(
      (await t().request('org_admin', { method: 'GET', url: `/api/claims/${claimId}` })).json<Claim>().status,
      'fulfilled',
    );
    assert.equal(
      (await db().selectFrom('needs').select('status').where('id', '=', needId).executeTakeFirstOrThrow()).status,
      'fulfilled',
    );
  });

  test('a pending claim is not fulfilled by its project', async () => {
    const needId = await publishedNeed(db(), { quantity: 500_000 });
    const claimed = await t().request('org_admin', {
      method: 'POST',
      url: `/api/needs/${needId}/claims`,
      payload: { quantity: 200_000, note: '先做项目' },
    });
    const claimId = claimed.json<Claim>().id;
    const id = await insertProject(db(), { status: 'landed', claimId });
    const res = await act('org_admin', id, 'complete', { completedOn: daysFromToday(0), note: '完成', fileIds: [] });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(
      (await db().selectFrom('claims').select('status').where('id', '=', claimId).executeTakeFirstOrThrow()).status,
      'pending',
    );
    assert.equal(
      (await db().selectFrom('needs').select('status').where('id', '=', needId).executeTakeFirstOrThrow()).status,
      'partly_claimed',
    );
  });

  test('cancelling tells the officials only when the project had been signed', async () => {
    const planned = await insertProject(db());
    const blank = await act('org_admin', planned, 'cancel', { reason: '' });
    assert.equal(blank.statusCode, 400, blank.body);
    assert.match(fieldMessages(blank.body).join(), /^reason 原因/);
    assert.equal((await act('org_admin', planned, 'cancel', { reason: '资金未落实' })).statusCode, 200);
    assert.deepEqual(await told('project_cancelled', planned), []);

    const signed = await insertProject(db(), { status: 'signed', name: '已签约后取消' });
    const res = await act('org_member', signed, 'cancel', { reason: '合作方退出' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json<ProjectStepReply>().status, 'cancelled');
    assert.equal((await project(signed)).status_reason, '合作方退出');
    const notices = await told('project_cancelled', signed);
    assert.deepEqual(names(notices), ['cq_mz', 'wuxi_xczx']);
    assert.match(notices[0]!.body, /取消了项目「已签约后取消」。原因：合作方退出/);
  });

  test('officials and liaisons in scope record follow-up notes; the organization hears of each', async () => {
    const id = await insertProject(db(), { status: 'signed', name: '跟踪测试项目' });
    const res = await act('hongchiba', id, 'follow-ups', { note: '已电话督促，下周进场' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json<ProjectStepReply>().status, 'signed');
    assert.deepEqual((await events(id)).at(-1), {
      action: 'follow_up',
      from_status: null,
      to_status: null,
      note: '已电话督促，下周进场',
      username: 'hongchiba',
    });
    const notices = await told('project_follow_up', id);
    assert.deepEqual(names(notices), ['org_admin', 'org_member']);
    assert.match(notices[0]!.body, /红池坝镇联系人（演示）对项目「跟踪测试项目」记录了跟踪情况：已电话督促，下周进场/);

    const planned = await insertProject(db());
    const early = await act('wuxi_xczx', planned, 'follow-ups', { note: '了解情况' });
    assert.equal(early.statusCode, 409, early.body);
    assert.equal(early.json<Failure>().message, '该项目当前为“计划中”，不能记录跟踪情况');
    assert.equal((await act('chengkou_mz', id, 'follow-ups', { note: '了解情况' })).statusCode, 404);
    assert.equal((await act('org_admin', id, 'follow-ups', { note: '自己跟踪' })).statusCode, 403);
  });
});
