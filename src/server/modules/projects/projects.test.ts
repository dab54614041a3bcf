import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daysFromToday } from '../../../common/glossary.ts';
import { useTestApp } from '../../../../test/support/app.ts';
import type { ProjectStatus } from '../../../common/projects.ts';
import { approvedOrganization, PASSWORD, publishedNeed } from '../claims/fixtures.ts';
import { createProject, projectBody, setProjectStatus, ZHONGGANG } from './fixtures.ts';
import type { CreateProjectBody, ProjectDetail, ProjectPage } from './schemas.ts';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

const HONGCHIBA = '500238118';
const CHENGKOU = '500229';
const WUXI = '500238';

describe('projects: creating, reading, listing and editing', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  const fieldsOf = (body: string) => Object.fromEntries((JSON.parse(body) as Failure).fields?.map((f) => [f.field, f.message]) ?? []);
  const post = (who: string, payload: object) => t().request(who, { method: 'POST', url: '/api/projects', payload });
  const get = (who: string, id: number) => t().request(who, { method: 'GET', url: `/api/projects/${id}` });
  const patch = (who: string, id: number, payload: object) => t().request(who, { method: 'PATCH', url: `/api/projects/${id}`, payload });
  const list = async (who: string, query = '') => {
    const res = await t().request(who, { method: 'GET', url: `/api/projects${query}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<ProjectPage>();
  };
  const count = async (table: 'projects' | 'project_places' | 'project_budget_lines' | 'project_events' | 'audit_log') =>
    Number((await db().selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const counts = async () => ({
    projects: await count('projects'),
    places: await count('project_places'),
    lines: await count('project_budget_lines'),
    events: await count('project_events'),
    audit: await count('audit_log'),
  });
  const shancheng = async () =>
    (await db().selectFrom('accounts').select('organization_id').where('username_key', '=', 'org_admin').executeTakeFirstOrThrow()).organization_id!;
  /** A second approved organization (registered in 巫溪县) whose administrator can log in. */
  const otherOrganization = async (options: { status?: 'approved' | 'pending'; serves?: string[] } = {}) => {
    const username = `proj_org_${Math.random().toString(36).slice(2, 8)}`;
    const org = await approvedOrganization(db(), { username, ...(options.status ? { status: options.status } : {}) });
    for (const region_code of options.serves ?? []) {
      await db().insertInto('organization_service_regions').values({ organization_id: org.id, region_code }).execute();
    }
    const session = await t().login(username, PASSWORD);
    return { ...org, session };
  };
  const program = async (overrides: { region?: string; restrict?: boolean; status?: 'active' | 'retired' } = {}) =>
    (
      await db()
        .insertInto('programs')
        .values({
          slug: `proj-test-${Math.random().toString(36).slice(2, 10)}`,
          name: '测试帮扶计划',
          kind: 'rural_revitalization',
          region_code: overrides.region ?? '50',
          department_name: '测试部门',
          start_year: 2024,
          status: overrides.status ?? 'active',
          restrict_places: overrides.restrict ?? false,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const pairing = async (organizationId: number, places: string[], options: { status?: 'pending' | 'confirmed'; endDate?: string; programId?: number; members?: number[] } = {}) => {
    const row = await db()
      .insertInto('pairings')
      .values({
        program_id: options.programId ?? 2,
        organization_id: organizationId,
        title: '测试结对协议',
        start_date: daysFromToday(-100),
        end_date: options.endDate ?? daysFromToday(365),
        commitments: '每年资助教育项目',
        status: options.status ?? 'confirmed',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db().insertInto('pairing_places').values(places.map((region_code) => ({ pairing_id: row.id, region_code }))).execute();
    for (const organization_id of options.members ?? []) {
      await db().insertInto('pairing_members').values({ pairing_id: row.id, organization_id }).execute();
    }
    return row.id;
  };
  const fair = async (options: { status?: 'open' | 'closed' | 'cancelled'; signUp?: number[] } = {}) => {
    const row = await db()
      .insertInto('fairs')
      .values({
        kind: 'matching_fair',
        name: '巫溪县项目对接会',
        year: 2026,
        region_code: WUXI,
        start_date: daysFromToday(-5),
        end_date: daysFromToday(5),
        status: options.status ?? 'open',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const organization_id of options.signUp ?? []) {
      await db().insertInto('fair_signups').values({ fair_id: row.id, organization_id }).execute();
    }
    return row.id;
  };
  const claim = async (organizationId: number, status: 'pending' | 'confirmed') => {
    const needId = await publishedNeed(db(), { title: '中岗村小学图书角' });
    const row = await db()
      .insertInto('claims')
      .values({
        need_id: needId,
        organization_id: organizationId,
        quantity: 1000,
        note: '测试认领',
        status,
        lapse_at: new Date(Date.now() + 30 * 86_400_000),
        created_by: await t().accountId('org_admin'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { claimId: row.id, needId };
  };

  test('an approved organization plans a project: places by name, budget by source, its history and next steps', async () => {
    const before = await counts();
    const res = await post('org_admin', projectBody({ keyPopulationCodes: ['left_behind_children'], naming: '山城助学' }));
    assert.equal(res.statusCode, 200, res.body);
    const p = res.json<ProjectDetail>();
    assert.equal(p.status, 'planned');
    assert.equal(p.organization.name, '重庆山城乡村发展基金会（演示）');
    assert.deepEqual(p.places, [{ code: ZHONGGANG, name: '重庆市 / 巫溪县 / 红池坝镇 / 中岗村' }]);
    assert.equal(p.budgetFen, 1_000_000);
    assert.deepEqual(p.budgetLines, [
      { source: 'own_funds', amountFen: 600_000 },
      { source: 'public_fundraising', amountFen: 400_000 },
    ]);
    assert.deepEqual(p.responsible, [{ name: '王项目', post: '项目主管', phone: '13800003333' }]);
    assert.equal(p.naming, '山城助学');
    assert.equal(p.isCounterpart, false, 'registered in Chongqing, working in Chongqing');
    assert.equal(p.overdue, false);
    assert.deepEqual(
      p.events.map((e) => [e.action, e.toStatus, e.actorName]),
      [['created', 'planned', '山城基金会管理员（演示）']],
    );
    assert.equal(p.actions.edit, true);
    assert.equal(p.actions.requestSigning, true);
    assert.equal(p.actions.upload, true);
    assert.equal(p.actions.sign, false);
    assert.equal(p.actions.followUp, false);
    const after = await counts();
    assert.deepEqual(
      { projects: after.projects - before.projects, places: after.places - before.places, lines: after.lines - before.lines, events: after.events - before.events },
      { projects: 1, places: 1, lines: 2, events: 1 },
    );
    const audit = await db().selectFrom('audit_log').select(['action', 'region_code']).where('entity_type', '=', 'project').where('entity_id', '=', String(p.id)).execute();
    assert.deepEqual(audit, [{ action: 'create', region_code: ZHONGGANG }]);

    // The area sees the same project with its own steps: sign once asked, follow up; never edit.
    const area = await get('wuxi_xczx', p.id);
    assert.equal(area.statusCode, 200, area.body);
    const seen = area.json<ProjectDetail>();
    assert.equal(seen.actions.edit, false);
    assert.equal(seen.actions.sign, false, 'not asked to sign yet');
  });

  test('an organization not yet approved cannot create projects, and nothing is written', async () => {
    const pending = await otherOrganization({ status: 'pending' });
    const before = await counts();
    const res = await post(pending.session.username, projectBody());
    assert.equal(res.statusCode, 403, res.body);
    assert.equal(res.json<Failure>().code, 'ORGANIZATION_NOT_APPROVED');
    assert.equal(res.json<Failure>().message, '组织通过审核后才能创建帮扶项目');
    assert.deepEqual(await counts(), before);
  });

  test('every bad field is reported at once, in Chinese, and nothing is written', async () => {
    const before = await counts();
    const res = await post(
      'org_admin',
      projectBody({
        name: '   ',
        fieldCodes: ['education', 'astrology'],
        keyPopulationCodes: ['aliens'],
        places: [ZHONGGANG, '5002381', '500238999'],
        budgetFen: 1_500_000,
        budgetLines: [
          { source: 'own_funds', amountFen: 700_000 },
          { source: 'special_fund', amountFen: 500_000 },
        ],
        plannedStart: daysFromToday(30),
        plannedEnd: daysFromToday(29),
        responsible: [
          { name: '王项目', post: '主管', phone: '13800003333' },
          { name: '李会计', post: '', phone: '12345' },
        ],
      }),
    );
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json<Failure>().code, 'VALIDATION_FAILED');
    assert.deepEqual(fieldsOf(res.body), {
      name: '项目名称：请填写，如“中岗村留守儿童课后服务”',
      fieldCodes: '重点领域：“astrology”不是现行的重点领域，请从列表中选择',
      keyPopulationCodes: '重点人群：“aliens”不是现行的重点人群，请从列表中选择',
      'places.1': '实施地区：“5002381”不是区县（6 位）、乡镇（9 位）或村（12 位）的代码',
      'places.2': '实施地区：区划代码“500238999”不存在',
      budgetLines: '预算来源：各来源合计 12,000.00 元，与预算总额 15,000.00 元不一致',
      plannedEnd: '计划结束日期：不能早于计划开始日期',
      'responsible.1.phone': '项目负责人（第 2 位）联系电话：应为 11 位手机号或带区号的固定电话，如 023-58569600',
    });
    assert.deepEqual(await counts(), before);

    const twice = await post(
      'org_admin',
      projectBody({
        budgetLines: [
          { source: 'own_funds', amountFen: 500_000 },
          { source: 'own_funds', amountFen: 500_000 },
        ],
      }),
    );
    assert.equal(twice.statusCode, 400);
    assert.deepEqual(fieldsOf(twice.body), { 'budgetLines.1.source': '预算来源：“自有资金”重复，每个来源只填一行' });
    const none = await post('org_admin', projectBody({ budgetLines: [] }));
    assert.equal(none.statusCode, 400);
    assert.match(fieldsOf(none.body).budgetLines ?? '', /^预算来源：请按来源填写预算/);
    const badDate = await post('org_admin', projectBody({ plannedStart: '2026-02-30' }));
    assert.equal(badDate.statusCode, 400);
    assert.deepEqual(fieldsOf(badDate.body), { plannedStart: '计划开始日期：不是有效日期，格式为 YYYY-MM-DD' });
    assert.deepEqual(await counts(), before);

    // A project without money needs no budget lines.
    const free = await post('org_admin', projectBody({ budgetFen: 0, budgetLines: [] }));
    assert.equal(free.statusCode, 200, free.body);
  });

  test('a program must be active and cover the places; a restricting program keeps projects where the organization serves or pairs', async () => {
    const retired = await program({ status: 'retired' });
    const res = await post('org_admin', projectBody({ programId: retired }));
    assert.deepEqual(fieldsOf(res.body), { programId: '帮扶计划：不存在或已停止，请重新选择' });
    const beijing = await program({ region: '11' });
    const far = await post('org_admin', projectBody({ programId: beijing }));
    assert.deepEqual(fieldsOf(far.body), { programId: '帮扶计划：“测试帮扶计划”只覆盖 北京市，中岗村 不在其内' });

    const restricting = await program({ restrict: true });
    const wuxiOrg = await otherOrganization({ serves: [WUXI] });
    const before = await counts();
    const outside = await post(wuxiOrg.session.username, projectBody({ programId: restricting, places: [ZHONGGANG, CHENGKOU] }));
    assert.equal(outside.statusCode, 400, outside.body);
    assert.deepEqual(fieldsOf(outside.body), { 'places.1': '实施地区：城口县 不在本组织的服务地区或结对地区内（本计划要求）' });
    assert.deepEqual(await counts(), before);

    // An ended pairing does not count; a confirmed current one does, led or joined.
    await pairing(wuxiOrg.id, [CHENGKOU], { endDate: daysFromToday(-1) });
    const ended = await post(wuxiOrg.session.username, projectBody({ programId: restricting, places: [CHENGKOU] }));
    assert.equal(ended.statusCode, 400, ended.body);
    await pairing(await shancheng(), [CHENGKOU], { members: [wuxiOrg.id] });
    const paired = await post(wuxiOrg.session.username, projectBody({ programId: restricting, places: [ZHONGGANG, CHENGKOU] }));
    assert.equal(paired.statusCode, 200, paired.body);
    assert.equal(paired.json<ProjectDetail>().program?.id, restricting);

    // Without the restriction, any place of the program's region will do.
    const open = await post(wuxiOrg.session.username, projectBody({ programId: 2, places: ['500243'] }));
    assert.equal(open.statusCode, 200, open.body);
  });

  test('a project from a pairing, a claim or a fair: only the organization\'s own, confirmed, signed-up ones', async () => {
    const org = await shancheng();
    const stranger = await otherOrganization();
    const pendingPairing = await pairing(org, [WUXI], { status: 'pending' });
    const theirs = await pairing(stranger.id, [WUXI]);
    const ours = await pairing(stranger.id, [HONGCHIBA], { members: [org], programId: 1 });
    const pendingClaim = await claim(org, 'pending');
    const theirClaim = await claim(stranger.id, 'confirmed');
    const ourClaim = await claim(org, 'confirmed');
    const notSignedUp = await fair();
    const cancelled = await fair({ status: 'cancelled', signUp: [org] });
    const signedUp = await fair({ signUp: [org] });

    const refused: [Partial<CreateProjectBody>, Record<string, string>][] = [
      [{ pairingId: pendingPairing }, { pairingId: '所属结对协议：不是本组织牵头或参与的已确认结对协议' }],
      [{ pairingId: theirs }, { pairingId: '所属结对协议：不是本组织牵头或参与的已确认结对协议' }],
      [{ pairingId: ours, places: [CHENGKOU] }, { 'places.0': '实施地区：城口县 不在所属结对协议的结对地区内' }],
      [{ pairingId: ours, programId: 2 }, { programId: '帮扶计划：应与所属结对协议服务的帮扶计划一致' }],
      [{ claimId: pendingClaim.claimId }, { claimId: '来源认领：不是本组织已确认（对接成功）的认领' }],
      [{ claimId: theirClaim.claimId }, { claimId: '来源认领：不是本组织已确认（对接成功）的认领' }],
      [{ fairId: notSignedUp }, { fairId: '签约活动：本组织没有报名这一活动' }],
      [{ fairId: cancelled }, { fairId: '签约活动：该活动已取消' }],
    ];
    const before = await counts();
    for (const [overrides, expected] of refused) {
      const res = await post('org_admin', projectBody(overrides));
      assert.equal(res.statusCode, 400, `${JSON.stringify(overrides)}: ${res.body}`);
      assert.deepEqual(fieldsOf(res.body), expected, JSON.stringify(overrides));
    }
    assert.deepEqual(await counts(), before);

    const made = await createProject(t(), 'org_member', { pairingId: ours, claimId: ourClaim.claimId, fairId: signedUp });
    assert.deepEqual(made.pairing, { id: ours, title: '测试结对协议' });
    assert.deepEqual(made.claim, { id: ourClaim.claimId, needId: ourClaim.needId, needTitle: '中岗村小学图书角' });
    assert.deepEqual(made.fair, { id: signedUp, name: '巫溪县项目对接会' });
    assert.equal(made.program?.id, 1, 'a pairing\'s project serves the pairing\'s program');
  });

  test('who sees a project: its organization, and officials and liaisons of its places', async () => {
    const village = await createProject(t(), 'org_admin', { name: '可见性：中岗村项目' });
    const township = await createProject(t(), 'org_admin', { name: '可见性：红池坝镇项目', places: [HONGCHIBA] });
    const chengkou = await createProject(t(), 'org_admin', { name: '可见性：城口县项目', places: [CHENGKOU] });
    const stranger = await otherOrganization();

    const sees = async (who: string, id: number) => (await get(who, id)).statusCode;
    assert.equal(await sees('org_member', village.id), 200);
    assert.equal(await sees(stranger.session.username, village.id), 404, 'another organization');
    assert.equal(await sees('wuxi_xczx', village.id), 200);
    assert.equal(await sees('chengkou_mz', village.id), 404, '城口县 does not see a 巫溪县 project');
    assert.equal(await sees('chengkou_mz', chengkou.id), 200);
    assert.equal(await sees('hongchiba', village.id), 200, 'the township sees its villages');
    assert.equal(await sees('hongchiba', township.id), 200);
    assert.equal(await sees('zhonggang', village.id), 200);
    assert.equal(await sees('zhonggang', township.id), 404, 'a village does not see the township\'s own project');
    assert.equal(await sees('caring', village.id), 403);

    const names = async (who: string) => (await list(who, '?q=可见性')).items.map((p) => p.name).sort();
    assert.deepEqual(await names('wuxi_xczx'), ['可见性：中岗村项目', '可见性：红池坝镇项目']);
    assert.deepEqual(await names('chengkou_mz'), ['可见性：城口县项目']);
    assert.deepEqual(await names('zhonggang'), ['可见性：中岗村项目']);
    assert.deepEqual(await names(stranger.session.username), []);
    assert.deepEqual(await names('org_admin'), ['可见性：城口县项目', '可见性：中岗村项目', '可见性：红池坝镇项目'].sort());
  });

  test('the list filters, pages by keyset, and flags overdue and counterpart projects', async () => {
    const a = await createProject(t(), 'org_admin', { name: '筛选甲', plannedStart: '2027-03-01', plannedEnd: '2027-06-30' });
    const b = await createProject(t(), 'org_admin', { name: '筛选乙', places: [CHENGKOU], programId: 2, plannedStart: '2028-01-10', plannedEnd: '2028-05-01' });
    const c = await createProject(t(), 'org_admin', { name: '筛选丙' });
    await setProjectStatus(db(), c.id, 'signed', { signed_on: daysFromToday(-40), landing_due: daysFromToday(-7) });

    const ids = async (query: string) => (await list('org_admin', `?q=筛选${query}`)).items.map((p) => p.id);
    assert.deepEqual(await ids(''), [c.id, b.id, a.id], 'newest first');
    assert.deepEqual(await ids('&status=signed'), [c.id]);
    assert.deepEqual(await ids(`&region=${CHENGKOU}`), [b.id]);
    assert.deepEqual(await ids('&region=500238118'), [c.id, a.id]);
    assert.deepEqual(await ids('&programId=2'), [b.id]);
    assert.deepEqual(await ids('&year=2027'), [a.id]);
    assert.deepEqual(await ids(`&organizationId=${await shancheng()}`), [c.id, b.id, a.id]);

    const first = await list('org_admin', '?q=筛选&limit=2');
    assert.deepEqual(first.items.map((p) => p.id), [c.id, b.id]);
    assert.ok(first.nextCursor);
    const second = await list('org_admin', `?q=筛选&limit=2&cursor=${first.nextCursor}`);
    assert.deepEqual(second.items.map((p) => p.id), [a.id]);
    assert.equal(second.nextCursor, null);
    const badCursor = await t().request('org_admin', { method: 'GET', url: '/api/projects?cursor=nonsense' });
    assert.equal(badCursor.statusCode, 400);

    const overdue = (await list('wuxi_xczx', '?q=筛选丙')).items[0]!;
    assert.equal(overdue.overdue, true);
    assert.equal(overdue.overdueDays, 7);
    assert.equal(overdue.landingDue, daysFromToday(-7));
    const chengkou = (await list('chengkou_mz', '?q=筛选乙')).items[0]!;
    assert.equal(chengkou.program?.name, '重庆市社会组织助力乡村振兴（2021 起）');
    assert.deepEqual(chengkou.places, [{ code: CHENGKOU, name: '重庆市 / 城口县' }]);

    // An organization registered in Beijing working in Chongqing is counterpart support.
    const beijing = await otherOrganization();
    await db().updateTable('organizations').set({ registration_level: 'provincial', registration_region_code: '11' }).where('id', '=', beijing.id).execute();
    const east = await createProject(t(), beijing.session.username, { name: '筛选丁' });
    assert.equal(east.isCounterpart, true);
    assert.equal((await list('wuxi_xczx', '?q=筛选丁')).items[0]?.isCounterpart, true);
    assert.equal((await list('wuxi_xczx', '?q=筛选甲')).items[0]?.isCounterpart, false);
  });

  test('while planned every field may change; the edit is recorded once, an unchanged form leaves no trace', async () => {
    const p = await createProject(t(), 'org_admin');
    const res = await patch('org_member', p.id, {
      ...projectBody({ name: '中岗村留守儿童课后服务（扩大）', places: [ZHONGGANG, HONGCHIBA], budgetFen: 1_200_000 }),
      budgetLines: [
        { source: 'own_funds', amountFen: 800_000 },
        { source: 'member_enterprises', amountFen: 400_000 },
      ],
    });
    assert.equal(res.statusCode, 200, res.body);
    const edited = res.json<ProjectDetail>();
    assert.equal(edited.name, '中岗村留守儿童课后服务（扩大）');
    assert.deepEqual(edited.places.map((pl) => pl.code), [HONGCHIBA, ZHONGGANG]);
    assert.equal(edited.budgetFen, 1_200_000);
    assert.deepEqual(edited.budgetLines.map((l) => l.source), ['member_enterprises', 'own_funds']);
    const last = edited.events.at(-1)!;
    assert.equal(last.action, 'edited');
    assert.equal(last.note, '修改了项目名称、实施地区、预算总额、预算来源');
    assert.equal(last.actorName, '山城基金会项目专员（演示）');

    const before = await counts();
    const same = await patch('org_admin', p.id, { name: edited.name, summary: edited.summary, places: [ZHONGGANG, HONGCHIBA] });
    assert.equal(same.statusCode, 200, same.body);
    assert.deepEqual(await counts(), before, 'no event, no audit row');

    const bad = await patch('org_admin', p.id, { plannedEnd: daysFromToday(1), budgetFen: 1_000_000 });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(fieldsOf(bad.body), {
      plannedEnd: '计划结束日期：不能早于计划开始日期',
      budgetLines: '预算来源：各来源合计 12,000.00 元，与预算总额 10,000.00 元不一致',
    });
    assert.deepEqual(await counts(), before);
    const stored = await db().selectFrom('projects').select(['planned_end', 'budget_fen']).where('id', '=', p.id).executeTakeFirstOrThrow();
    assert.deepEqual(stored, { planned_end: edited.plannedEnd, budget_fen: 1_200_000 });

    const stranger = await otherOrganization();
    assert.equal((await patch(stranger.session.username, p.id, { summary: '别人的修改' })).statusCode, 404);
    assert.equal((await patch('wuxi_xczx', p.id, { summary: '部门的修改' })).statusCode, 403);
  });

  test('once signed only the summary, the people responsible and the beneficiaries change; finished projects not at all', async () => {
    const p = await createProject(t(), 'org_admin');
    await setProjectStatus(db(), p.id, 'signed', { signed_on: daysFromToday(0), landing_due: daysFromToday(40) });
    const before = await counts();
    const refused = await patch('org_admin', p.id, { plannedStart: daysFromToday(20), budgetFen: 900_000, summary: '新的简介' });
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(refused.json<Failure>().code, 'PROJECT_STATE');
    assert.deepEqual(fieldsOf(refused.body), {
      plannedStart: '计划开始日期：已签约的项目不能修改',
      budgetFen: '预算总额：已签约的项目不能修改',
    });
    assert.deepEqual(await counts(), before);

    // The form sends everything: unchanged signed fields pass, the changed allowed ones are saved.
    const res = await patch('org_admin', p.id, {
      ...projectBody({ plannedStart: p.plannedStart, plannedEnd: p.plannedEnd }),
      summary: '签约后补充：增加周末阅读活动',
      targetPersons: 80,
      responsible: [{ name: '赵新', post: '项目主管', phone: '023-51234567' }],
    });
    assert.equal(res.statusCode, 200, res.body);
    const edited = res.json<ProjectDetail>();
    assert.equal(edited.summary, '签约后补充：增加周末阅读活动');
    assert.equal(edited.targetPersons, 80);
    assert.equal(edited.responsible[0]?.name, '赵新');
    assert.equal(edited.status, 'signed');
    assert.equal(edited.actions.edit, true);

    for (const status of ['completed', 'closed', 'cancelled', 'signing'] as ProjectStatus[]) {
      await setProjectStatus(db(), p.id, status);
      const res2 = await patch('org_admin', p.id, { summary: `在${status}时修改` });
      assert.equal(res2.statusCode, 409, `${status}: ${res2.body}`);
      assert.match(res2.json<Failure>().message, /^该项目当前为“.+”，不能修改$/);
      assert.equal((await get('org_admin', p.id)).json<ProjectDetail>().actions.edit, false);
    }
  });
});
