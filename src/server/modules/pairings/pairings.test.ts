import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp, type Session } from '../../../../test/support/app.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import { PASSWORD } from '../claims/fixtures.ts';
import {
  agreementPdf,
  agreementUpload,
  CHENGKOU,
  fairWithSignups,
  HONGCHIBA,
  organizationIn,
  pairingBody,
  PENGSHUI,
  testProgram,
  WUXI,
} from './fixtures.ts';
import type { PairingDetail, PairingPage } from './schemas.ts';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

type Who = string | Session | null;

describe('pairings: proposal, review, agreement, end', () => {
  const t = useTestApp();
  const db = () => t().database.db;

  const create = (who: Who, payload: Record<string, unknown>) =>
    t().request(who, { method: 'POST', url: '/api/pairings', payload });
  const created = async (who: Who, payload: Record<string, unknown>) => {
    const res = await create(who, payload);
    assert.equal(res.statusCode, 200, res.body);
    return res.json<PairingDetail>();
  };
  const patch = (who: Who, id: number, payload: Record<string, unknown>) =>
    t().request(who, { method: 'PATCH', url: `/api/pairings/${id}`, payload });
  const act = (who: Who, id: number, action: string, payload?: Record<string, unknown>) =>
    t().request(who, { method: 'POST', url: `/api/pairings/${id}/${action}`, ...(payload ? { payload } : {}) });
  const get = (who: Who, id: number) => t().request(who, { method: 'GET', url: `/api/pairings/${id}` });
  const list = async (who: Who, query = '') => {
    const res = await t().request(who, { method: 'GET', url: `/api/pairings${query}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<PairingPage>();
  };
  const upload = (who: Who, id: number, name = '结对帮扶协议.pdf', bytes = agreementPdf()) => {
    const body = agreementUpload(name, bytes);
    return t().request(who, {
      method: 'POST',
      url: `/api/pairings/${id}/agreement`,
      payload: body.payload,
      headers: body.headers,
    });
  };
  const fieldsOf = (body: string) =>
    Object.fromEntries((JSON.parse(body) as Failure).fields?.map((f) => [f.field, f.message]) ?? []);
  const count = async (
    table: 'pairings' | 'pairing_places' | 'pairing_members' | 'pairing_events' | 'notifications',
  ) => {
    const row = await db()
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const pairingAudits = async (id?: number) =>
    db()
      .selectFrom('audit_log')
      .select(['action', 'region_code', 'organization_id', 'actor_account_id', 'changes', 'detail'])
      .where('entity_type', '=', 'pairing')
      .$if(id !== undefined, (q) => q.where('entity_id', '=', String(id)))
      .orderBy('id')
      .execute();
  const everything = async () => [
    await count('pairings'),
    await count('pairing_places'),
    await count('pairing_members'),
    await count('pairing_events'),
    await count('notifications'),
    (await pairingAudits()).length,
  ];
  /** Who was told of a pairing, by kind, as sorted usernames. */
  const told = async (kind: string, id: number) => {
    const rows = await db()
      .selectFrom('notifications as n')
      .innerJoin('accounts as a', 'a.id', 'n.account_id')
      .select(['a.username', 'n.link'])
      .where('n.kind', '=', kind)
      .where('n.entity_type', '=', 'pairing')
      .where('n.entity_id', '=', String(id))
      .execute();
    for (const r of rows) assert.equal(r.link, `/pairings/${id}`);
    return rows.map((r) => r.username).sort();
  };
  const demoOrganizationId = async () => {
    const row = await db()
      .selectFrom('accounts')
      .select('organization_id')
      .where('username', '=', 'org_admin')
      .executeTakeFirstOrThrow();
    return row.organization_id!;
  };

  test('every bad field is refused at once with its Chinese message, and nothing is written', async () => {
    const programId = await testProgram(db());
    const pending = await organizationIn(db(), {
      name: '待审核的测试协会',
      registrationRegionCode: '500238',
      status: 'pending',
    });
    const before = await everything();

    const bad = await create(
      'org_admin',
      pairingBody(programId, {
        title: '   ',
        commitments: ' ',
        places: [WUXI, '510104', '5002381'],
        startDate: '2026-05-01',
        endDate: '2026-04-30',
        fieldCodes: ['education', 'astrology'],
        memberOrganizationIds: [await demoOrganizationId(), 99_999_999, pending.id],
      }),
    );
    assert.equal(bad.statusCode, 400, bad.body);
    assert.equal(bad.json<Failure>().code, 'VALIDATION_FAILED');
    assert.deepEqual(fieldsOf(bad.body), {
      title: '协议名称：不能为空',
      commitments: '帮扶承诺：请写明帮什么、怎么帮、每年做到什么',
      'places.1': '结对地区：锦江区 不在本计划的地区（重庆市）之内',
      'places.2': '结对地区：5002381 不存在',
      endDate: '结束日期：不能早于开始日期',
      'fieldCodes.1': '承诺帮扶领域：“astrology”不是现行的重点领域，请从列表中选择',
      'memberOrganizationIds.0': '联合结对的组织：重庆山城乡村发展基金会（演示） 是牵头组织，不用列入',
      'memberOrganizationIds.1': '联合结对的组织：编号 99999999 的组织不存在',
      'memberOrganizationIds.2': '联合结对的组织：待审核的测试协会 尚未通过审核',
    });

    const dates = await create('org_admin', pairingBody(programId, { startDate: '2026-02-30', endDate: '2026-13-01' }));
    assert.deepEqual(fieldsOf(dates.body), {
      startDate: '开始日期：不是有效日期，格式为 YYYY-MM-DD',
      endDate: '结束日期：不是有效日期，格式为 YYYY-MM-DD',
    });

    const missing = await create('org_admin', pairingBody(99_999_999));
    assert.deepEqual(fieldsOf(missing.body), { programId: '帮扶计划：编号 99999999 的计划不存在' });
    const retired = await testProgram(db(), { status: 'retired' });
    const stopped = await create('org_admin', pairingBody(retired));
    assert.match(fieldsOf(stopped.body).programId ?? '', /^帮扶计划：“结对测试计划\d+”已停止，不能再结对$/);

    // The period overlaps the program's years.
    const old = await testProgram(db(), { startYear: 2020, endYear: 2020 });
    const late = await create('org_admin', pairingBody(old, { startDate: '2025-01-01', endDate: '2026-12-31' }));
    assert.deepEqual(fieldsOf(late.body), { startDate: '开始日期：结对期限须与帮扶计划的年份（2020 年）有重叠' });
    const future = await testProgram(db(), { startYear: 2090, endYear: 2095 });
    const early = await create('org_admin', pairingBody(future, { startDate: '2025-01-01', endDate: '2026-12-31' }));
    assert.deepEqual(fieldsOf(early.body), { endDate: '结束日期：结对期限须与帮扶计划的年份（2090—2095 年）有重叠' });

    // The schema's own refusals speak Chinese too, and an unknown field is named.
    const schema = await create('org_admin', { ...pairingBody(programId), amountFen: -1, places: [], colour: 'red' });
    assert.equal(schema.statusCode, 400);
    const schemaFields = fieldsOf(schema.body);
    assert.match(schemaFields.amountFen ?? '', /^承诺资金（分）：/);
    assert.match(schemaFields.places ?? '', /^结对地区：/);
    assert.equal(schemaFields.colour, '不是可以提交的字段，请删除');

    assert.deepEqual(await everything(), before);

    const within = await create(
      'org_admin',
      pairingBody(old, { title: '2020 年起的三年结对', startDate: '2020-07-01', endDate: '2022-06-30' }),
    );
    assert.equal(within.statusCode, 200, 'a period that overlaps the program year is accepted');
  });

  test('an organization that is not approved cannot propose a pairing', async () => {
    await organizationIn(db(), {
      name: '尚未审核的结对协会',
      username: 'pairing_pending_admin',
      registrationRegionCode: '500238',
      status: 'pending',
    });
    const session = await t().login('pairing_pending_admin', PASSWORD);
    const before = await everything();
    const res = await create(session, pairingBody(await testProgram(db())));
    assert.equal(res.statusCode, 403, res.body);
    assert.equal(res.json<Failure>().code, 'ORGANIZATION_NOT_APPROVED');
    assert.equal(res.json<Failure>().message, '组织通过审核后才能签订结对协议');
    assert.deepEqual(await everything(), before);
  });

  test('the whole life: submit, return, edit and resubmit, agreement, confirm, end, with events, audit and notices', async () => {
    const programId = await testProgram(db());
    const member = await organizationIn(db(), {
      name: '巫溪县联合结对协会',
      username: 'pairing_member_admin',
      registrationRegionCode: '500238',
    });
    const memberSession = await t().login('pairing_member_admin', PASSWORD);
    await organizationIn(db(), {
      name: '无关的测试基金会',
      username: 'pairing_stranger_admin',
      registrationRegionCode: '500238',
    });
    const stranger = await t().login('pairing_stranger_admin', PASSWORD);

    // Submitted: pending, the officials of 巫溪县 (county, municipality) are told, nobody else.
    const p = await created('org_admin', pairingBody(programId, { memberOrganizationIds: [member.id] }));
    assert.equal(p.status, 'pending');
    assert.equal(p.organization.name, '重庆山城乡村发展基金会（演示）');
    assert.deepEqual(p.members, [{ id: member.id, name: '巫溪县联合结对协会' }]);
    assert.deepEqual(p.places, [{ code: WUXI, name: '重庆市 / 巫溪县' }]);
    assert.equal(p.isCounterpart, false);
    assert.equal(p.organizationProvince, '重庆市');
    assert.equal(p.hasAgreement, false);
    assert.equal(p.agreement, null);
    assert.deepEqual(p.actions, {
      edit: true,
      uploadAgreement: true,
      withdraw: true,
      confirm: false,
      return: false,
      end: false,
      createProject: false,
    });
    assert.deepEqual(await told('pairing_submitted', p.id), ['cq_mz', 'wuxi_xczx']);

    // The member organization sees it in its list, but it is the lead's to edit; a stranger does not know it.
    assert.ok((await list(memberSession)).items.some((i) => i.id === p.id));
    const memberView = (await get(memberSession, p.id)).json<PairingDetail>();
    assert.equal(memberView.actions.edit, false);
    const memberEdit = await patch(memberSession, p.id, { title: '成员改名' });
    assert.equal(memberEdit.statusCode, 403, memberEdit.body);
    assert.equal(memberEdit.json<Failure>().message, '只有牵头组织可以修改结对协议');
    assert.equal((await upload(memberSession, p.id)).statusCode, 403);
    assert.equal((await get(stranger, p.id)).statusCode, 404);
    assert.equal((await patch(stranger, p.id, { title: '别人的' })).statusCode, 404);
    assert.ok(!(await list(stranger)).items.some((i) => i.id === p.id));

    // The county returns it with a reason; the lead hears of it.
    const wuxiView = (await get('wuxi_xczx', p.id)).json<PairingDetail>();
    assert.deepEqual(wuxiView.actions, {
      edit: false,
      uploadAgreement: false,
      withdraw: false,
      confirm: false,
      return: true,
      end: false,
      createProject: false,
    });
    const blank = await act('wuxi_xczx', p.id, 'return', { reason: '   ' });
    assert.deepEqual(fieldsOf(blank.body), { reason: '原因：请写明退回的原因' });
    const returned = await act('wuxi_xczx', p.id, 'return', { reason: '请写明每年资助的学生人数' });
    assert.equal(returned.statusCode, 200, returned.body);
    assert.equal(returned.json<PairingDetail>().status, 'returned');
    assert.equal(returned.json<PairingDetail>().statusReason, '请写明每年资助的学生人数');
    assert.deepEqual(await told('pairing_returned', p.id), ['org_admin', 'org_member']);
    const early = await act('wuxi_xczx', p.id, 'confirm');
    assert.equal(early.statusCode, 409);
    assert.equal(early.json<Failure>().message, '该结对协议当前为“已退回”，不能确认');

    // The lead edits it: back to pending, the officials told again.
    const edited = await patch('org_member', p.id, {
      amountFen: 60_000_000,
      commitments: '每年资助 120 名学生，开展暑期支教',
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json<PairingDetail>().status, 'pending');
    assert.equal(edited.json<PairingDetail>().statusReason, null);
    assert.equal(edited.json<PairingDetail>().amountFen, 60_000_000);
    assert.deepEqual(await told('pairing_submitted', p.id), ['cq_mz', 'cq_mz', 'wuxi_xczx', 'wuxi_xczx']);

    // Confirming needs the signed agreement.
    const noFile = await act('wuxi_xczx', p.id, 'confirm');
    assert.equal(noFile.statusCode, 400, noFile.body);
    assert.deepEqual(noFile.json<Failure>().fields, [
      { field: 'agreement', message: '协议文件：请先由社会组织上传签署的结对协议' },
    ]);
    const fake = await upload('org_admin', p.id, '协议.pdf', Buffer.from('MZ not a pdf at all'));
    assert.equal(fake.statusCode, 400);
    assert.match(fieldsOf(fake.body).file ?? '', /内容与扩展名 \.pdf 不符/);
    const word = multipart({}, { name: '协议.docx', bytes: Buffer.from('PK\u0003\u0004 word') });
    const docx = await t().request('org_admin', {
      method: 'POST',
      url: `/api/pairings/${p.id}/agreement`,
      payload: word.payload,
      headers: word.headers,
    });
    assert.equal(docx.statusCode, 400);
    assert.equal(fieldsOf(docx.body).file, '文件：只支持PDF 或图片（JPEG、PNG）文件');
    const bytes = agreementPdf();
    const uploaded = await upload('org_admin', p.id, '巫溪结对协议（签署版）.pdf', bytes);
    assert.equal(uploaded.statusCode, 200, uploaded.body);
    const withFile = uploaded.json<PairingDetail>();
    assert.equal(withFile.hasAgreement, true);
    assert.deepEqual(withFile.agreement, {
      name: '巫溪结对协议（签署版）.pdf',
      sizeBytes: bytes.length,
      url: `/api/pairings/${p.id}/agreement`,
    });
    assert.equal(withFile.status, 'pending', 'uploading does not by itself resubmit or confirm');

    // Whoever sees the pairing reads the file; others do not.
    const served = await t().request('wuxi_xczx', { method: 'GET', url: `/api/pairings/${p.id}/agreement` });
    assert.equal(served.statusCode, 200);
    assert.equal(served.headers['content-type'], 'application/pdf');
    assert.match(String(served.headers['content-disposition']), /^inline; /);
    assert.ok(served.rawPayload.equals(bytes));
    assert.equal(
      (await t().request(memberSession, { method: 'GET', url: `/api/pairings/${p.id}/agreement` })).statusCode,
      200,
    );
    assert.equal(
      (await t().request('chengkou_mz', { method: 'GET', url: `/api/pairings/${p.id}/agreement` })).statusCode,
      404,
    );
    assert.equal(
      (await t().request(stranger, { method: 'GET', url: `/api/pairings/${p.id}/agreement` })).statusCode,
      404,
    );

    // An edit while pending is recorded as such; an edit that changes nothing writes nothing.
    assert.equal((await patch('org_admin', p.id, { title: '山城基金会结对帮扶巫溪县（2026—2028）' })).statusCode, 200);
    const eventsBefore = await count('pairing_events');
    assert.equal((await patch('org_admin', p.id, { title: '山城基金会结对帮扶巫溪县（2026—2028）' })).statusCode, 200);
    assert.equal(await count('pairing_events'), eventsBefore);

    // The county confirms; the organizations of the group hear of it.
    assert.equal((await get('wuxi_xczx', p.id)).json<PairingDetail>().actions.confirm, true);
    const confirmed = await act('wuxi_xczx', p.id, 'confirm');
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    const c = confirmed.json<PairingDetail>();
    assert.equal(c.status, 'confirmed');
    assert.equal(c.current, true);
    assert.ok(c.confirmedAt);
    const row = await db().selectFrom('pairings').selectAll().where('id', '=', p.id).executeTakeFirstOrThrow();
    assert.equal(row.confirmed_by, await t().accountId('wuxi_xczx'));
    assert.deepEqual(await told('pairing_confirmed', p.id), ['org_admin', 'org_member', 'pairing_member_admin']);
    assert.equal((await patch('org_admin', p.id, { title: '确认后再改' })).statusCode, 409);
    assert.equal((await upload('org_admin', p.id)).statusCode, 409);
    assert.equal((await act('org_admin', p.id, 'withdraw')).statusCode, 409);

    const leadActions = (await get('org_admin', p.id)).json<PairingDetail>().actions;
    assert.deepEqual(leadActions, {
      edit: false,
      uploadAgreement: false,
      withdraw: false,
      confirm: false,
      return: false,
      end: true,
      createProject: true,
    });
    const memberActions = (await get(memberSession, p.id)).json<PairingDetail>().actions;
    assert.deepEqual(memberActions, {
      edit: false,
      uploadAgreement: false,
      withdraw: false,
      confirm: false,
      return: false,
      end: false,
      createProject: true,
    });

    // A member organization does not end it; the lead does, and the department hears of it.
    const memberEnd = await act(memberSession, p.id, 'end', { reason: '成员想退出' });
    assert.equal(memberEnd.statusCode, 403);
    const ended = await act('org_admin', p.id, 'end', { reason: '基金会调整帮扶方向' });
    assert.equal(ended.statusCode, 200, ended.body);
    const e = ended.json<PairingDetail>();
    assert.equal(e.status, 'ended');
    assert.equal(e.endedBySide, 'organization');
    assert.equal(e.statusReason, '基金会调整帮扶方向');
    assert.ok(e.endedAt);
    assert.equal(e.current, false);
    assert.deepEqual(await told('pairing_ended', p.id), ['cq_mz', 'wuxi_xczx']);
    assert.equal((await act('org_admin', p.id, 'end', { reason: '再终止一次' })).statusCode, 409);

    // The timeline, with who did each step.
    assert.deepEqual(
      e.events.map((ev) => [ev.action, ev.note, ev.actorName]),
      [
        ['submitted', null, '山城基金会管理员（演示）'],
        ['returned', '请写明每年资助的学生人数', '巫溪县乡村振兴局（演示）'],
        ['resubmitted', '修改了：承诺资金、帮扶承诺', '山城基金会项目专员（演示）'],
        ['edited', '上传了签署的结对协议：巫溪结对协议（签署版）.pdf', '山城基金会管理员（演示）'],
        ['edited', '修改了：协议名称', '山城基金会管理员（演示）'],
        ['confirmed', null, '巫溪县乡村振兴局（演示）'],
        ['ended', '基金会调整帮扶方向', '山城基金会管理员（演示）'],
      ],
    );
    const audits = await pairingAudits(p.id);
    assert.deepEqual(
      audits.map((a) => a.action),
      [
        'pairing.create',
        'pairing.return',
        'pairing.resubmit',
        'pairing.agreement',
        'pairing.update',
        'pairing.confirm',
        'pairing.end',
      ],
    );
    assert.ok(audits.every((a) => a.region_code === WUXI && a.organization_id === p.organization.id));
    assert.deepEqual((audits[2]?.changes as Record<string, unknown>).amount_fen, {
      before: 50_000_000,
      after: 60_000_000,
    });
    assert.deepEqual((audits[2]?.changes as Record<string, unknown>).status, { before: 'returned', after: 'pending' });
    assert.equal(audits[5]?.actor_account_id, await t().accountId('wuxi_xczx'));
  });

  test('the department ends a confirmed pairing and the organizations are told; the lead withdraws a pending one', async () => {
    const programId = await testProgram(db());
    const p = await created('org_admin', pairingBody(programId, { places: [CHENGKOU], title: '结对帮扶城口县' }));
    assert.equal((await upload('org_admin', p.id)).statusCode, 200);
    assert.equal((await act('chengkou_mz', p.id, 'confirm')).statusCode, 200);
    const ended = await act('chengkou_mz', p.id, 'end', { reason: '组织连续两年未开展帮扶' });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal(ended.json<PairingDetail>().endedBySide, 'department');
    assert.deepEqual(await told('pairing_ended', p.id), ['org_admin', 'org_member']);

    const q = await created('org_admin', pairingBody(programId, { places: [CHENGKOU], title: '重新结对城口县' }));
    const withdrawn = await act('org_admin', q.id, 'withdraw');
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    assert.equal(withdrawn.json<PairingDetail>().status, 'withdrawn');
    const again = await act('org_admin', q.id, 'withdraw', { reason: '再撤回一次' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json<Failure>().message, '该结对协议当前为“已撤回”，不能撤回');
    assert.deepEqual(
      (await pairingAudits(q.id)).map((a) => a.action),
      ['pairing.create', 'pairing.withdraw'],
    );
  });

  test('scope: a county sees and decides its own places only; a pairing across counties goes to the municipality', async () => {
    const programId = await testProgram(db());
    const wuxiOnly = await created('org_admin', pairingBody(programId, { places: [HONGCHIBA], title: '结对红池坝镇' }));
    assert.equal((await get('chengkou_mz', wuxiOnly.id)).statusCode, 404);
    assert.ok(!(await list('chengkou_mz')).items.some((i) => i.id === wuxiOnly.id));
    assert.equal((await act('chengkou_mz', wuxiOnly.id, 'return', { reason: '不在本县' })).statusCode, 404);
    assert.equal(
      (await get('hongchiba', wuxiOnly.id)).statusCode,
      200,
      'the township liaison sees a pairing of the township',
    );
    assert.equal(
      (await get('zhonggang', wuxiOnly.id)).statusCode,
      404,
      'a village liaison does not see its township-wide pairing',
    );

    const both = await created(
      'org_admin',
      pairingBody(programId, { places: [WUXI, CHENGKOU], title: '结对巫溪、城口两县' }),
    );
    assert.equal((await upload('org_admin', both.id)).statusCode, 200);
    assert.deepEqual(await told('pairing_submitted', both.id), ['chengkou_mz', 'cq_mz', 'wuxi_xczx']);
    for (const county of ['wuxi_xczx', 'chengkou_mz']) {
      const seen = await get(county, both.id);
      assert.equal(seen.statusCode, 200, `${county} sees a pairing with a place of theirs`);
      assert.equal(seen.json<PairingDetail>().actions.confirm, false);
      assert.equal(seen.json<PairingDetail>().actions.return, false);
      const refused = await act(county, both.id, 'confirm');
      assert.equal(refused.statusCode, 403, refused.body);
      assert.equal(refused.json<Failure>().code, 'OUT_OF_SCOPE');
      assert.equal(
        refused.json<Failure>().message,
        '该结对协议的地区（城口县、巫溪县）超出您的管辖范围，须由管辖全部结对地区的上级部门确认或退回',
      );
    }
    const confirmed = await act('cq_mz', both.id, 'confirm');
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    // Once confirmed, either county's department may end it: each is a side of it.
    assert.equal((await get('chengkou_mz', both.id)).json<PairingDetail>().actions.end, true);
    assert.equal((await get('hongchiba', both.id)).statusCode, 404);
  });

  test('restrict_places: a program that requires it refuses places outside the organization service regions', async () => {
    const strict = await testProgram(db(), { restrictPlaces: true });
    // The demo foundation serves 巫溪县 and 城口县.
    const outside = await create('org_admin', pairingBody(strict, { places: [HONGCHIBA, PENGSHUI] }));
    assert.equal(outside.statusCode, 400, outside.body);
    assert.deepEqual(fieldsOf(outside.body), {
      'places.1': '结对地区：彭水苗族土家族自治县 不在本组织的服务地区内（本计划要求在服务地区内结对）',
    });
    // An organization with no service region in 巫溪县.
    await organizationIn(db(), {
      name: '只服务城口的协会',
      username: 'pairing_chengkou_only',
      registrationRegionCode: '500229',
      serviceRegions: [CHENGKOU],
    });
    const chengkouOnly = await t().login('pairing_chengkou_only', PASSWORD);
    const refused = await create(chengkouOnly, pairingBody(strict, { places: [WUXI] }));
    assert.deepEqual(fieldsOf(refused.body), {
      'places.0': '结对地区：巫溪县 不在本组织的服务地区内（本计划要求在服务地区内结对）',
    });
    assert.equal(
      (await create(chengkouOnly, pairingBody(strict, { places: ['500229102'] }))).statusCode,
      200,
      'a township inside its service region',
    );
    // Without the requirement the same place is fine.
    assert.equal(
      (await create(chengkouOnly, pairingBody(await testProgram(db()), { places: [WUXI] }))).statusCode,
      200,
    );
  });

  test('PAIRING_EXISTS: one lead, one program, one place at a time (pending or confirmed)', async () => {
    const programId = await testProgram(db());
    const first = await created('org_admin', pairingBody(programId, { places: [WUXI] }));
    const before = await everything();
    const twice = await create(
      'org_member',
      pairingBody(programId, { places: [CHENGKOU, WUXI], title: '再次结对巫溪县' }),
    );
    assert.equal(twice.statusCode, 409, twice.body);
    const failure = twice.json<Failure>();
    assert.equal(failure.code, 'PAIRING_EXISTS');
    assert.match(
      failure.message,
      /^本组织在“结对测试计划\d+”下已与 巫溪县 结对（“山城基金会结对帮扶巫溪县”，待确认），请在原协议上修改$/,
    );
    assert.deepEqual(failure.fields, [
      {
        field: 'places.1',
        message: '结对地区：本组织在同一计划下已与 巫溪县 结对（“山城基金会结对帮扶巫溪县”，待确认）',
      },
    ]);
    assert.deepEqual(await everything(), before);

    // Another program, or the same place once the first is withdrawn, is fine; an edit into a taken place is not.
    assert.equal((await create('org_admin', pairingBody(await testProgram(db()), { places: [WUXI] }))).statusCode, 200);
    const chengkou = await created('org_admin', pairingBody(programId, { places: [CHENGKOU], title: '结对城口县' }));
    const into = await patch('org_admin', chengkou.id, { places: [CHENGKOU, WUXI] });
    assert.equal(into.statusCode, 409);
    assert.equal(into.json<Failure>().code, 'PAIRING_EXISTS');
    assert.equal((await act('org_admin', first.id, 'withdraw', { reason: '改为联合结对' })).statusCode, 200);
    assert.equal((await patch('org_admin', chengkou.id, { places: [CHENGKOU, WUXI] })).statusCode, 200);
  });

  test('counterpart support: an organization registered in Shandong is marked, counted apart and filtered', async () => {
    const programId = await testProgram(db());
    const shandong = await organizationIn(db(), {
      name: '山东鲁渝协作基金会',
      username: 'pairing_shandong',
      registrationRegionCode: '370102',
    });
    const national = await organizationIn(db(), {
      name: '全国性测试基金会',
      username: 'pairing_national',
      registrationRegionCode: null,
    });
    const east = await created(
      await t().login('pairing_shandong', PASSWORD),
      pairingBody(programId, { title: '鲁渝协作结对巫溪县' }),
    );
    assert.equal(east.isCounterpart, true);
    assert.equal(east.organizationProvince, '山东省');
    const home = await created(
      'org_admin',
      pairingBody(programId, { places: [CHENGKOU], title: '本市组织结对城口县' }),
    );
    assert.equal(home.isCounterpart, false);
    const nationwide = await created(await t().login('pairing_national', PASSWORD), pairingBody(programId));
    assert.equal(nationwide.isCounterpart, false);
    assert.equal(nationwide.organizationProvince, null);

    const counterpart = await list('cq_mz', `?programId=${programId}&counterpartOnly=true`);
    assert.deepEqual(
      counterpart.items.map((i) => i.organization.id),
      [shandong.id],
    );
    const all = await list('cq_mz', `?programId=${programId}`);
    assert.deepEqual(
      all.items.map((i) => i.id),
      [nationwide.id, home.id, east.id],
    );
    assert.deepEqual(
      (await list('cq_mz', `?programId=${programId}&organizationId=${national.id}`)).items.map((i) => i.id),
      [nationwide.id],
    );
  });

  test('the list: filters by program, status, region, organization and fair; pages by keyset', async () => {
    const programId = await testProgram(db());
    const memberOrg = await organizationIn(db(), {
      name: '列表测试成员协会',
      username: 'pairing_list_member',
      registrationRegionCode: '500238',
    });
    const fair = await fairWithSignups(db(), { regions: [WUXI], signedUp: [await demoOrganizationId()] });
    const a = await created(
      'org_admin',
      pairingBody(programId, { places: [HONGCHIBA], fairId: fair.id, title: '对接会上签约的结对' }),
    );
    assert.deepEqual(a.fair, { id: fair.id, name: fair.name });
    const b = await created(
      'org_admin',
      pairingBody(programId, { places: [CHENGKOU], memberOrganizationIds: [memberOrg.id], title: '联合结对城口县' }),
    );
    const c = await created('org_admin', pairingBody(programId, { places: [PENGSHUI], title: '结对彭水' }));
    assert.equal((await act('cq_mz', c.id, 'return', { reason: '补充材料' })).statusCode, 200);

    const ids = async (who: Who, query: string) =>
      (await list(who, `?programId=${programId}${query}`)).items.map((i) => i.id);
    assert.deepEqual(await ids('cq_mz', ''), [c.id, b.id, a.id]);
    assert.deepEqual(await ids('cq_mz', '&status=returned'), [c.id]);
    assert.deepEqual(await ids('cq_mz', `&region=${WUXI}`), [a.id]);
    assert.deepEqual(await ids('cq_mz', `&fairId=${fair.id}`), [a.id]);
    assert.deepEqual(
      await ids('cq_mz', `&organizationId=${memberOrg.id}`),
      [b.id],
      'a member organization counts as in it',
    );
    assert.deepEqual(await ids('wuxi_xczx', ''), [a.id]);
    assert.deepEqual(await ids('hongchiba', ''), [a.id]);
    assert.deepEqual(await ids(await t().login('pairing_list_member', PASSWORD), ''), [b.id]);
    assert.deepEqual(await ids('org_member', ''), [c.id, b.id, a.id]);

    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: PairingPage = await list(
        'cq_mz',
        `?programId=${programId}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      assert.ok(page.items.length <= 1);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, [c.id, b.id, a.id]);
    const badCursor = await t().request('cq_mz', { method: 'GET', url: '/api/pairings?cursor=not-a-cursor' });
    assert.equal(badCursor.statusCode, 400);
  });

  test('fairs: a pairing names only a fair the organization signed up for, still standing, about its places', async () => {
    const programId = await testProgram(db());
    const org = await demoOrganizationId();
    const notJoined = await fairWithSignups(db(), { regions: [WUXI] });
    const left = await fairWithSignups(db(), { regions: [WUXI], withdrawn: [org] });
    const cancelled = await fairWithSignups(db(), { regions: [WUXI], signedUp: [org], status: 'cancelled' });
    const elsewhere = await fairWithSignups(db(), { regions: [CHENGKOU], signedUp: [org] });
    const before = await everything();
    const message = async (fairId: number, places = [WUXI]) =>
      fieldsOf((await create('org_admin', pairingBody(programId, { fairId, places }))).body).fairId;
    assert.equal(await message(notJoined.id), `签约活动：本组织没有报名“${notJoined.name}”`);
    assert.equal(await message(left.id), `签约活动：本组织没有报名“${left.name}”`);
    assert.equal(await message(cancelled.id), `签约活动：“${cancelled.name}”已取消`);
    assert.equal(
      await message(elsewhere.id, [CHENGKOU, HONGCHIBA]),
      `签约活动：结对地区 红池坝镇 不在“${elsewhere.name}”的活动地区之内`,
    );
    assert.equal(await message(99_999_999), '签约活动：编号 99999999 的活动不存在');
    assert.deepEqual(await everything(), before);

    // Clearing the fair on an edit is allowed.
    const p = await created('org_admin', pairingBody(programId, { fairId: elsewhere.id, places: [CHENGKOU] }));
    const cleared = await patch('org_admin', p.id, { fairId: null });
    assert.equal(cleared.statusCode, 200, cleared.body);
    assert.equal(cleared.json<PairingDetail>().fair, null);
  });
});
