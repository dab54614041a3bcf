import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../../test/support/app.ts';
import type { Actor } from '../../platform/access.ts';
import { SYSTEM_CONTEXT, type RequestContext } from '../../platform/context.ts';
import { createAccount } from '../accounts/service.ts';
import type { RealNameAnswer, RealNameVerifier } from './real-name.ts';
import type { CaringProfile, RegisterCaringBody } from './schemas.ts';
import { registerCaringIndividual, updateOwnProfile } from './service.ts';

interface Failure {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

const URL = '/api/caring-individuals/register';
const ME = '/api/caring-individuals/me';

let serial = 0;
/** A valid registration; each call has its own username and mobile. */
function newBody(overrides: Partial<RegisterCaringBody> = {}): RegisterCaringBody {
  serial += 1;
  return {
    realName: '王小明',
    mobile: `1391234${String(serial).padStart(4, '0')}`,
    regionCode: '500238',
    fieldCodes: ['education', 'volunteering'],
    username: `caring_test_${serial}`,
    password: 'Kind-heart-2026',
    ...overrides,
  };
}

/** Answers as told and remembers what it was asked. */
function fakeVerifier(answer: RealNameAnswer | 'throw'): RealNameVerifier & { calls: [string, string][] } {
  const calls: [string, string][] = [];
  return {
    calls,
    verify: (name, mobile) => {
      calls.push([name, mobile]);
      return answer === 'throw' ? Promise.reject(new Error('service down')) : Promise.resolve(answer);
    },
  };
}

function actorOf(accountId: number, username: string): Actor {
  return {
    accountId,
    username,
    displayName: username,
    role: 'caring_individual',
    departmentKind: null,
    scopeRegionCode: null,
    organizationId: null,
    sessionId: 0,
    csrfToken: '',
    mustChangePassword: false,
  };
}

describe('caring individuals: registration and own profile', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  // Audit rows of accounts and profiles; sign-ins write their own rows and are left out.
  const counts = async () => {
    const n = async (table: 'accounts' | 'caring_individuals' | 'caring_individual_fields') =>
      Number(
        (
          await db()
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const audit = await db()
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entity_type', 'in', ['account', 'caring_individual'])
      .where('action', '<>', 'login')
      .executeTakeFirstOrThrow();
    return {
      accounts: await n('accounts'),
      profiles: await n('caring_individuals'),
      fields: await n('caring_individual_fields'),
      audit: Number(audit.n),
    };
  };
  const fieldsOf = (body: string) =>
    Object.fromEntries((JSON.parse(body) as Failure).fields?.map((f) => [f.field, f.message]) ?? []);
  const register = (payload: object) => t().request(null, { method: 'POST', url: URL, payload });

  test('a visitor registers, can sign in with the new account and sees the profile', async () => {
    const before = await counts();
    const body = newBody({ realName: ' 王 小明 ', mobile: '139 1234 0000', username: 'wang_xm' });
    const res = await register(body);
    assert.equal(res.statusCode, 200, res.body);
    const profile = res.json<CaringProfile>();
    assert.equal(profile.realName, '王小明', 'spaces inside a Chinese name are dropped');
    assert.equal(profile.mobile, '13912340000');
    assert.equal(profile.regionCode, '500238');
    assert.equal(profile.regionPath, '重庆市 / 巫溪县');
    assert.deepEqual(
      profile.fields.map((f) => [f.code, f.nameZh]),
      [
        ['education', '教育帮扶'],
        ['volunteering', '志愿帮扶'],
      ],
    );
    assert.equal(profile.realNameStatus, 'unverified', 'the offline verifier gives no answer');
    assert.equal(profile.username, 'wang_xm');

    const after = await counts();
    assert.equal(after.accounts, before.accounts + 1);
    assert.equal(after.profiles, before.profiles + 1);
    assert.equal(after.fields, before.fields + 2);
    assert.equal(after.audit, before.audit + 2, 'the account and the profile');
    const account = await db()
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', profile.accountId)
      .executeTakeFirstOrThrow();
    assert.equal(account.role, 'caring_individual');
    assert.equal(account.scope_region_code, null);
    assert.equal(account.organization_id, null);
    assert.equal(account.display_name, profile.realName);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'changes', 'actor_account_id'])
      .where('entity_type', '=', 'caring_individual')
      .where('entity_id', '=', String(profile.accountId))
      .executeTakeFirstOrThrow();
    assert.equal(audit.action, 'create');
    assert.equal(audit.actor_account_id, profile.accountId);
    const changes = JSON.stringify(audit.changes);
    assert.ok(!changes.includes('13912340000'), 'the audit log keeps the mobile masked');
    assert.ok(changes.includes('139****0000'));

    const session = await t().login('wang_xm', body.password, true);
    const who = await t().request(session, { method: 'GET', url: '/api/auth/session' });
    assert.equal(who.json<{ account: { role: string; displayName: string } }>().account.role, 'caring_individual');
    const me = await t().request(session, { method: 'GET', url: ME });
    assert.equal(me.statusCode, 200, me.body);
    assert.deepEqual(me.json<CaringProfile>(), profile);
  });

  test('each bad field is answered in Chinese on that field, and nothing is written', async () => {
    const before = await counts();
    const cases: [Partial<RegisterCaringBody>, string, string][] = [
      [{ realName: '' }, 'realName', '姓名：必填'],
      [{ realName: '王' }, 'realName', '姓名：应为 2–30 个字'],
      [{ realName: '王'.repeat(31) }, 'realName', '姓名：应为 2–30 个字'],
      [{ realName: 'Wang 3' }, 'realName', '姓名：只能是汉字或字母（少数民族姓名可用间隔号“·”）'],
      [{ mobile: '' }, 'mobile', '手机号码：必填'],
      [{ mobile: '12345678901' }, 'mobile', '手机号码：应为 11 位手机号（1 开头，第二位为 3–9）'],
      [{ mobile: '1391234000' }, 'mobile', '手机号码：应为 11 位手机号（1 开头，第二位为 3–9）'],
      [{ regionCode: '' }, 'regionCode', '所在地区：必填'],
      [{ regionCode: '50' }, 'regionCode', '所在地区：请选到区县、乡镇（街道）或村（社区）一级'],
      [{ regionCode: '5002' }, 'regionCode', '所在地区：请选到区县、乡镇（街道）或村（社区）一级'],
      [{ regionCode: 'abcdef' }, 'regionCode', '所在地区：请选到区县、乡镇（街道）或村（社区）一级'],
      [{ regionCode: '509999' }, 'regionCode', '所在地区：行政区划代码 509999 不存在'],
      [{ fieldCodes: [] }, 'fieldCodes', '关注的帮扶领域：至少选 1 项'],
      [{ fieldCodes: ['education', 'no_such_field'] }, 'fieldCodes', '关注的帮扶领域：no_such_field 不存在或已停用'],
      [
        {
          fieldCodes: [
            'disability_aid',
            'medical_aid',
            'education',
            'industry',
            'volunteering',
            'social_work',
            'employment',
            'consumption',
            'elderly_care',
            'housing',
            'culture',
          ],
        },
        'fieldCodes',
        '关注的帮扶领域：最多选 10 项',
      ],
      [{ username: '' }, 'username', '用户名：必填'],
      [{ username: '9lives' }, 'username', '用户名：应为 3–32 位，字母开头，可含字母、数字、_ . -'],
      [{ password: '' }, 'password', '密码：必填'],
      [{ password: 'short1' }, 'password', '密码至少 10 个字符'],
      [{ username: 'kindperson', password: 'kindperson-2026' }, 'password', '密码不能包含用户名'],
    ];
    for (const [override, field, message] of cases) {
      const res = await register(newBody(override));
      assert.equal(res.statusCode, 400, `${JSON.stringify(override)}: ${res.body}`);
      assert.equal(res.json<Failure>().code, 'VALIDATION_FAILED');
      assert.deepEqual(fieldsOf(res.body), { [field]: message }, JSON.stringify(override));
    }

    // Everything wrong at once: every field answered together.
    const all = await register({
      realName: 'x',
      mobile: '110',
      regionCode: '50',
      fieldCodes: [],
      username: '_',
      password: 'abc',
    });
    assert.equal(all.statusCode, 400);
    assert.deepEqual(Object.keys(fieldsOf(all.body)).sort(), [
      'fieldCodes',
      'mobile',
      'password',
      'realName',
      'regionCode',
      'username',
    ]);

    // The schema's own checks: a missing field, an unknown field, a wrong type.
    const { mobile: _mobile, ...withoutMobile } = newBody();
    const shape = await register({ ...withoutMobile, fieldCodes: 'education', colour: 'red' });
    assert.equal(shape.statusCode, 400);
    const shapeFields = fieldsOf(shape.body);
    assert.equal(shapeFields.mobile, '手机号码：必填');
    assert.equal(shapeFields.colour, '不是可以提交的字段，请删除');
    assert.equal(shapeFields.fieldCodes, '关注的帮扶领域：应为列表');

    // A retired key field cannot be chosen.
    const retire = await t().request('admin', { method: 'POST', url: '/api/key-fields/culture/retire' });
    assert.equal(retire.statusCode, 200, retire.body);
    const retired = await register(newBody({ fieldCodes: ['culture'] }));
    assert.deepEqual(fieldsOf(retired.body), { fieldCodes: '关注的帮扶领域：culture 不存在或已停用' });
    await t().request('admin', { method: 'POST', url: '/api/key-fields/culture/restore' });

    const after = await counts();
    assert.deepEqual(after, before, 'no account, profile, field or audit row was written');
  });

  test('a registered mobile answers 409 on the mobile field; a taken username 409 on the username', async () => {
    const first = newBody();
    assert.equal((await register(first)).statusCode, 200);
    const before = await counts();

    const sameMobile = await register(newBody({ mobile: `${first.mobile.slice(0, 3)}-${first.mobile.slice(3)}` }));
    assert.equal(sameMobile.statusCode, 409, sameMobile.body);
    assert.equal(sameMobile.json<Failure>().code, 'MOBILE_TAKEN');
    assert.equal(sameMobile.json<Failure>().message, '该手机号已经注册');
    assert.deepEqual(fieldsOf(sameMobile.body), { mobile: '手机号码：该手机号已经注册，请直接登录或换一个号码' });

    // The demo account's mobile is taken too.
    const demo = await register(newBody({ mobile: '13800000000' }));
    assert.equal(demo.json<Failure>().code, 'MOBILE_TAKEN');

    const sameUsername = await register(newBody({ username: first.username.toUpperCase() }));
    assert.equal(sameUsername.statusCode, 409);
    assert.equal(sameUsername.json<Failure>().code, 'USERNAME_TAKEN');
    assert.deepEqual(fieldsOf(sameUsername.body), { username: '用户名：已被使用，请换一个' });

    // With other problems, what is taken is listed among them.
    const mixed = await register(newBody({ mobile: first.mobile, realName: '王' }));
    assert.equal(mixed.statusCode, 400);
    assert.deepEqual(Object.keys(fieldsOf(mixed.body)).sort(), ['mobile', 'realName']);

    assert.deepEqual(await counts(), before);
  });

  test('the real-name verifier’s answer is stored; no answer or a failing service leaves it unverified', async () => {
    const answers = [
      ['verified', 'verified'],
      ['failed', 'failed'],
      ['unavailable', 'unverified'],
      ['throw', 'unverified'],
    ] as const;
    for (const [i, [answer, expected]] of answers.entries()) {
      const verifier = fakeVerifier(answer);
      const body = newBody({ realName: '阿依古丽 · 买买提', mobile: `139-0000-100${i}` });
      const profile = await registerCaringIndividual(db(), SYSTEM_CONTEXT, body, verifier);
      assert.equal(profile.realNameStatus, expected, answer);
      assert.deepEqual(
        verifier.calls,
        [['阿依古丽·买买提', body.mobile.replace(/-/g, '')]],
        'asked with the cleaned values',
      );
      const row = await db()
        .selectFrom('caring_individuals')
        .select('real_name_status')
        .where('account_id', '=', profile.accountId)
        .executeTakeFirstOrThrow();
      assert.equal(row.real_name_status, expected);
    }

    // Editing: the region keeps the status; a new name or mobile is checked afresh.
    const body = newBody();
    const profile = await registerCaringIndividual(db(), SYSTEM_CONTEXT, body, fakeVerifier('verified'));
    const ctx: RequestContext = { actor: actorOf(profile.accountId, body.username), ip: null, requestId: null };
    const silent = fakeVerifier('failed');
    const moved = await updateOwnProfile(db(), ctx, { regionCode: '500238118' }, silent);
    assert.equal(moved.realNameStatus, 'verified');
    assert.deepEqual(silent.calls, [], 'not asked when neither the name nor the mobile changed');
    const renamed = await updateOwnProfile(db(), ctx, { realName: '王大明' }, fakeVerifier('failed'));
    assert.equal(renamed.realNameStatus, 'failed');
    const offline = await updateOwnProfile(db(), ctx, { mobile: '13912349999' });
    assert.equal(offline.realNameStatus, 'unverified', 'a new mobile without an answer resets the status');
  });

  test('the owner reads and edits the profile; a new name resets the real-name status', async () => {
    const body = newBody();
    const created = await registerCaringIndividual(db(), SYSTEM_CONTEXT, body, fakeVerifier('verified'));
    assert.equal(created.realNameStatus, 'verified');
    const session = await t().login(body.username, body.password, true);
    const patch = (payload: object) => t().request(session, { method: 'PATCH', url: ME, payload });

    const moved = await patch({ regionCode: '500238118', fieldCodes: ['industry', 'education', 'industry'] });
    assert.equal(moved.statusCode, 200, moved.body);
    const p1 = moved.json<CaringProfile>();
    assert.equal(p1.regionPath, '重庆市 / 巫溪县 / 红池坝镇');
    assert.deepEqual(
      p1.fields.map((f) => f.code),
      ['education', 'industry'],
    );
    assert.equal(p1.realNameStatus, 'verified', 'moving does not touch the real-name status');

    const auditBefore = (await counts()).audit;
    const same = await patch({ regionCode: '500238118' });
    assert.equal(same.statusCode, 200);
    assert.equal((await counts()).audit, auditBefore, 'no change, no audit row');

    const renamed = await patch({ realName: '王大明' });
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.equal(renamed.json<CaringProfile>().realNameStatus, 'unverified');
    const who = await t().request(session, { method: 'GET', url: '/api/auth/session' });
    assert.equal(who.json<{ account: { displayName: string } }>().account.displayName, '王大明');

    const before = await counts();
    const current = (await t().request(session, { method: 'GET', url: ME })).json<CaringProfile>();
    const bad = await patch({ realName: '1', regionCode: '5002', fieldCodes: [] });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(Object.keys(fieldsOf(bad.body)).sort(), ['fieldCodes', 'realName', 'regionCode']);
    const taken = await patch({ mobile: '13800000000' });
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json<Failure>().code, 'MOBILE_TAKEN');
    assert.deepEqual(fieldsOf(taken.body), { mobile: '手机号码：该手机号已经注册，请直接登录或换一个号码' });
    const extra = await patch({ username: 'someone_else' });
    assert.equal(extra.statusCode, 400);
    assert.equal(fieldsOf(extra.body).username, '不是可以提交的字段，请删除');
    assert.deepEqual(await counts(), before);
    assert.deepEqual((await t().request(session, { method: 'GET', url: ME })).json<CaringProfile>(), current);

    const mobile = await patch({ mobile: '139 8888 7777' });
    assert.equal(mobile.json<CaringProfile>().mobile, '13988887777');
    const audit = await db()
      .selectFrom('audit_log')
      .select(['changes', 'detail'])
      .where('entity_type', '=', 'caring_individual')
      .where('entity_id', '=', String(created.accountId))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(audit.changes).includes('13988887777'), 'the audit log keeps the mobile masked');
    assert.deepEqual(audit.detail, { mobileChanged: true });
  });

  test('a key field retired after it was chosen may be kept, not newly chosen', async () => {
    const body = newBody({ fieldCodes: ['housing', 'education'] });
    const created = await registerCaringIndividual(db(), SYSTEM_CONTEXT, body);
    await t().request('admin', { method: 'POST', url: '/api/key-fields/housing/retire' });
    try {
      const session = await t().login(body.username, body.password, true);
      const keep = await t().request(session, {
        method: 'PATCH',
        url: ME,
        payload: { fieldCodes: ['housing', 'industry'] },
      });
      assert.equal(keep.statusCode, 200, keep.body);
      assert.deepEqual(
        keep.json<CaringProfile>().fields.map((f) => f.code),
        ['industry', 'housing'],
        'in the key fields’ order',
      );
      const other = newBody({ fieldCodes: ['housing'] });
      const refused = await register(other);
      assert.deepEqual(fieldsOf(refused.body), { fieldCodes: '关注的帮扶领域：housing 不存在或已停用' });
      assert.ok(created.accountId > 0);
    } finally {
      await t().request('admin', { method: 'POST', url: '/api/key-fields/housing/restore' });
    }
  });

  test('an account of the role without a profile is told so in Chinese (404)', async () => {
    const accountId = await createAccount(db(), SYSTEM_CONTEXT, {
      username: 'caring_noprofile',
      displayName: '没有资料的爱心人士',
      role: 'caring_individual',
      password: 'Kind-heart-2026',
    });
    assert.ok(accountId > 0);
    const session = await t().login('caring_noprofile', 'Kind-heart-2026', true);
    for (const method of ['GET', 'PATCH'] as const) {
      const res = await t().request(session, {
        method,
        url: ME,
        ...(method === 'PATCH' ? { payload: { regionCode: '500238' } } : {}),
      });
      assert.equal(res.statusCode, 404, res.body);
      assert.equal(res.json<Failure>().message, '您的账号还没有爱心人士资料，请联系平台管理员');
    }
  });

  test('the demo caring individual has a profile; other roles are refused', async () => {
    const me = await t().request('caring', { method: 'GET', url: ME });
    assert.equal(me.statusCode, 200, me.body);
    assert.equal(me.json<CaringProfile>().mobile, '13800000000');
    for (const who of ['admin', 'wuxi_xczx', 'org_admin']) {
      const res = await t().request(who, { method: 'GET', url: ME });
      assert.equal(res.statusCode, 403, who);
    }
    assert.equal((await t().request(null, { method: 'GET', url: ME })).statusCode, 401);
  });
});

describe('caring individuals: the mobile stays out of the logs', () => {
  const lines: string[] = [];
  const t = useTestApp({ logStream: { write: (line: string) => lines.push(line) } });

  test('registering and editing log no mobile number', async () => {
    const body = newBody({ mobile: '13577776666', username: 'caring_logged' });
    const res = await t().request(null, { method: 'POST', url: URL, payload: body });
    assert.equal(res.statusCode, 200, res.body);
    const bad = await t().request(null, { method: 'POST', url: URL, payload: { ...body, username: 'caring_logged2' } });
    assert.equal(bad.statusCode, 409);
    const session = await t().login('caring_logged', body.password, true);
    await t().request(session, { method: 'PATCH', url: ME, payload: { mobile: '13577775555' } });
    assert.ok(lines.length > 0, 'the app logged its requests');
    const log = lines.join('\n');
    assert.ok(!log.includes('13577776666') && !log.includes('13577775555'), 'no mobile in the log');
  });
});
