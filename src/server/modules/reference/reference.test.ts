import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import type { ReferenceItem } from './schemas.ts';

interface List {
  items: ReferenceItem[];
}
interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

describe('reference data: key fields and key populations', () => {
  const t = useTestApp();
  const list = async (path: string, who: string | null = null, query = '') => {
    const res = await t().request(who, { method: 'GET', url: `/api/${path}${query}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<List>().items;
  };
  const auditRows = (entityType: string, code: string) =>
    t()
      .database.db.selectFrom('audit_log')
      .select(['action', 'changes', 'actor_account_id'])
      .where('entity_type', '=', entityType)
      .where('entity_id', '=', code)
      .orderBy('id')
      .execute();

  test('anyone sees the shipped lists in order: article 4 fields first, article 3 groups first', async () => {
    const fields = await list('key-fields');
    assert.deepEqual(
      fields.slice(0, 5).map((f) => f.nameZh),
      ['残疾人帮扶', '医疗救助', '教育帮扶', '产业扶持', '志愿帮扶'],
    );
    for (const code of [
      'employment',
      'consumption',
      'elderly_care',
      'housing',
      'culture',
      'ecology',
      'social_work',
      'disaster_relief',
    ]) {
      assert.ok(
        fields.some((f) => f.code === code),
        code,
      );
    }
    assert.match(fields[0]!.source ?? '', /渝社组办〔2020〕21号 第四条/);
    const populations = await list('key-populations', 'org_member');
    assert.equal(populations[0]?.nameZh, '未脱贫的建档立卡贫困户');
    assert.equal(populations.find((p) => p.code === 'unsafe_housing')?.source, '渝社组办〔2020〕21号 第三条（七）');
    const article3 = populations.filter((p) => p.source?.includes('第三条'));
    assert.equal(article3.length, 9, 'eight groups, the second split into edge and monitored households');
    for (const code of [
      'registered_poor',
      'lifted_out',
      'edge',
      'monitored',
      'dibao',
      'tekun',
      'left_behind_children',
      'left_behind_women',
      'left_behind_elderly',
      'persons_with_disability',
    ]) {
      assert.ok(
        populations.some((p) => p.code === code),
        code,
      );
    }
    const orders = populations.map((p) => p.sortOrder);
    assert.deepEqual(
      orders,
      [...orders].sort((a, b) => a - b),
    );
  });

  test('retired entries: only admins may ask for them; others get 401 or 403', async () => {
    const anonymous = await t().request(null, { method: 'GET', url: '/api/key-fields?includeRetired=true' });
    assert.equal(anonymous.statusCode, 401);
    const official = await t().request('cq_mz', { method: 'GET', url: '/api/key-fields?includeRetired=true' });
    assert.equal(official.statusCode, 403);
    assert.equal(official.json<Failure>().code, 'FORBIDDEN');
    const bad = await t().request(null, { method: 'GET', url: '/api/key-fields?includeRetired=maybe' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json<Failure>().fields?.[0]?.field, 'includeRetired');
  });

  test('an admin adds, edits, retires and restores a key field; each step is audited with before and after', async () => {
    const created = await t().request('admin', {
      method: 'POST',
      url: '/api/key-fields',
      payload: { code: 'digital_skills', nameZh: ' 数字技能帮扶 ', nameEn: 'Digital skills', description: '  ' },
    });
    assert.equal(created.statusCode, 200, created.body);
    const item = created.json<ReferenceItem>();
    assert.equal(item.nameZh, '数字技能帮扶', 'names are trimmed');
    assert.equal(item.description, null, 'a blank description is none');
    const all = await list('key-fields');
    assert.equal(all.at(-1)?.code, 'digital_skills', 'without a sort order it goes last');

    const edited = await t().request('cq_admin', {
      method: 'PATCH',
      url: '/api/key-fields/digital_skills',
      payload: { nameZh: '数字技能培训', sortOrder: 5 },
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json<ReferenceItem>().nameEn, 'Digital skills', 'fields not sent stay as they were');
    assert.equal((await list('key-fields'))[0]?.code, 'digital_skills');

    const retired = await t().request('admin', { method: 'POST', url: '/api/key-fields/digital_skills/retire' });
    assert.equal(retired.statusCode, 200);
    assert.ok(retired.json<ReferenceItem>().retiredAt);
    assert.ok(
      !(await list('key-fields', 'org_admin')).some((f) => f.code === 'digital_skills'),
      'the public no longer sees it',
    );
    const withRetired = await list('key-fields', 'admin', '?includeRetired=true');
    assert.ok(withRetired.find((f) => f.code === 'digital_skills')?.retiredAt);
    const again = await t().request('admin', { method: 'POST', url: '/api/key-fields/digital_skills/retire' });
    assert.equal(again.statusCode, 200, 'retiring twice is harmless');

    const restored = await t().request('admin', { method: 'POST', url: '/api/key-fields/digital_skills/restore' });
    assert.equal(restored.json<ReferenceItem>().retiredAt, null);
    assert.ok((await list('key-fields')).some((f) => f.code === 'digital_skills'));

    const audit = await auditRows('key_field', 'digital_skills');
    assert.deepEqual(
      audit.map((a) => a.action),
      ['create', 'update', 'retire', 'restore'],
      'the second retire wrote nothing',
    );
    assert.equal(audit[0]?.actor_account_id, await t().accountId('admin'));
    assert.deepEqual((audit[1]?.changes as Record<string, unknown>).name_zh, {
      before: '数字技能帮扶',
      after: '数字技能培训',
    });
    assert.deepEqual((audit[1]?.changes as Record<string, unknown>).sort_order, {
      before: all.at(-1)?.sortOrder,
      after: 5,
    });
    assert.equal(audit[1]?.actor_account_id, await t().accountId('cq_admin'));
    assert.ok((audit[2]?.changes as Record<string, { before: unknown }>).retired_at?.before === null);
  });

  test('key populations have the same operations, audited as key_population', async () => {
    const res = await t().request('admin', {
      method: 'POST',
      url: '/api/key-populations',
      payload: {
        code: 'returning_migrants',
        nameZh: '返乡务工人员',
        nameEn: 'Returning migrant workers',
        source: '演示',
        sortOrder: 1000,
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    const retired = await t().request('admin', { method: 'POST', url: '/api/key-populations/tekun/retire' });
    assert.equal(retired.statusCode, 200);
    assert.ok(!(await list('key-populations')).some((p) => p.code === 'tekun'));
    assert.deepEqual(
      (await auditRows('key_population', 'returning_migrants')).map((a) => a.action),
      ['create'],
    );
    assert.deepEqual(
      (await auditRows('key_population', 'tekun')).map((a) => a.action),
      ['retire'],
    );
    // The key fields list is untouched by a population's code.
    assert.ok(!(await list('key-fields')).some((f) => f.code === 'returning_migrants'));
  });

  test('bad input is refused field by field in Chinese and changes nothing', async () => {
    const count = async () =>
      (
        await t()
          .database.db.selectFrom('key_fields')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const auditCount = async () =>
      (
        await t()
          .database.db.selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('entity_type', '=', 'key_field')
          .executeTakeFirstOrThrow()
      ).n;
    const [rowsBefore, auditBefore] = [await count(), await auditCount()];

    const bad = await t().request('admin', {
      method: 'POST',
      url: '/api/key-fields',
      payload: { code: 'Bad Code', nameZh: '', sortOrder: -1, colour: 'red' },
    });
    assert.equal(bad.statusCode, 400);
    const fields = bad.json<Failure>().fields ?? [];
    const byField = Object.fromEntries(fields.map((f) => [f.field, f.message]));
    assert.equal(byField.code, '代码：格式不正确');
    assert.equal(byField.nameZh, '中文名称：不能为空');
    assert.equal(byField.nameEn, '英文名称：必填');
    assert.equal(byField.sortOrder, '排序：不能小于 0');
    assert.equal(byField.colour, '不是可以提交的字段，请删除');

    const blank = await t().request('admin', {
      method: 'POST',
      url: '/api/key-fields',
      payload: { code: 'blank_name', nameZh: '   ', nameEn: 'x' },
    });
    assert.equal(blank.statusCode, 400);
    assert.deepEqual(blank.json<Failure>().fields, [{ field: 'nameZh', message: '中文名称：不能为空' }]);

    const duplicate = await t().request('admin', {
      method: 'POST',
      url: '/api/key-fields',
      payload: { code: 'education', nameZh: '教育', nameEn: 'Education' },
    });
    assert.equal(duplicate.statusCode, 409);
    assert.deepEqual(duplicate.json<Failure>().fields, [{ field: 'code', message: '代码：education 已被使用' }]);

    const renameCode = await t().request('admin', {
      method: 'PATCH',
      url: '/api/key-fields/education',
      payload: { code: 'schooling' },
    });
    assert.equal(renameCode.statusCode, 400, 'a code never changes');
    assert.equal(renameCode.json<Failure>().fields?.[0]?.field, 'code');
    const tooLong = await t().request('admin', {
      method: 'PATCH',
      url: '/api/key-fields/education',
      payload: { description: '长'.repeat(501) },
    });
    assert.equal(tooLong.json<Failure>().fields?.[0]?.message, '说明：最多 500 个字符');

    for (const url of [
      '/api/key-fields/no_such_field',
      '/api/key-fields/no_such_field/retire',
      '/api/key-populations/education/restore',
    ]) {
      const res = await t().request('admin', {
        method: url.endsWith('field') ? 'PATCH' : 'POST',
        url,
        payload: url.endsWith('field') ? { nameZh: '无' } : undefined,
      });
      assert.equal(res.statusCode, 404, url);
    }

    assert.equal(await count(), rowsBefore);
    assert.equal(await auditCount(), auditBefore);
    const education = (await list('key-fields')).find((f) => f.code === 'education');
    assert.equal(education?.nameZh, '教育帮扶');
  });

  test('officials, liaisons and organizations cannot change the lists', async () => {
    for (const who of ['cq_mz', 'hongchiba', 'org_admin', 'caring']) {
      const res = await t().request(who, { method: 'POST', url: '/api/key-fields/education/retire' });
      assert.equal(res.statusCode, 403, who);
    }
    assert.ok((await list('key-fields')).some((f) => f.code === 'education'));
  });
});
