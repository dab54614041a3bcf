import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import type { ProjectStatus } from '../../../common/projects.ts';
import { approvedOrganization, PASSWORD } from '../claims/fixtures.ts';
import { createProject, setProjectStatus } from './fixtures.ts';
import type { ProjectDetail } from './schemas.ts';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A distinct PNG each call (files are kept once per content). */
const png = (size = 256) => Buffer.concat([PNG_SIGNATURE, crypto.randomBytes(size)]);
const pdf = () => Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(128)]);

describe('projects: agreements, evidence and completion reports', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  const upload = (who: string, projectId: number, name: string, bytes: Buffer, kind: string | null = 'evidence') => {
    const body = multipart(kind === null ? {} : { kind }, { name, bytes });
    return t().request(who, { method: 'POST', url: `/api/projects/${projectId}/files`, payload: body.payload, headers: body.headers });
  };
  const fileRows = (projectId: number) => db().selectFrom('project_files').selectAll().where('project_id', '=', projectId).execute();

  test('the organization adds an agreement and evidence; content that is not what its name says is refused', async () => {
    const p = await createProject(t(), 'org_admin');
    const photo = png();
    const res = await upload('org_member', p.id, '落地现场.PNG', photo);
    assert.equal(res.statusCode, 200, res.body);
    const [file] = res.json<ProjectDetail>().files;
    assert.equal(file?.kind, 'evidence');
    assert.equal(file?.mime, 'image/png');
    assert.equal(file?.name, '落地现场.PNG');
    assert.equal(file?.sizeBytes, photo.length);
    assert.equal(file?.url, `/api/projects/${p.id}/files/${file?.id}`);
    const audit = await db().selectFrom('audit_log').select('action').where('entity_type', '=', 'project').where('entity_id', '=', String(p.id)).where('action', '=', 'upload').execute();
    assert.equal(audit.length, 1);

    const agreement = await upload('org_admin', p.id, '帮扶协议.pdf', pdf(), 'agreement');
    assert.equal(agreement.statusCode, 200, agreement.body);
    assert.deepEqual(agreement.json<ProjectDetail>().files.map((f) => f.kind), ['evidence', 'agreement']);

    const again = await upload('org_admin', p.id, '重复.png', photo, 'completion');
    assert.equal(again.statusCode, 200, 'the same content again changes nothing');
    assert.equal((await fileRows(p.id)).length, 2);

    const fake = await upload('org_admin', p.id, '伪装.png', Buffer.from('MZ this is an executable, not a picture'));
    assert.equal(fake.statusCode, 400, fake.body);
    assert.match(fake.json<Failure>().fields?.[0]?.message ?? '', /内容与扩展名 \.png 不符/);
    const exe = await upload('org_admin', p.id, '工具.exe', Buffer.from('MZ'));
    assert.equal(exe.statusCode, 400);
    assert.match(exe.json<Failure>().fields?.[0]?.message ?? '', /只支持图片（PNG、JPEG、WebP）或 PDF 文件/);
    const noKind = await upload('org_admin', p.id, '无类别.png', png(), null);
    assert.equal(noKind.statusCode, 400);
    assert.deepEqual(noKind.json<Failure>().fields, [{ field: 'kind', message: '文件类别：请选择 协议、落地 / 进展佐证 或 完成报告' }]);
    const badKind = await upload('org_admin', p.id, '类别错.png', png(), 'selfie');
    assert.equal(badKind.statusCode, 400);
    assert.equal((await fileRows(p.id)).length, 2);
  });

  test('files up to 20 MB are taken, larger ones refused; a project holds at most 30', async () => {
    const p = await createProject(t(), 'org_admin');
    const big = await upload('org_admin', p.id, '大图.png', png(15 * 1024 * 1024));
    assert.equal(big.statusCode, 200, 'above the need photos\' 10 MB, within 20 MB');
    const huge = await upload('org_admin', p.id, '超大.png', png(20 * 1024 * 1024));
    assert.equal(huge.statusCode, 413, huge.body);
    assert.equal(huge.json<Failure>().code, 'FILE_TOO_LARGE');
    assert.equal((await fileRows(p.id)).length, 1);

    for (let i = 2; i <= 30; i += 1) {
      const res = await upload('org_admin', p.id, `照片${i}.png`, png(32));
      assert.equal(res.statusCode, 200, res.body);
    }
    const extra = await upload('org_admin', p.id, '第31个.png', png(32));
    assert.equal(extra.statusCode, 400);
    assert.deepEqual(extra.json<Failure>().fields, [{ field: 'file', message: '文件：已有 30 个文件，不能再添加' }]);
    assert.equal((await fileRows(p.id)).length, 30);
  });

  test('files are served to whoever may see the project, and to no one else', async () => {
    const p = await createProject(t(), 'org_admin');
    const bytes = pdf();
    const res = await upload('org_admin', p.id, '协议（签字版）.pdf', bytes, 'agreement');
    const file = res.json<ProjectDetail>().files[0]!;
    for (const who of ['org_admin', 'org_member', 'wuxi_xczx', 'hongchiba', 'zhonggang', 'cq_mz']) {
      const served = await t().request(who, { method: 'GET', url: file.url });
      assert.equal(served.statusCode, 200, `${who}: ${served.body}`);
      assert.equal(served.headers['content-type'], 'application/pdf');
      assert.equal(served.headers['cache-control'], 'private, max-age=300');
      assert.match(String(served.headers['content-disposition']), /filename\*=UTF-8''%E5%8D%8F%E8%AE%AE/);
      assert.deepEqual(served.rawPayload, bytes);
    }
    const username = `files_org_${crypto.randomBytes(3).toString('hex')}`;
    await approvedOrganization(db(), { username });
    const stranger = await t().login(username, PASSWORD);
    for (const who of ['chengkou_mz', stranger]) {
      const refused = await t().request(who, { method: 'GET', url: file.url });
      assert.equal(refused.statusCode, 404, `${typeof who === 'string' ? who : 'another organization'}: ${refused.body}`);
    }
    assert.equal((await t().request('caring', { method: 'GET', url: file.url })).statusCode, 403);
    assert.equal((await t().request(stranger, { method: 'POST', url: `/api/projects/${p.id}/files`, ...multipartBody() })).statusCode, 404);
    assert.equal((await t().request('org_admin', { method: 'GET', url: `/api/projects/${p.id}/files/${file.id + 1000}` })).statusCode, 404);
  });

  test('files are removed until the project lands, and added until it is closed', async () => {
    const p = await createProject(t(), 'org_admin');
    const first = (await upload('org_admin', p.id, '删除前.png', png())).json<ProjectDetail>().files[0]!;
    const removed = await t().request('org_member', { method: 'DELETE', url: `/api/projects/${p.id}/files/${first.id}` });
    assert.equal(removed.statusCode, 200, removed.body);
    assert.deepEqual(removed.json<ProjectDetail>().files, []);
    const deleteAudit = await db().selectFrom('audit_log').select('action').where('entity_type', '=', 'project').where('entity_id', '=', String(p.id)).where('action', '=', 'delete').execute();
    assert.equal(deleteAudit.length, 1);
    const gone = await t().request('org_admin', { method: 'DELETE', url: `/api/projects/${p.id}/files/${first.id}` });
    assert.equal(gone.statusCode, 404);

    const evidence = (await upload('org_admin', p.id, '佐证.png', png())).json<ProjectDetail>().files[0]!;
    await setProjectStatus(db(), p.id, 'signed');
    const whileSigned = await upload('org_admin', p.id, '签约后.png', png());
    assert.equal(whileSigned.statusCode, 200);
    await setProjectStatus(db(), p.id, 'landed');
    const locked = await t().request('org_admin', { method: 'DELETE', url: `/api/projects/${p.id}/files/${evidence.id}` });
    assert.equal(locked.statusCode, 409, locked.body);
    assert.equal(locked.json<Failure>().code, 'PROJECT_STATE');
    assert.equal(locked.json<Failure>().message, '该项目当前为“已落地”，不能删除文件');
    assert.equal((await fileRows(p.id)).length, 2);
    assert.equal((await t().request('org_admin', { method: 'GET', url: `/api/projects/${p.id}` })).json<ProjectDetail>().actions.upload, true);

    for (const status of ['closed', 'cancelled'] as ProjectStatus[]) {
      await setProjectStatus(db(), p.id, status);
      const refused = await upload('org_admin', p.id, `${status}.png`, png());
      assert.equal(refused.statusCode, 409, `${status}: ${refused.body}`);
      assert.equal((await t().request('org_admin', { method: 'GET', url: `/api/projects/${p.id}` })).json<ProjectDetail>().actions.upload, false);
    }
    assert.equal((await fileRows(p.id)).length, 2);
  });
});

function multipartBody() {
  const body = multipart({ kind: 'evidence' }, { name: '别人的.png', bytes: png() });
  return { payload: body.payload, headers: body.headers };
}
