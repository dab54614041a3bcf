// Access cases of the life-cycle, checklist and landing-settings routes. The projects they act on are put in their
// state by SQL (fixtures.ts), without walking the routes before it.
import { daysFromToday } from '../../../common/glossary.ts';
import type { AccessCases } from '../../../../test/support/access.ts';
import type { ProjectStatus } from '../../../common/projects.ts';
import { approvedOrganization, ZHONGGANG } from '../claims/fixtures.ts';
import { attachFile, insertProject } from './fixtures.ts';

const ORGANIZATION = ['organization_admin', 'organization_member'] as const;
const AREA = ['platform_admin', 'department_official', 'liaison'] as const;
const OFFICIALS = ['platform_admin', 'department_official'] as const;
/** The first caller (org_admin, or the national admin) takes the step; the next finds the status moved on. */
const MEMBER_TOO_LATE = { organization_member: 409 };
const AREA_TOO_LATE = { department_official: 409, liaison: 409 };

const cases: AccessCases = async (t) => {
  const db = t.database.db;
  const other = await approvedOrganization(db, { name: '巫溪县落地访问测试协会' });
  const mine = (status: ProjectStatus) => insertProject(db, { status });
  const theirs = (status: ProjectStatus) => insertProject(db, { status, organizationId: other.id });
  const url = (id: number, action: string) => `/api/projects/${id}/${action}`;

  // The demo foundation's projects in 中岗村 (巫溪县); another organization's project for the foundation's people.
  const landing = await mine('signed');
  const evidence = await attachFile(db, landing, 'evidence');
  const ids = {
    requestSigning: await mine('planned'),
    sign: await mine('signing'),
    returnSigning: await mine('signing'),
    progress: await mine('landed'),
    complete: await mine('in_progress'),
    close: await mine('completed'),
    cancel: await mine('planned'),
    followUp: await mine('signed'),
  };
  const strangers = {
    planned: await theirs('planned'),
    signed: await theirs('signed'),
    landed: await theirs('landed'),
    inProgress: await theirs('in_progress'),
  };
  const neighbour = await db
    .selectFrom('regions')
    .select('code')
    .where('parent_code', '=', ZHONGGANG.slice(0, 9))
    .where('code', '<>', ZHONGGANG)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const nextVillage = await insertProject(db, { status: 'signed', places: [neighbour.code] });
  const today = daysFromToday(0);
  const signBody = { signedOn: today, signedWith: '巫溪县乡村振兴局' };
  const notTheirOrganization = (id: number, action: string, payload?: object) => [
    { as: 'org_admin' as const, url: url(id, action), why: '另一个组织的项目', ...(payload ? { payload } : {}) },
  ];
  const notTheirCounty = (id: number, action: string, payload?: object) => [
    {
      as: 'chengkou_mz' as const,
      url: url(id, action),
      why: '城口县的工作人员看巫溪县的项目',
      ...(payload ? { payload } : {}),
    },
  ];

  return [
    { route: 'GET /api/projects/checklist', allowed: OFFICIALS },
    { route: 'POST /api/projects/checklist/export', allowed: OFFICIALS, payload: { state: 'overdue' }, okStatus: 202 },
    {
      route: 'POST /api/projects/:id/request-signing',
      url: url(ids.requestSigning, 'request-signing'),
      allowed: ORGANIZATION,
      statusFor: MEMBER_TOO_LATE,
      outOfScope: notTheirOrganization(strangers.planned, 'request-signing'),
    },
    {
      route: 'POST /api/projects/:id/sign',
      url: url(ids.sign, 'sign'),
      allowed: AREA,
      payload: signBody,
      statusFor: AREA_TOO_LATE,
      outOfScope: notTheirCounty(ids.sign, 'sign', signBody),
    },
    {
      route: 'POST /api/projects/:id/return-signing',
      url: url(ids.returnSigning, 'return-signing'),
      allowed: AREA,
      payload: { reason: '访问测试退回' },
      statusFor: AREA_TOO_LATE,
      outOfScope: notTheirCounty(ids.returnSigning, 'return-signing', { reason: '访问测试退回' }),
    },
    {
      route: 'POST /api/projects/:id/land',
      url: url(landing, 'land'),
      allowed: ORGANIZATION,
      payload: { landedOn: today, note: '访问测试落地', fileIds: [evidence] },
      statusFor: MEMBER_TOO_LATE,
      outOfScope: notTheirOrganization(strangers.signed, 'land', {
        landedOn: today,
        note: '访问测试落地',
        fileIds: [evidence],
      }),
    },
    {
      route: 'POST /api/projects/:id/progress',
      url: url(ids.progress, 'progress'),
      allowed: ORGANIZATION,
      payload: { note: '访问测试进展' },
      outOfScope: notTheirOrganization(strangers.landed, 'progress', { note: '访问测试进展' }),
    },
    {
      route: 'POST /api/projects/:id/complete',
      url: url(ids.complete, 'complete'),
      allowed: ORGANIZATION,
      payload: { completedOn: today, note: '访问测试完成', fileIds: [] },
      statusFor: MEMBER_TOO_LATE,
      outOfScope: notTheirOrganization(strangers.inProgress, 'complete', {
        completedOn: today,
        note: '访问测试完成',
        fileIds: [],
      }),
    },
    {
      route: 'POST /api/projects/:id/close',
      url: url(ids.close, 'close'),
      allowed: OFFICIALS,
      payload: { note: '访问测试结项' },
      statusFor: { department_official: 409 },
      outOfScope: notTheirCounty(ids.close, 'close', { note: '访问测试结项' }),
    },
    {
      route: 'POST /api/projects/:id/cancel',
      url: url(ids.cancel, 'cancel'),
      allowed: ORGANIZATION,
      payload: { reason: '访问测试取消' },
      statusFor: MEMBER_TOO_LATE,
      outOfScope: notTheirOrganization(strangers.planned, 'cancel', { reason: '访问测试取消' }),
    },
    {
      route: 'POST /api/projects/:id/follow-ups',
      url: url(ids.followUp, 'follow-ups'),
      allowed: AREA,
      payload: { note: '访问测试跟踪' },
      outOfScope: [
        ...notTheirCounty(ids.followUp, 'follow-ups', { note: '访问测试跟踪' }),
        // 中岗村's liaison does not follow a project of another village of the same township.
        {
          as: 'zhonggang',
          url: url(nextVillage, 'follow-ups'),
          payload: { note: '访问测试跟踪' },
          why: '同镇另一个村的项目',
        },
      ],
    },
    {
      route: 'GET /api/landing-settings',
      url: '/api/landing-settings?region=500238',
      allowed: OFFICIALS,
      outOfScope: [
        { as: 'chengkou_mz', url: '/api/landing-settings?region=500238', why: '城口县的工作人员看巫溪县的设置' },
      ],
    },
    {
      route: 'PUT /api/landing-settings',
      allowed: OFFICIALS,
      // The default value: setting it changes no project's due date in the shared test database.
      payload: { graceDays: 30, region: '500243' },
      outOfScope: [
        { as: 'chengkou_mz', payload: { graceDays: 30, region: '500243' }, why: '城口县的工作人员设置彭水县' },
      ],
    },
  ];
};

export default cases;
