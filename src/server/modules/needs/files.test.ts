import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { describe, test } from 'node:test';
import { useTestApp, type DemoUsername } from '../../../../test/support/app.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import { needBody } from './fixtures.ts';
import type { NeedDetail } from './schemas.ts';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A distinct PNG each call (files are kept once per content). */
const png = (size = 256) => Buffer.concat([PNG_SIGNATURE, crypto.randomBytes(size)]);
const pdf = () => Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(128)]);

describe('needs: photos and documents', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  const created = async (overrides: Record<string, unknown> = {}) => {
    const res = await t().request('hongchiba', { method: 'POST', url: '/api/needs', payload: needBody(overrides) });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<NeedDetail>();
  };
  const upload = (who: DemoUsername, needId: number, name: string, bytes: Buffer) => {
    const body = multipart({}, { name, bytes });
    return t().request(who, { method: 'POST', url: `/api/needs/${needId}/files`, payload: body.payload, headers: body.headers });
  };
  const fileRows = async (needId: number) => db().selectFrom('need_files').selectAll().where('need_id', '=', needId).execute();

  test('a liaison adds a photo and a PDF; files whose content is not what their name says are refused', async () => {
    const need = await created({ publish: true });
    const photo = png();
    const res = await upload('hongchiba', need.id, '现场照片.PNG', photo);
    assert.equal(res.statusCode, 200, res.body);
    const [file] = res.json<NeedDetail>().files;
    assert.equal(file?.kind, 'photo');
    assert.equal(file?.mime, 'image/png');
    assert.equal(file?.name, '现场照片.PNG');
    assert.equal(file?.sizeBytes, photo.length);
    assert.equal(file?.url, `/api/needs/${need.id}/files/${file?.id}`);
    const audit = await db().selectFrom('audit_log').select(['action', 'detail']).where('entity_type', '=', 'need').where('entity_id', '=', String(need.id)).where('action', '=', 'upload').execute();
    assert.equal(audit.length, 1);

    const document = await upload('hongchiba', need.id, '预算表.pdf', pdf());
    assert.equal(document.statusCode, 200, document.body);
    assert.deepEqual(document.json<NeedDetail>().files.map((f) => f.kind), ['photo', 'document']);

    const again = await upload('hongchiba', need.id, '重复.png', photo);
    assert.equal(again.statusCode, 200, 'the same content again changes nothing');
    assert.equal((await fileRows(need.id)).length, 2);

    const fake = await upload('hongchiba', need.id, '伪装.png', Buffer.from('MZ this is an executable, not a picture'));
    assert.equal(fake.statusCode, 400, fake.body);
    assert.match(fake.json<Failure>().fields?.[0]?.message ?? '', /内容与扩展名 \.png 不符/);
    const fakePdf = await upload('hongchiba', need.id, '伪装.pdf', png());
    assert.equal(fakePdf.statusCode, 400);
    const exe = await upload('hongchiba', need.id, '工具.exe', Buffer.from('MZ'));
    assert.equal(exe.statusCode, 400);
    assert.match(exe.json<Failure>().fields?.[0]?.message ?? '', /只支持图片（PNG、JPEG、WebP）或 PDF 文件/);
    assert.equal((await fileRows(need.id)).length, 2);
  });

  test('photos up to 10 MB are taken, larger ones refused', async () => {
    const need = await created();
    const big = await upload('hongchiba', need.id, '大图.png', png(3 * 1024 * 1024));
    assert.equal(big.statusCode, 200, 'above the JSON body limit but within 10 MB');
    const huge = await upload('hongchiba', need.id, '超大.png', png(10 * 1024 * 1024));
    assert.equal(huge.statusCode, 413, huge.body);
    assert.equal(huge.json<Failure>().code, 'FILE_TOO_LARGE');
    assert.equal((await fileRows(need.id)).length, 1);
  });

  test('a need holds at most 9 files', async () => {
    const need = await created();
    for (let i = 1; i <= 9; i += 1) {
      const res = await upload('hongchiba', need.id, `照片${i}.png`, png());
      assert.equal(res.statusCode, 200, res.body);
    }
    const tenth = await upload('hongchiba', need.id, '照片10.png', png());
    assert.equal(tenth.statusCode, 400, tenth.body);
    assert.match(tenth.json<Failure>().message, /最多 9 个文件/);
    assert.equal((await fileRows(need.id)).length, 9);
  });

  test('only those who may see the need get the file; its managers remove it', async () => {
    const draft = await created();
    const bytes = png();
    const added = (await upload('hongchiba', draft.id, '草稿附件.png', bytes)).json<NeedDetail>().files[0]!;
    const url = added.url;
    const own = await t().request('hongchiba', { method: 'GET', url });
    assert.equal(own.statusCode, 200);
    assert.deepEqual(own.rawPayload, bytes);
    assert.equal(own.headers['content-type'], 'image/png');
    assert.match(String(own.headers['content-disposition']), /^inline; filename="[^"]*"; filename\*=UTF-8''%E8%8D%89/);
    assert.match(String(own.headers['cache-control']), /^private/);
    assert.equal((await t().request('org_admin', { method: 'GET', url })).statusCode, 404, 'a draft’s file is not the organization’s to see');
    assert.equal((await t().request('chengkou_mz', { method: 'GET', url })).statusCode, 404);
    assert.equal((await t().request(null, { method: 'GET', url })).statusCode, 401);

    const published = await t().request('hongchiba', { method: 'POST', url: `/api/needs/${draft.id}/publish` });
    assert.equal(published.statusCode, 200, published.body);
    const seen = await t().request('org_admin', { method: 'GET', url });
    assert.equal(seen.statusCode, 200);
    assert.deepEqual(seen.rawPayload, bytes);
    const other = await created({ publish: true });
    assert.equal((await t().request('org_admin', { method: 'GET', url: `/api/needs/${other.id}/files/${added.id}` })).statusCode, 404, 'the file belongs to another need');

    assert.equal((await t().request('org_admin', { method: 'DELETE', url })).statusCode, 403);
    assert.equal((await t().request('chengkou_mz', { method: 'DELETE', url })).statusCode, 404);
    const removed = await t().request('zhonggang', { method: 'DELETE', url });
    assert.equal(removed.statusCode, 200, removed.body);
    assert.deepEqual(removed.json<NeedDetail>().files, []);
    assert.equal((await fileRows(draft.id)).length, 0);
    assert.equal((await t().request('hongchiba', { method: 'GET', url })).statusCode, 404);
    assert.equal((await t().request('hongchiba', { method: 'DELETE', url })).statusCode, 404);
  });

  test('no files are added to a need that is over', async () => {
    const need = await created({ publish: true });
    await db().updateTable('needs').set({ status: 'closed' }).where('id', '=', need.id).execute();
    const res = await upload('hongchiba', need.id, '迟到.png', png());
    assert.equal(res.statusCode, 409);
    assert.match(res.json<Failure>().message, /“已关闭”/);
  });
});
