import type { AccessCases } from '../../../../test/support/access.ts';
import type { Session, TestApp } from '../../../../test/support/app.ts';
import { chinaToday } from '../../../common/glossary.ts';
import { approvedOrganization, PASSWORD } from '../claims/fixtures.ts';
import type { PutWorkPlanBody, WorkPlanDetail } from './schemas.ts';

const OFFICIALS = ['platform_admin', 'department_official'] as const;
const ORGANIZATIONS = ['organization_admin', 'organization_member'] as const;

const plan = (overrides: Partial<PutWorkPlanBody> = {}): PutWorkPlanBody => ({
  summary: '围绕巫溪县、城口县开展教育和产业帮扶',
  people: 12,
  amountFen: 50_000_000,
  materials: '图书 2000 册',
  ...overrides,
});

async function call(t: TestApp, who: Session | string, method: 'PUT' | 'POST', url: string, payload?: object): Promise<WorkPlanDetail> {
  const res = await t.request(who, { method, url, ...(payload ? { payload } : {}) });
  if (res.statusCode !== 200) throw new Error(`work-plans access cases: ${method} ${url}: ${res.body}`);
  return res.json<WorkPlanDetail>();
}

const cases: AccessCases = async (t) => {
  const thisYear = Number(chinaToday().slice(0, 4));
  // The demo foundation (registered in 重庆市, serving 巫溪县 and 城口县): this year's plan submitted, next year's a
  // draft, last year's a draft for the submit case.
  await call(t, 'org_admin', 'PUT', `/api/work-plans/${thisYear}`, plan());
  const submitted = await call(t, 'org_admin', 'POST', `/api/work-plans/${thisYear}/submit`);
  const draft = await call(t, 'org_admin', 'PUT', `/api/work-plans/${thisYear + 1}`, plan());
  await call(t, 'org_admin', 'PUT', `/api/work-plans/${thisYear - 1}`, plan());

  // An association of 巫溪县 only: 城口县's official does not see its plans.
  const wuxi = await approvedOrganization(t.database.db, { username: 'wp_access_wuxi' });
  const wuxiAdmin = await t.login('wp_access_wuxi', PASSWORD);
  await call(t, wuxiAdmin, 'PUT', `/api/work-plans/${thisYear}`, plan());
  const wuxiPlan = await call(t, wuxiAdmin, 'POST', `/api/work-plans/${thisYear}/submit`);
  if (wuxiPlan.organization.id !== wuxi.id) throw new Error('work-plans access cases: the plan is not the association’s');

  return [
    { route: 'GET /api/work-plans', allowed: [...OFFICIALS, ...ORGANIZATIONS] },
    {
      route: 'GET /api/work-plans/:id',
      url: `/api/work-plans/${submitted.id}`,
      allowed: [...OFFICIALS, ...ORGANIZATIONS],
      outOfScope: [
        { as: 'chengkou_mz', url: `/api/work-plans/${wuxiPlan.id}`, why: '城口县的工作人员看只在巫溪县登记、服务的组织的计划' },
        { as: 'cq_mz', url: `/api/work-plans/${draft.id}`, why: '部门看组织尚未提交的草稿' },
        { as: 'org_admin', url: `/api/work-plans/${wuxiPlan.id}`, why: '组织看另一个组织的计划' },
      ],
    },
    { route: 'GET /api/work-plans/year/:year', url: `/api/work-plans/year/${thisYear}`, allowed: ORGANIZATIONS },
    { route: 'PUT /api/work-plans/:year', url: `/api/work-plans/${thisYear + 1}`, payload: plan({ people: 15 }), allowed: ORGANIZATIONS },
    {
      route: 'POST /api/work-plans/:year/submit',
      url: `/api/work-plans/${thisYear - 1}/submit`,
      allowed: ORGANIZATIONS,
      // The administrator submits the foundation's plan; the member then finds it submitted already.
      statusFor: { organization_member: 409 },
    },
  ];
};

export default cases;
