import crypto from 'node:crypto';
import type { AccessCases } from '../../../../test/support/access.ts';
import type { TestApp } from '../../../../test/support/app.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import { ROLES } from '../../../common/glossary.ts';
import { needBody } from './fixtures.ts';
import type { NeedDetail } from './schemas.ts';

const MANAGERS = ['platform_admin', 'department_official', 'liaison'] as const;
const OFFICIALS = ['platform_admin', 'department_official'] as const;
/** The first manager (the national admin) does it; the others reach the service and are told the state has moved on. */
const DONE_BY_FIRST = { department_official: 409, liaison: 409 };

async function created(t: TestApp, overrides: Record<string, unknown> = {}): Promise<number> {
  const res = await t.request('hongchiba', { method: 'POST', url: '/api/needs', payload: needBody(overrides) });
  if (res.statusCode !== 200) throw new Error(`access cases: ${res.body}`);
  return res.json<NeedDetail>().id;
}

const cases: AccessCases = async (t) => {
  const db = t.database.db;
  const published = await created(t, { publish: true });
  const draft = await created(t);
  const toWithdraw = await created(t, { publish: true });
  const toTakeDown = await created(t, { publish: true });
  const toClose = await created(t, { publish: true });
  await db.updateTable('needs').set({ status: 'expired' }).where('id', '=', toClose).execute();
  // A need of another village of 红池坝镇: the township's liaison manages it, 中岗村's does not.
  const otherVillage = await db
    .selectFrom('regions')
    .select('code')
    .where('parent_code', '=', '500238118')
    .where('code', '<>', '500238118201')
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const neighbours = await created(t, { regionCode: otherVillage.code, publish: true });

  const png = multipart({}, { name: '现场.png', bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(64)]), type: 'image/png' });
  const upload = async (needId: number) => {
    const res = await t.request('hongchiba', { method: 'POST', url: `/api/needs/${needId}/files`, payload: png.payload, headers: png.headers });
    if (res.statusCode !== 200) throw new Error(`access cases: ${res.body}`);
    return res.json<NeedDetail>().files[0]!.id;
  };
  const fileId = await upload(published);
  const toDetach = await created(t, { publish: true });
  const detachedFile = await upload(toDetach);

  const elsewhere = (url: string, payload?: object) => [
    { as: 'chengkou_mz' as const, url, why: '城口县的工作人员管巫溪县的需求', ...(payload ? { payload } : {}) },
  ];
  const notTheirVillage = (url: string, payload?: object) => [
    { as: 'zhonggang' as const, url, why: '中岗村的联系人管同镇另一个村的需求', ...(payload ? { payload } : {}) },
    ...elsewhere(url, payload),
  ];

  return [
    {
      route: 'POST /api/needs',
      allowed: MANAGERS,
      payload: needBody(),
      outOfScope: [
        { as: 'chengkou_mz', why: '城口县的工作人员为巫溪县发布需求' },
        { as: 'zhonggang', payload: needBody({ regionCode: otherVillage.code }), why: '中岗村的联系人为同镇另一个村发布需求' },
        { as: 'zhonggang', payload: needBody({ regionCode: '500238118' }), why: '村联系人发布全镇的需求' },
      ],
    },
    { route: 'GET /api/needs/managed', allowed: MANAGERS },
    {
      route: 'GET /api/needs/:id',
      url: `/api/needs/${published}`,
      allowed: ROLES,
      outOfScope: [
        { as: 'org_admin', url: `/api/needs/${draft}`, why: '组织看草稿' },
        { as: 'caring', url: `/api/needs/${draft}`, why: '爱心人士看草稿' },
        { as: 'chengkou_mz', url: `/api/needs/${draft}`, why: '城口县的工作人员看巫溪县的草稿' },
      ],
    },
    {
      route: 'PATCH /api/needs/:id',
      url: `/api/needs/${published}`,
      allowed: MANAGERS,
      payload: { description: '访问测试修改说明' },
      outOfScope: [
        ...elsewhere(`/api/needs/${published}`, { description: '越权修改' }),
        { as: 'zhonggang', url: `/api/needs/${neighbours}`, payload: { description: '越权修改' }, why: '中岗村的联系人改邻村的需求' },
      ],
    },
    {
      route: 'POST /api/needs/:id/publish',
      url: `/api/needs/${draft}/publish`,
      allowed: MANAGERS,
      statusFor: DONE_BY_FIRST,
      outOfScope: notTheirVillage(`/api/needs/${neighbours}/publish`),
    },
    {
      route: 'POST /api/needs/:id/withdraw',
      url: `/api/needs/${toWithdraw}/withdraw`,
      allowed: MANAGERS,
      payload: { reason: '访问测试撤回' },
      statusFor: DONE_BY_FIRST,
      outOfScope: notTheirVillage(`/api/needs/${neighbours}/withdraw`, { reason: '越权撤回' }),
    },
    {
      route: 'POST /api/needs/:id/close',
      url: `/api/needs/${toClose}/close`,
      allowed: MANAGERS,
      statusFor: DONE_BY_FIRST,
      outOfScope: notTheirVillage(`/api/needs/${neighbours}/close`),
    },
    {
      route: 'POST /api/needs/:id/take-down',
      url: `/api/needs/${toTakeDown}/take-down`,
      allowed: OFFICIALS,
      payload: { reason: '访问测试下架' },
      statusFor: { department_official: 409 },
      outOfScope: elsewhere(`/api/needs/${neighbours}/take-down`, { reason: '越权下架' }),
    },
    {
      route: 'POST /api/needs/:id/files',
      url: `/api/needs/${published}/files`,
      allowed: MANAGERS,
      payload: png.payload,
      headers: png.headers,
      outOfScope: notTheirVillage(`/api/needs/${neighbours}/files`),
    },
    {
      route: 'DELETE /api/needs/:id/files/:fileId',
      url: `/api/needs/${toDetach}/files/${detachedFile}`,
      allowed: MANAGERS,
      // Removed by the first; the others are told the need has no such file.
      statusFor: { department_official: 404, liaison: 404 },
      outOfScope: elsewhere(`/api/needs/${published}/files/${fileId}`),
    },
    {
      route: 'GET /api/needs/:id/files/:fileId',
      url: `/api/needs/${published}/files/${fileId}`,
      allowed: ROLES,
      outOfScope: [{ as: 'org_admin', url: `/api/needs/${draft}/files/${fileId}`, why: '另一需求（草稿）名下没有这个文件' }],
    },
    {
      route: 'GET /api/claim-settings',
      url: '/api/claim-settings?region=500238',
      allowed: OFFICIALS,
      outOfScope: [{ as: 'chengkou_mz', why: '城口县的工作人员看巫溪县的设置' }],
    },
    {
      route: 'PUT /api/claim-settings',
      allowed: OFFICIALS,
      payload: { lapseDays: 20, region: '500238' },
      outOfScope: [{ as: 'chengkou_mz', payload: { lapseDays: 20, region: '500238' }, why: '城口县的工作人员设置巫溪县' }],
    },
  ];
};
export default cases;
