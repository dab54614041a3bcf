// Access cases of the projects' core routes: create, list, read, edit and files. The demo foundation (org_admin,
// org_member) owns the projects, placed in 中岗村 (巫溪县): the national and Chongqing officials and the 红池坝镇 liaison
// see them; 城口县's official and another organization do not.
import crypto from 'node:crypto';
import type { AccessCases } from '../../../../test/support/access.ts';
import type { TestApp } from '../../../../test/support/app.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import { approvedOrganization, PASSWORD } from '../claims/fixtures.ts';
import { createProject, projectBody } from './fixtures.ts';
import type { ProjectDetail } from './schemas.ts';

const ORGANIZATIONS = ['organization_admin', 'organization_member'] as const;
const READERS = ['platform_admin', 'department_official', 'liaison', ...ORGANIZATIONS] as const;

const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(64)]);

async function uploaded(t: TestApp, who: Parameters<TestApp['request']>[0], projectId: number): Promise<number> {
  const body = multipart({ kind: 'evidence' }, { name: '佐证.png', bytes: png(), type: 'image/png' });
  const res = await t.request(who, { method: 'POST', url: `/api/projects/${projectId}/files`, payload: body.payload, headers: body.headers });
  if (res.statusCode !== 200) throw new Error(`access cases: ${res.body}`);
  return res.json<ProjectDetail>().files.at(-1)!.id;
}

const cases: AccessCases = async (t) => {
  const project = await createProject(t, 'org_admin', { name: '访问测试项目' });
  const fileId = await uploaded(t, 'org_admin', project.id);
  const toDetach = await uploaded(t, 'org_admin', project.id);

  // Another organization's project, for the demo foundation's people to be refused.
  const username = `access_proj_${crypto.randomBytes(3).toString('hex')}`;
  await approvedOrganization(t.database.db, { username });
  const stranger = await t.login(username, PASSWORD);
  const theirs = await createProject(t, stranger.username, { name: '另一组织的项目' });
  const theirFile = await uploaded(t, stranger, theirs.id);

  const upload = multipart({ kind: 'agreement' }, { name: '协议.png', bytes: png(), type: 'image/png' });
  const notTheirs = (url: string, payload?: object) => [
    { as: 'org_admin' as const, url, why: '另一组织的项目', ...(payload ? { payload } : {}) },
  ];
  const outsideArea = (url: string) => [
    { as: 'chengkou_mz' as const, url, why: '城口县的工作人员看巫溪县的项目' },
    { as: 'org_admin' as const, url: url.replace(`/projects/${project.id}`, `/projects/${theirs.id}`).replace(`/files/${fileId}`, `/files/${theirFile}`), why: '另一组织的项目' },
  ];

  return [
    { route: 'POST /api/projects', allowed: ORGANIZATIONS, payload: projectBody({ name: '访问测试新建' }), okStatus: 200 },
    { route: 'GET /api/projects', allowed: READERS },
    {
      route: 'GET /api/projects/:id',
      url: `/api/projects/${project.id}`,
      allowed: READERS,
      outOfScope: outsideArea(`/api/projects/${project.id}`),
    },
    {
      route: 'PATCH /api/projects/:id',
      url: `/api/projects/${project.id}`,
      allowed: ORGANIZATIONS,
      payload: { summary: '访问测试：修改简介' },
      outOfScope: notTheirs(`/api/projects/${theirs.id}`, { summary: '改别人的项目' }),
    },
    {
      route: 'POST /api/projects/:id/files',
      url: `/api/projects/${project.id}/files`,
      allowed: ORGANIZATIONS,
      payload: upload.payload,
      headers: upload.headers,
      // The same content twice: the member's upload finds it already there.
      outOfScope: notTheirs(`/api/projects/${theirs.id}/files`),
    },
    {
      route: 'GET /api/projects/:id/files/:fileId',
      url: `/api/projects/${project.id}/files/${fileId}`,
      allowed: READERS,
      outOfScope: outsideArea(`/api/projects/${project.id}/files/${fileId}`),
    },
    {
      route: 'DELETE /api/projects/:id/files/:fileId',
      url: `/api/projects/${project.id}/files/${toDetach}`,
      allowed: ORGANIZATIONS,
      // The administrator removes it; the member then finds it gone.
      statusFor: { organization_member: 404 },
      outOfScope: notTheirs(`/api/projects/${theirs.id}/files/${theirFile}`),
    },
  ];
};

export default cases;
