import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import { organizationIdOf } from '../coverage/fixtures.ts';
import { appendDrafts, draft } from './fixtures.ts';
import type { AidRecordDetail } from './schemas.ts';
import type { Failure } from './test-helpers.ts';

const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(200)]);
const pdf = () => Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(100)]);

describe('ledger: evidence of a record', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  const upload = (who: string | null, id: number, name: string, bytes: Buffer) => {
    const body = multipart({}, { name, bytes });
    return t().request(who, { method: 'POST', url: `/api/aid-records/${id}/files`, payload: body.payload, headers: body.headers });
  };

  test('the giver adds photos and receipts; those who see the record may open them; others may not', async () => {
    const [record] = await appendDrafts(db(), [draft({ organization_id: await organizationIdOf(db(), 'org_admin') })]);
    const id = record!.id;
    const photo = png();

    assert.equal((await upload(null, id, '现场.png', photo)).statusCode, 401);
    assert.equal((await upload('zhonggang', id, '现场.png', photo)).statusCode, 403);
    assert.equal((await upload('sd_org', id, '现场.png', photo)).statusCode, 404);
    assert.equal((await upload('caring', id, '现场.png', photo)).statusCode, 404);

    const res = await upload('org_member', id, '发放现场.png', photo);
    assert.equal(res.statusCode, 200, res.body);
    const file = res.json<AidRecordDetail>().files[0]!;
    assert.equal(file.name, '发放现场.png');
    assert.equal(file.mime, 'image/png');
    assert.equal(file.sizeBytes, photo.length);
    const receipt = await upload('org_admin', id, '收据.pdf', pdf());
    assert.equal(receipt.statusCode, 200, receipt.body);
    assert.equal(receipt.json<AidRecordDetail>().files.length, 2);
    const again = await upload('org_admin', id, '再传一次.png', photo);
    assert.equal(again.json<AidRecordDetail>().files.length, 2, 'the same content is kept once');
    const fake = await upload('org_admin', id, '伪装.png', Buffer.from('not a picture at all'));
    assert.equal(fake.statusCode, 400);
    assert.match(fake.json<Failure>().fields?.[0]?.message ?? '', /内容与扩展名 \.png 不符/);
    const audit = await db().selectFrom('audit_log').select('action').where('entity_type', '=', 'aid_record').where('entity_id', '=', String(id)).execute();
    assert.deepEqual(audit.map((a) => a.action), ['upload', 'upload']);
    const hashUnchanged = await db().selectFrom('aid_records').select('hash').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(hashUnchanged.hash, record!.hash, 'evidence is not part of the record\'s content');

    const url = `/api/aid-records/${id}/files/${file.id}`;
    for (const who of ['zhonggang', 'wuxi_xczx', 'org_admin']) {
      const got = await t().request(who, { method: 'GET', url });
      assert.equal(got.statusCode, 200, `${who}: ${got.body}`);
      assert.equal(got.headers['content-type'], 'image/png');
      assert.deepEqual(got.rawPayload, photo);
    }
    for (const who of ['chengkou_mz', 'sd_org', 'caring']) {
      assert.equal((await t().request(who, { method: 'GET', url })).statusCode, 404, who);
    }
    assert.equal((await t().request('org_admin', { method: 'GET', url: `/api/aid-records/${id}/files/999999` })).statusCode, 404);
  });
});
