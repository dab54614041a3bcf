// 50 organizations claim one need at the same moment: exactly its quantity is claimed, never more. On PostgreSQL the
// claims run in parallel transactions on a pool; on PGlite they interleave between every await.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import { AppError } from '../../errors.ts';
import { nameColumns } from '../organizations/names.ts';
import { withCreditCheckChar } from '../../../common/credit-code.ts';
import { organizationContext, publishedNeed } from './fixtures.ts';
import { createClaim } from './service.ts';

const ORGANIZATIONS = 50;

describe('claims under concurrency', () => {
  const t = useTestApp();

  test(`${ORGANIZATIONS} concurrent claims of 10 on a need of 200: exactly 20 succeed`, async () => {
    const db = t().database.db;
    const contexts = [];
    for (let i = 0; i < ORGANIZATIONS; i += 1) {
      const name = `并发认领测试组织${i}`;
      const org = await db
        .insertInto('organizations')
        .values({
          ...nameColumns(name),
          credit_code: withCreditCheckChar(`515002380MJK${String(i).padStart(5, '0')}`),
          form: 'association',
          registration_level: 'county',
          registration_region_code: '500238',
          status: 'approved',
          offers: '[]',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // The service is called directly: the account needs no usable password.
      const account = await db
        .insertInto('accounts')
        .values({
          username: `concurrent${i}`,
          username_key: `concurrent${i}`,
          display_name: `${name}管理员`,
          role: 'organization_admin',
          organization_id: org.id,
          password_hash: 'unusable',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      contexts.push(organizationContext(account.id, org.id));
    }
    const needId = await publishedNeed(db, { kind: 'materials', quantity: 200 });
    const env = { db, config: t().config };

    const outcomes = await Promise.allSettled(
      contexts.map((ctx, i) => createClaim(env, ctx, needId, { quantity: 10, note: `第 ${i} 个组织认领 10 个` })),
    );

    const succeeded = outcomes.filter((o) => o.status === 'fulfilled');
    const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    const codes = failed.map((f) => (f.reason instanceof AppError ? f.reason.code : String(f.reason)));
    assert.equal(succeeded.length, 20, `succeeded ${succeeded.length}; failures: ${[...new Set(codes)].join(', ')}`);
    assert.deepEqual([...new Set(codes)], ['NEED_OVER_CLAIMED']);

    const need = await db.selectFrom('needs').select(['claimed_quantity', 'status']).where('id', '=', needId).executeTakeFirstOrThrow();
    assert.deepEqual(need, { claimed_quantity: 200, status: 'claimed' });
    const claims = await db.selectFrom('claims').select(['quantity', 'status']).where('need_id', '=', needId).execute();
    assert.equal(claims.length, 20, 'a refused claim leaves no row');
    assert.equal(claims.reduce((n, c) => n + c.quantity, 0), 200);
    assert.ok(claims.every((c) => c.status === 'pending'));
    const audit = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'claim.create')
      .executeTakeFirstOrThrow();
    assert.equal(Number(audit.n), 20);
  });
});
