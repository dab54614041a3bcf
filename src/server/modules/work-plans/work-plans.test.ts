import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp, type Session } from '../../../../test/support/app.ts';
import { chinaToday } from '../../../common/glossary.ts';
import type { PairingStatus, ProjectStatus } from '../../../common/projects.ts';
import { approvedOrganization, PASSWORD, ZHONGGANG } from '../claims/fixtures.ts';
import { YEAR_WINDOW_MESSAGE } from './rules.ts';
import type { PutWorkPlanBody, WorkPlanDetail, WorkPlanPage } from './schemas.ts';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

const THIS_YEAR = Number(chinaToday().slice(0, 4));
const CHENGKOU = '500229';

const planBody = (overrides: Partial<PutWorkPlanBody> = {}): PutWorkPlanBody => ({
  summary: '重点帮扶巫溪县、城口县：助学、产业和消费帮扶',
  people: 20,
  amountFen: 12_345_678,
  materials: '图书 3000 册，冬衣 500 套',
  ...overrides,
});

describe('work plans: drafts, submission, officials’ view and the year’s projects and pairings', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  const fieldsOf = (body: string) => Object.fromEntries((JSON.parse(body) as Failure).fields?.map((f) => [f.field, f.message]) ?? []);
  const put = (who: Session | string, year: number, payload: object) => t().request(who, { method: 'PUT', url: `/api/work-plans/${year}`, payload });
  const submit = (who: Session | string, year: number) => t().request(who, { method: 'POST', url: `/api/work-plans/${year}/submit` });
  const get = (who: Session | string, id: number) => t().request(who, { method: 'GET', url: `/api/work-plans/${id}` });
  const list = async (who: Session | string, query = '') => {
    const res = await t().request(who, { method: 'GET', url: `/api/work-plans${query}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<WorkPlanPage>();
  };
  const saved = async (who: Session | string, year: number, overrides: Partial<PutWorkPlanBody> = {}) => {
    const res = await put(who, year, planBody(overrides));
    assert.equal(res.statusCode, 200, res.body);
    return res.json<WorkPlanDetail>();
  };
  const planCount = async () => Number((await db().selectFrom('work_plans').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const demoOrganizationId = async () =>
    (await db().selectFrom('accounts').select('organization_id').where('username_key', '=', 'org_admin').executeTakeFirstOrThrow()).organization_id!;
  /** An approved association of 巫溪县 with an administrator, logged in. */
  const otherOrganization = async (username: string) => {
    const org = await approvedOrganization(db(), { username });
    return { ...org, session: await t().login(username, PASSWORD) };
  };

  test('bad input is refused field by field in Chinese, and nothing is saved', async () => {
    const before = await planCount();

    const schema = await put('org_admin', THIS_YEAR, { summary: '', people: -1, amountFen: 12.5 });
    assert.equal(schema.statusCode, 400, schema.body);
    assert.equal(schema.json<Failure>().code, 'VALIDATION_FAILED');
    const fields = fieldsOf(schema.body);
    assert.match(fields.summary ?? '', /^年度工作计划：/);
    assert.match(fields.people ?? '', /^计划投入人员（人）：/);
    assert.match(fields.amountFen ?? '', /^计划投入资金（分）：/);

    const blank = await put('org_admin', THIS_YEAR, planBody({ summary: '   ' }));
    assert.equal(blank.statusCode, 400, blank.body);
    assert.match(fieldsOf(blank.body).summary ?? '', /^年度工作计划：不能为空/);

    for (const year of [THIS_YEAR - 2, THIS_YEAR + 2]) {
      const res = await put('org_admin', year, planBody());
      assert.equal(res.statusCode, 400, `${year}: ${res.body}`);
      assert.equal(fieldsOf(res.body).year, YEAR_WINDOW_MESSAGE);
    }
    const outOfRange = await put('org_admin', 1999, planBody());
    assert.equal(outOfRange.statusCode, 400, outOfRange.body);
    assert.match(fieldsOf(outOfRange.body).year ?? '', /^年度：/);

    const both = await put('org_admin', THIS_YEAR - 3, planBody({ summary: ' ' }));
    assert.deepEqual(Object.keys(fieldsOf(both.body)).sort(), ['summary', 'year'], 'every problem at once');

    const tooEarly = await submit('org_admin', THIS_YEAR - 2);
    assert.equal(tooEarly.statusCode, 400, tooEarly.body);

    assert.equal(await planCount(), before);
  });

  test('an organization saves a draft, replaces it, submits it, and can change it no more', async () => {
    const year = THIS_YEAR;
    const missing = await t().request('org_admin', { method: 'GET', url: `/api/work-plans/year/${year}` });
    assert.equal(missing.statusCode, 404, missing.body);
    const notYet = await submit('org_admin', year);
    assert.equal(notYet.statusCode, 404, notYet.body);

    const first = await saved('org_admin', year, { materials: '  ' });
    assert.equal(first.status, 'draft');
    assert.equal(first.year, year);
    assert.equal(first.submittedAt, null);
    assert.equal(first.materials, null, 'blank materials are none');
    assert.equal(first.amountFen, 12_345_678);
    assert.deepEqual(first.actions, { edit: true, submit: true });

    // A member of the organization edits the same draft.
    const second = await saved('org_member', year, { summary: '  改为聚焦城口县  ', people: 30, amountFen: 0 });
    assert.equal(second.id, first.id, 'one plan per organization and year');
    assert.equal(second.summary, '改为聚焦城口县');
    assert.equal(second.people, 30);
    assert.equal(second.amountFen, 0);

    const form = await t().request('org_admin', { method: 'GET', url: `/api/work-plans/year/${year}` });
    assert.equal(form.statusCode, 200, form.body);
    assert.equal(form.json<WorkPlanDetail>().summary, '改为聚焦城口县');

    const done = await submit('org_admin', year);
    assert.equal(done.statusCode, 200, done.body);
    const submitted = done.json<WorkPlanDetail>();
    assert.equal(submitted.status, 'submitted');
    assert.ok(submitted.submittedAt);
    assert.deepEqual(submitted.actions, { edit: false, submit: false });

    const change = await put('org_admin', year, planBody({ people: 99 }));
    assert.equal(change.statusCode, 409, change.body);
    assert.equal(change.json<Failure>().code, 'WORK_PLAN_SUBMITTED');
    const again = await submit('org_member', year);
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(again.json<Failure>().code, 'WORK_PLAN_SUBMITTED');
    const row = await db().selectFrom('work_plans').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    assert.equal(row.people, 30, 'the submitted plan is unchanged');

    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'organization_id', 'region_code'])
      .where('entity_type', '=', 'work_plan')
      .where('entity_id', '=', String(first.id))
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['work_plan.create', 'work_plan.update', 'work_plan.submit'],
    );
    assert.equal(audit[0]?.organization_id, await demoOrganizationId());
    assert.equal(audit[0]?.region_code, '50', 'recorded under the registration region');

    const mine = await list('org_admin');
    assert.ok(mine.items.some((p) => p.id === first.id && p.status === 'submitted'));
  });

  test('officials see submitted plans of organizations in scope, never drafts; organizations see only their own', async () => {
    const year = THIS_YEAR + 1;
    const draft = await saved('org_admin', year);
    const other = await otherOrganization('wp_other_admin');
    await saved(other.session, year, { summary: '巫溪县本地助学' });
    const otherSubmit = await submit(other.session, year);
    assert.equal(otherSubmit.statusCode, 200, otherSubmit.body);
    const otherPlan = otherSubmit.json<WorkPlanDetail>();

    // Drafts stay with the organization.
    for (const who of ['cq_mz', 'admin', 'chengkou_mz'] as const) {
      assert.equal((await get(who, draft.id)).statusCode, 404, `${who} reads a draft`);
      assert.ok(!(await list(who, `?year=${year}`)).items.some((p) => p.id === draft.id), `${who} lists a draft`);
    }
    // Another organization's plan does not exist for the demo foundation, draft or submitted.
    assert.equal((await get('org_admin', otherPlan.id)).statusCode, 404);
    assert.equal((await get(other.session, draft.id)).statusCode, 404);
    assert.deepEqual(
      (await list('org_admin', `?year=${year}`)).items.map((p) => p.id),
      [draft.id],
    );
    assert.deepEqual((await list('org_admin', `?organizationId=${other.id}`)).items, []);

    const submitted = await submit('org_admin', year);
    assert.equal(submitted.statusCode, 200, submitted.body);

    // 重庆市 sees both; 巫溪县 sees both (the foundation serves 巫溪县); 城口县 sees the foundation, which serves 城口县
    // (organizations/scope.ts: registered in or serving the scope), but not the association of 巫溪县.
    const ids = async (who: 'cq_mz' | 'wuxi_xczx' | 'chengkou_mz') => (await list(who, `?year=${year}`)).items.map((p) => p.id).sort();
    assert.deepEqual(await ids('cq_mz'), [draft.id, otherPlan.id].sort());
    assert.deepEqual(await ids('wuxi_xczx'), [draft.id, otherPlan.id].sort());
    assert.deepEqual(await ids('chengkou_mz'), [draft.id]);
    const serves = await db()
      .selectFrom('organization_service_regions')
      .select('region_code')
      .where('organization_id', '=', await demoOrganizationId())
      .where('region_code', 'like', `${CHENGKOU}%`)
      .execute();
    assert.ok(serves.length > 0, 'the demo foundation serves 城口县');

    const seen = await get('chengkou_mz', draft.id);
    assert.equal(seen.statusCode, 200, seen.body);
    assert.deepEqual(seen.json<WorkPlanDetail>().actions, { edit: false, submit: false });
    assert.equal((await get('chengkou_mz', otherPlan.id)).statusCode, 404, '城口县 reads a plan of an association of 巫溪县');

    const filtered = await list('cq_mz', `?year=${year}&organizationId=${other.id}`);
    assert.deepEqual(
      filtered.items.map((p) => [p.organization.name, p.people, p.amountFen]),
      [[other.name, 20, 12_345_678]],
    );
  });

  test('a plan counts the organization’s projects starting in its year and its pairings current in that year', async () => {
    const year = THIS_YEAR + 1;
    const org = await otherOrganization('wp_counts_admin');
    const lead = await demoOrganizationId();
    const plan = await saved(org.session, year);
    const creator = await t().accountId('org_admin');
    const program = await db().selectFrom('programs').select('id').where('slug', '=', 'cq-2021-revitalization').executeTakeFirstOrThrow();

    const project = async (organizationId: number, name: string, start: string, budgetFen: number, status: ProjectStatus) => {
      const row = await db()
        .insertInto('projects')
        .values({
          organization_id: organizationId,
          name,
          summary: '测试项目',
          field_codes: ['education'],
          budget_fen: budgetFen,
          planned_start: start,
          planned_end: `${year + 1}-12-31`,
          status,
          created_by: creator,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db().insertInto('project_places').values({ project_id: row.id, region_code: ZHONGGANG }).execute();
      return row.id;
    };
    const planned = await project(org.id, '春季助学', `${year}-03-01`, 300_000, 'planned');
    const signed = await project(org.id, '年末冬衣', `${year}-12-31`, 200_001, 'signed');
    await project(org.id, '已取消的项目', `${year}-05-01`, 900_000, 'cancelled');
    await project(org.id, '下一年的项目', `${year + 1}-01-01`, 900_000, 'planned');
    await project(org.id, '上一年的项目', `${year - 1}-12-31`, 900_000, 'landed');
    await project(lead, '别的组织的项目', `${year}-06-01`, 900_000, 'planned');

    const pairing = async (organizationId: number, title: string, start: string, end: string, status: PairingStatus, member?: number) => {
      const row = await db()
        .insertInto('pairings')
        .values({ program_id: program.id, organization_id: organizationId, title, start_date: start, end_date: end, commitments: '助学', status, amount_fen: 1_000, people: 2 })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (member !== undefined) await db().insertInto('pairing_members').values({ pairing_id: row.id, organization_id: member }).execute();
      return row.id;
    };
    const led = await pairing(org.id, '牵头结对', `${year}-01-01`, `${year + 2}-12-31`, 'confirmed');
    const spanning = await pairing(org.id, '跨年待确认', `${year - 2}-01-01`, `${year}-01-01`, 'pending');
    const joined = await pairing(lead, '参与结对', `${year}-12-31`, `${year + 1}-06-30`, 'confirmed', org.id);
    // Led and listed as a member too: counted once.
    await db().insertInto('pairing_members').values({ pairing_id: led, organization_id: org.id }).execute();
    await pairing(org.id, '已退回', `${year}-01-01`, `${year}-12-31`, 'returned');
    await pairing(org.id, '已终止', `${year}-01-01`, `${year}-12-31`, 'ended');
    await pairing(org.id, '上一年结束', `${year - 2}-01-01`, `${year - 1}-12-31`, 'confirmed');
    await pairing(lead, '别的组织的结对', `${year}-01-01`, `${year}-12-31`, 'confirmed');

    const detail = await get(org.session, plan.id);
    assert.equal(detail.statusCode, 200, detail.body);
    const d = detail.json<WorkPlanDetail>();
    assert.deepEqual(
      d.projects.map((p) => [p.id, p.name, p.status, p.budgetFen, p.plannedStart]),
      [
        [planned, '春季助学', 'planned', 300_000, `${year}-03-01`],
        [signed, '年末冬衣', 'signed', 200_001, `${year}-12-31`],
      ],
    );
    assert.match(d.projects[0]?.places[0] ?? '', /巫溪县 \/ 红池坝镇 \/ 中岗村/);
    assert.deepEqual(
      d.pairings.map((p) => p.id),
      [spanning, led, joined],
    );
    assert.deepEqual([d.projectCount, d.projectBudgetFen, d.pairingCount], [2, 500_001, 3]);

    const row = (await list(org.session, `?year=${year}`)).items.find((p) => p.id === plan.id);
    assert.deepEqual([row?.projectCount, row?.projectBudgetFen, row?.pairingCount], [2, 500_001, 3], 'the list counts the same');
  });

  test('the list pages by year, newest first, with a cursor', async () => {
    const org = await otherOrganization('wp_paging_admin');
    const years = [THIS_YEAR - 1, THIS_YEAR, THIS_YEAR + 1];
    for (const year of years) await saved(org.session, year);
    const first = await t().request(org.session, { method: 'GET', url: '/api/work-plans?limit=2' });
    const page1 = first.json<WorkPlanPage>();
    assert.deepEqual(
      page1.items.map((p) => p.year),
      [THIS_YEAR + 1, THIS_YEAR],
    );
    assert.ok(page1.nextCursor);
    const page2 = (await list(org.session, `?limit=2&cursor=${page1.nextCursor}`)).items.map((p) => p.year);
    assert.deepEqual(page2, [THIS_YEAR - 1]);
    const bad = await t().request(org.session, { method: 'GET', url: '/api/work-plans?cursor=nonsense' });
    assert.equal(bad.statusCode, 400, bad.body);
  });
});
