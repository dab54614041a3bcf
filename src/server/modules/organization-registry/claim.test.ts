import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { withCreditCheckChar } from '../../../common/credit-code.ts';
import { useTestApp } from '../../../../test/support/app.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import type { RegistryImportResult } from './schemas.ts';

const HEADER = '组织名称,统一社会信用代码,组织形式,登记管理机关,业务领域,服务地区,联系人,联系电话';
const CODES = {
  claimable: withCreditCheckChar('51500238MJC000001'),
  throttled: withCreditCheckChar('51500238MJC000002'),
  pending: withCreditCheckChar('51500238MJC000003'),
  unknown: withCreditCheckChar('51500238MJC000009'),
};
const PASSWORD = 'Claim-2026-ok';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

describe('claiming an imported organization', () => {
  const t = useTestApp();

  before(async () => {
    const sheet = [
      HEADER,
      `巫溪县认领测试协会（演示）,${CODES.claimable},社会团体,巫溪县民政局,志愿帮扶,巫溪县,张 认领,139-0000-1001`,
      `巫溪县限流测试协会（演示）,${CODES.throttled},社会团体,巫溪县民政局,志愿帮扶,巫溪县,李限流,13900001002`,
    ].join('\n');
    const res = await t().request('wuxi_xczx', {
      method: 'POST',
      url: '/api/organization-registry/imports',
      ...multipart({}, { name: 'claim.csv', bytes: sheet }),
    });
    assert.equal(res.statusCode, 202, res.body);
    await t().app.jobs.drain();
    const job = await t().request('wuxi_xczx', { method: 'GET', url: `/api/jobs/${res.json<{ jobId: string }>().jobId}` });
    assert.equal(job.json<{ result: RegistryImportResult }>().result.saved, 2, job.body);
    // A registration still under review cannot be claimed either.
    await t().database.db
      .insertInto('organizations')
      .values({
        name: '巫溪县待审认领测试中心（演示）',
        credit_code: CODES.pending,
        form: 'service_agency',
        registration_level: 'county',
        registration_region_code: '500238',
        status: 'pending',
        contact_name: '王待审',
        contact_phone: '13900001003',
      })
      .execute();
  });

  const claim = (body: Record<string, unknown>) =>
    t().request(null, { method: 'POST', url: '/api/organization-registry/claim', payload: body });
  const body = (over: Record<string, unknown> = {}) => ({
    creditCode: CODES.claimable,
    contactName: '张认领',
    contactPhone: '13900001001',
    username: 'claimed_admin',
    displayName: '张认领',
    password: PASSWORD,
    ...over,
  });
  const attempts = async (code: string) =>
    (await t().database.db.selectFrom('login_attempts').select('succeeded').where('username_key', '=', `claim:${code}`).execute()).length;

  test('the same answer for an unknown code, a wrong contact and an organization under review', async () => {
    const unknown = await claim(body({ creditCode: CODES.unknown }));
    const wrongName = await claim(body({ contactName: '张三' }));
    const wrongPhone = await claim(body({ contactPhone: '13900009999' }));
    const pending = await claim(body({ creditCode: CODES.pending, contactName: '王待审', contactPhone: '13900001003' }));
    for (const res of [unknown, wrongName, wrongPhone, pending]) {
      assert.equal(res.statusCode, 400, res.body);
      const { code, message, fields } = res.json<Failure>();
      assert.deepEqual({ code, message, fields }, {
        code: 'CLAIM_FAILED',
        message: '统一社会信用代码与登记的联系人信息不符，无法认领',
        fields: undefined,
      });
    }
    assert.equal(await attempts(CODES.claimable), 2);
    const accounts = await t().database.db.selectFrom('accounts').select('id').where('username_key', '=', 'claimed_admin').execute();
    assert.equal(accounts.length, 0);
  });

  test('bad input is refused field by field and costs no attempt', async () => {
    const before = await attempts(CODES.claimable);
    const badCode = await claim(body({ creditCode: CODES.claimable.slice(0, 17) + (CODES.claimable[17] === '1' ? '2' : '1') }));
    assert.equal(badCode.statusCode, 400);
    assert.match(badCode.json<Failure>().fields?.[0]?.message ?? '', /^统一社会信用代码：第 18 位校验码应为/);
    const weak = await claim(body({ password: 'short' }));
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json<Failure>().code, 'PASSWORD_TOO_WEAK');
    const extra = await claim({ ...body(), role: 'platform_admin' });
    assert.equal(extra.statusCode, 400);
    const badName = await claim(body({ username: '1x' }));
    assert.equal(badName.statusCode, 400);
    assert.equal(await attempts(CODES.claimable), before);
  });

  test('the registered contact claims the account, signs in as its administrator, and only once', async () => {
    // Spaces, dashes and +86 do not matter.
    const res = await claim(body({ contactName: ' 张认领 ', contactPhone: '+86 139 0000 1001', creditCode: ` ${CODES.claimable.toLowerCase()}` }));
    assert.equal(res.statusCode, 200, res.body);
    const reply = res.json<{ organizationId: number; organizationName: string; accountId: number; username: string }>();
    assert.equal(reply.organizationName, '巫溪县认领测试协会（演示）');
    assert.equal(reply.username, 'claimed_admin');

    const account = await t().database.db.selectFrom('accounts').selectAll().where('id', '=', reply.accountId).executeTakeFirstOrThrow();
    assert.equal(account.role, 'organization_admin');
    assert.equal(account.organization_id, reply.organizationId);
    const audit = await t().database.db
      .selectFrom('audit_log')
      .select(['actor_account_id', 'organization_id', 'region_code'])
      .where('action', '=', 'claim')
      .where('entity_id', '=', String(reply.organizationId))
      .execute();
    assert.deepEqual(audit, [{ actor_account_id: reply.accountId, organization_id: reply.organizationId, region_code: '500238' }]);

    const session = await t().login('claimed_admin', PASSWORD);
    const me = await t().request(session, { method: 'GET', url: '/api/auth/session' });
    assert.equal(me.json<{ account: { organizationId: number } }>().account.organizationId, reply.organizationId);

    const again = await claim(body({ username: 'claimed_again' }));
    assert.equal(again.statusCode, 409);
    assert.deepEqual(
      { code: again.json<Failure>().code, message: again.json<Failure>().message },
      { code: 'ALREADY_CLAIMED', message: '该组织已有管理员账号，请联系其管理员或登记管理机关' },
    );
    const admins = await t().database.db
      .selectFrom('accounts')
      .select('id')
      .where('organization_id', '=', reply.organizationId)
      .execute();
    assert.equal(admins.length, 1);
  });

  test('a taken username is refused without claiming', async () => {
    const res = await claim(body({ creditCode: CODES.throttled, contactName: '李限流', contactPhone: '13900001002', username: 'cq_mz' }));
    assert.equal(res.statusCode, 409);
    assert.equal(res.json<Failure>().code, 'USERNAME_TAKEN');
    const accounts = await t().database.db
      .selectFrom('accounts as a')
      .innerJoin('organizations as o', 'o.id', 'a.organization_id')
      .select('a.id')
      .where('o.credit_code', '=', CODES.throttled)
      .execute();
    assert.equal(accounts.length, 0);
  });

  test('after 5 failures for one credit code in 15 minutes, even the right contact waits', async () => {
    const right = body({ creditCode: CODES.throttled, contactName: '李限流', contactPhone: '13900001002', username: 'throttled_admin' });
    for (let i = 0; i < 5; i += 1) {
      const res = await claim({ ...right, contactPhone: `1390000200${i}` });
      assert.equal(res.statusCode, 400);
    }
    const res = await claim(right);
    assert.equal(res.statusCode, 429);
    assert.equal(res.json<Failure>().code, 'RATE_LIMITED');
    assert.match(res.json<Failure>().message, /认领失败次数过多，请 \d+ 分钟后再试/);
    assert.ok(Number(res.headers['retry-after']) > 0);

    // Failures older than the window no longer count.
    await t().database.db
      .updateTable('login_attempts')
      .set({ attempted_at: new Date(Date.now() - 16 * 60_000) })
      .where('username_key', '=', `claim:${CODES.throttled}`)
      .execute();
    const later = await claim(right);
    assert.equal(later.statusCode, 200, later.body);
  });
});
