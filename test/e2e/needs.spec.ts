// Issue 6 end to end: a township liaison publishes a village need and registers a household and publishes its need;
// the demo foundation finds the village need among its suggestions and claims half; a second organization finds it
// by search and claims the rest; the liaison confirms both (one from the list, one from the need's page); a caring
// individual takes the household need, the liaison confirms, and the helper sees only the masked household; the
// public page shows the need fully claimed by both organizations and the household need without any name.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { withCreditCheckChar } from '../../src/common/credit-code.ts';
import { chinaToday } from '../../src/common/glossary.ts';
import { idNumberCheckChar, maskPersonName } from '../../src/common/id-number.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/seed.ts';
import { startStack, submitLogin, waitForText, type Stack } from './support.ts';

let stack: Stack;

// The second organization: an imported demo organization whose account is claimed with the contact the registry holds.
const SECOND = {
  name: '巫溪县志愿者协会（演示）',
  creditCode: withCreditCheckChar('51500238MJP100056'),
  contactName: '郑志远',
  contactPhone: '13800000105',
  username: 'wuxi_zhiyuan_e2e',
  displayName: '郑志远（端到端）',
  password: 'Zhiyuan-2026-e2e',
};
const FOUNDATION = '重庆山城乡村发展基金会（演示）';
// The demo caring individual's real name: the liaison sees it, the public only “爱心人士”.
const CARING_NAME = '林爱华';

before(async () => {
  stack = await startStack();
  // Node's fetch sends no Origin, and an anonymous request needs no CSRF token: the registry claim as the /claim page
  // would send it.
  const res = await fetch(`${stack.baseUrl}/api/organization-registry/claim`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      creditCode: SECOND.creditCode,
      contactName: SECOND.contactName,
      contactPhone: SECOND.contactPhone,
      username: SECOND.username,
      displayName: SECOND.displayName,
      password: SECOND.password,
    }),
  });
  assert.equal(res.status, 200, await res.text());
  // The demo's projects (seeded before the stack reports ready) have told the township's liaison about signings: the
  // claims this scenario makes are then the only unread notices in the liaison's bell.
  await markAllRead('hongchiba');
});

async function markAllRead(username: string): Promise<void> {
  const login = await fetch(`${stack.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  assert.equal(login.status, 200, await login.clone().text());
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const read = await fetch(`${stack.baseUrl}/api/notifications/read-all`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } });
  assert.equal(read.status, 200, await read.text());
}

after(async () => {
  if (process.env.BANGFU_E2E_SERVER_LOG) process.stdout.write(stack?.serverOutput() ?? '');
  await stack?.stop();
});

function daysAhead(days: number): string {
  const d = new Date(`${chinaToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const VILLAGE_NEED = {
  title: '兴合村留守儿童助学金（端到端）',
  description: '兴合村 32 名留守儿童就读镇中心小学，需助学金 2 万元用于秋季学期的午餐与交通补助。',
  deadline: daysAhead(60),
};
// A fictional head of household of 兴合村, with a valid check digit (born 1976-08-14 in 巫溪县).
const HEAD_NAME = '谭永福';
const MASKED = maskPersonName(HEAD_NAME);
const ID_FIRST17 = '50023819760814637';
const ID_NUMBER = ID_FIRST17 + idNumberCheckChar(ID_FIRST17);
const HOUSEHOLD_NEED = {
  title: '困难家庭学生秋季学费（端到端）',
  description: '家中孩子考上县城高中，秋季学期学费和住宿费共 3000 元，家庭一时难以负担。',
  deadline: daysAhead(45),
};

// What the steps hand on to the next ones.
const state = { villageNeedId: '', householdNeedId: '', foundationClaim: '', secondClaim: '', caringClaim: '' };

function earlier(value: string, what: string): string {
  assert.ok(value, `an earlier step failed: no ${what}`);
  return value;
}

async function signIn(page: Page, username: string, password: string, displayName: string): Promise<void> {
  await submitLogin(page, username, password);
  await waitForText(page.getByTestId('current-user'), displayName);
}

/** Picks the option of the open Ant Design select (or cascader search) that shows `text`. */
async function pickOption(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

/** The date picker takes the typed date on Enter. */
async function typeDate(page: Page, testId: string, date: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(date);
  await page.keyboard.press('Enter');
}

/** The id at the end of the page's address once it is /<prefix>/<id>. */
async function idFromUrl(page: Page, prefix: string): Promise<string> {
  const pattern = new RegExp(`/${prefix}/(\\d+)$`);
  await page.waitForURL(pattern);
  return pattern.exec(new URL(page.url()).pathname)?.[1] ?? '';
}

/** Claims the need open on the page: the amount in 元 for an organization (undefined: a caring individual). */
async function claim(page: Page, note: string, yuan?: string): Promise<string> {
  await page.getByTestId('need-claim').click();
  if (yuan !== undefined) await page.getByTestId('claim-quantity').fill(yuan);
  await page.getByTestId('claim-note').fill(note);
  await page.getByTestId('claim-submit').click();
  await page.getByTestId('claim-created').waitFor();
  const href = (await page.getByTestId('claim-created-link').getAttribute('href')) ?? '';
  return /^\/claims\/(\d+)$/.exec(href)?.[1] ?? '';
}

/** Confirms a pending claim with its inline button and the popconfirm's OK. */
async function confirmClaim(page: Page, claimId: string): Promise<void> {
  await page.getByTestId(`claim-confirm-${claimId}`).click();
  await page.getByTestId(`claim-confirm-ok-${claimId}`).click();
  await page.getByTestId(`claim-confirm-${claimId}`).waitFor({ state: 'detached' });
}

test('the liaison publishes a village need and, for a household registered on the way, a household need', async () => {
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, 'hongchiba', DEMO_PASSWORD, '红池坝镇联系人（演示）');

    // The village need, from the needs page's form.
    await page.getByTestId('menu-needs-manage').click();
    await waitForText(page.getByTestId('page-title'), '需求发布与管理');
    await page.goto('/needs/new');
    await waitForText(page.getByTestId('page-title'), '发布需求');
    await page.getByTestId('need-form-place').click();
    await page.keyboard.type('兴合');
    await pickOption(page, '兴合');
    await page.getByTestId('need-form-title').fill(VILLAGE_NEED.title);
    await page.getByTestId('need-form-description').fill(VILLAGE_NEED.description);
    await page.getByTestId('need-form-field').click();
    await pickOption(page, '教育帮扶');
    await page.getByTestId('need-form-money').fill('20000');
    await typeDate(page, 'need-form-deadline', VILLAGE_NEED.deadline);
    await page.getByTestId('need-form-contact-phone').fill('15730595678');
    await page.getByTestId('need-form-publish').click();
    state.villageNeedId = await idFromUrl(page, 'needs');
    await waitForText(page.getByTestId('page-title'), VILLAGE_NEED.title);
    await waitForText(page.getByTestId('need-status'), '已发布');
    await waitForText(page.getByTestId('need-region'), /兴合村/);
    await waitForText(page.getByTestId('need-what'), /20,000\.00 元/);
    await waitForText(page.getByTestId('need-progress-remaining'), '尚余 20,000.00 元');
    await waitForText(page.getByTestId('need-deadline'), new RegExp(VILLAGE_NEED.deadline));

    // A household of 兴合村: registered, then its whole record (the liaison's own, logged) with the way to its need.
    await page.getByTestId('menu-households').click();
    await waitForText(page.getByTestId('page-title'), '住户');
    await page.getByTestId('households-register').click();
    await page.getByTestId('household-form-village').click();
    await page.keyboard.type('兴合');
    await pickOption(page, '兴合');
    await page.getByTestId('household-form-head-name').fill(HEAD_NAME);
    await page.getByTestId('household-form-id-number').fill(ID_NUMBER);
    await page.getByTestId('household-form-members').fill('4');
    await page.getByTestId('household-form-minors').fill('1');
    await page.getByTestId('household-form-category').click();
    await pickOption(page, /^低保户$/);
    await page.getByTestId('household-form-situation-gaokao_family').click();
    await page.getByTestId('household-form-save').click();
    await idFromUrl(page, 'households');
    await waitForText(page.getByTestId('household-head-name'), HEAD_NAME);
    await waitForText(page.getByTestId('household-id-number'), ID_NUMBER);
    await page.getByTestId('household-read-logged').waitFor();

    await page.getByTestId('household-new-need').click();
    await page.waitForURL(/\/needs\/new\?household=\d+$/);
    // The form shows the household as claimants will see it.
    await waitForText(page.getByTestId('need-form-household'), new RegExp(`${MASKED} · .*兴合村`));
    await page.getByTestId('need-form-title').fill(HOUSEHOLD_NEED.title);
    await page.getByTestId('need-form-description').fill(HOUSEHOLD_NEED.description);
    await page.getByTestId('need-form-field').click();
    await pickOption(page, '教育帮扶');
    await page.getByTestId('need-form-money').fill('3000');
    await typeDate(page, 'need-form-deadline', HOUSEHOLD_NEED.deadline);
    await page.getByTestId('need-form-contact-phone').fill('15730595678');
    await page.getByTestId('need-form-publish').click();
    state.householdNeedId = await idFromUrl(page, 'needs');
    await waitForText(page.getByTestId('page-title'), HOUSEHOLD_NEED.title);
    await waitForText(page.getByTestId('need-status'), '已发布');
    await page.getByTestId('household-need').waitFor();
    await waitForText(page.getByTestId('need-household-summary'), new RegExp(`^${MASKED} · 低保户`));
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('the foundation finds the village need among its suggestions, with the reasons, and claims half', async () => {
  const needId = earlier(state.villageNeedId, 'village need');
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, 'org_admin', DEMO_PASSWORD, '山城基金会管理员（演示）');
    await page.getByTestId('menu-needs').click();
    await waitForText(page.getByTestId('page-title'), '找需求');
    // 为我推荐 is the first tab: the need fits the foundation's field and its service region.
    const card = page.getByTestId('needs-suggested-list').getByTestId(`need-card-${needId}`);
    await card.waitFor();
    const reasons = page.getByTestId(`need-reasons-${needId}`);
    await waitForText(reasons, /领域相符：教育帮扶/);
    await waitForText(reasons, /在服务地区内：[^ ]*巫溪县/);
    await waitForText(reasons, /可提供：资金/);
    await card.click();

    await waitForText(page.getByTestId('page-title'), VILLAGE_NEED.title);
    // Not confirmed yet: the contact stays hidden.
    await page.getByTestId('need-contact-hidden').waitFor();
    state.foundationClaim = await claim(page, '基金会“春蕾助学”项目资助 1 万元，下月初拨付到村集体账户。', '10000');
    assert.ok(state.foundationClaim, 'the claim was created');
    await waitForText(page.getByTestId('need-status'), '部分认领');
    await waitForText(page.getByTestId('need-progress-remaining'), '尚余 10,000.00 元');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a second organization finds the need by search and claims the rest: the need is fully claimed', async () => {
  const needId = earlier(state.villageNeedId, 'village need');
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, SECOND.username, SECOND.password, SECOND.displayName);
    await page.getByTestId('menu-needs').click();
    await page.getByTestId('needs-tab-all').click();
    await page.getByTestId('needs-filter-q').locator('input').fill('留守儿童助学金');
    await page.getByTestId('needs-filter-q').locator('input').press('Enter');
    const card = page.getByTestId('needs-list').getByTestId(`need-card-${needId}`);
    await waitForText(card.getByTestId(`need-card-${needId}-progress-remaining`), '尚余 10,000.00 元');
    await card.click();

    await waitForText(page.getByTestId('page-title'), VILLAGE_NEED.title);
    // The claim form offers what remains.
    await page.getByTestId('need-claim').click();
    assert.equal(await page.getByTestId('claim-quantity').inputValue(), '10000.00');
    await page.getByRole('button', { name: /^取\s*消$/ }).click();
    state.secondClaim = await claim(page, '协会组织志愿者募集 1 万元，两周内交到兴合村村委会。');
    assert.ok(state.secondClaim, 'the claim was created');
    await waitForText(page.getByTestId('need-status'), '已认领满');
    await waitForText(page.getByTestId('need-progress-remaining'), '尚余 0.00 元');
    await waitForText(page.getByTestId('need-progress'), /已认领 100%/);
    assert.equal(await page.getByTestId('need-claim').count(), 0);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('the liaison is told, confirms one claim from the list and the other from the need: the need is matched', async () => {
  const needId = earlier(state.villageNeedId, 'village need');
  const first = earlier(state.foundationClaim, 'foundation claim');
  const second = earlier(state.secondClaim, 'second claim');
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, 'hongchiba', DEMO_PASSWORD, '红池坝镇联系人（演示）');
    // Two claims on the need: two unread notifications in the bell, each leading to the need.
    await waitForText(page.getByTestId('notification-count'), '2');
    await page.getByTestId('notification-bell').click();
    const latest = page.getByTestId('notification-latest');
    await waitForText(latest, /新的认领待确认/);
    await latest.locator('[data-unread="true"]').first().click();
    await page.waitForURL(new RegExp(`/needs/${needId}$`));
    await waitForText(page.getByTestId('notification-count'), '1');

    // The first from 认领与对接: both wait there, with who claimed how much.
    await page.getByTestId('menu-claims').click();
    await waitForText(page.getByTestId('page-title'), '认领与对接');
    const pending = page.getByTestId('claims-pending-table');
    await waitForText(pending.getByTestId(`claim-claimant-${first}`), FOUNDATION);
    await waitForText(pending.getByTestId(`claim-quantity-${first}`), '10,000.00 元');
    await waitForText(pending.getByTestId(`claim-claimant-${second}`), SECOND.name);
    await confirmClaim(page, first);
    await waitForText(page.getByTestId('claims-all-table').getByTestId(`claim-status-${first}`), '对接成功');

    // The second from the need's claims panel, where its note is open to read first.
    await page.goto(`/needs/${needId}`);
    await waitForText(page.getByTestId('need-status'), '已认领满');
    await waitForText(page.getByTestId(`need-claim-note-${second}`), /两周内交到兴合村村委会/);
    await waitForText(page.getByTestId(`need-claim-status-${first}`), '对接成功');
    await confirmClaim(page, second);
    await waitForText(page.getByTestId(`need-claim-status-${second}`), '对接成功');
    await waitForText(page.getByTestId('need-status'), '已对接成功');
    await waitForText(page.getByTestId('need-progress'), /已确认 20,000\.00 元/);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a caring individual takes the household need, the liaison confirms, and the helper sees only the masked household', async () => {
  const needId = earlier(state.householdNeedId, 'household need');

  const caring = await stack.newPage();
  try {
    const page = caring.page;
    await signIn(page, 'caring', DEMO_PASSWORD, '爱心人士（演示）');
    await page.getByTestId('menu-needs').click();
    await waitForText(page.getByTestId('page-title'), '找需求');
    // Point-to-point help: household needs only, ticked already.
    assert.equal(await page.getByTestId('needs-filter-household-only').isChecked(), true);
    await page.getByTestId('needs-filter-q').locator('input').fill('秋季学费');
    await page.getByTestId('needs-filter-q').locator('input').press('Enter');
    const card = page.getByTestId('needs-list').getByTestId(`need-card-${needId}`);
    await card.getByTestId('household-need').waitFor();
    await card.click();

    await waitForText(page.getByTestId('page-title'), HOUSEHOLD_NEED.title);
    await waitForText(page.getByTestId('need-household-summary'), new RegExp(`^${MASKED} · 低保户`));
    assert.ok(!(await page.locator('body').innerText()).includes(HEAD_NAME), 'the full name is not on the need page');

    // The whole need, without a quantity to fill in.
    await page.getByTestId('need-claim').click();
    await page.getByText('点对点帮扶', { exact: true }).waitFor();
    assert.equal(await page.getByTestId('claim-quantity').count(), 0);
    await page.getByRole('button', { name: /^取\s*消$/ }).click();
    state.caringClaim = await claim(page, '承担秋季学费 3000 元，开学前经联系人转交学校。');
    assert.ok(state.caringClaim, 'the claim was created');
    await waitForText(page.getByTestId('need-status'), '已认领满');
    assert.deepEqual(caring.pageErrors, []);
  } finally {
    await caring.context.close();
  }

  const liaison = await stack.newPage();
  try {
    const page = liaison.page;
    await signIn(page, 'hongchiba', DEMO_PASSWORD, '红池坝镇联系人（演示）');
    await page.getByTestId('menu-claims').click();
    const claimId = earlier(state.caringClaim, 'caring claim');
    await waitForText(page.getByTestId('claims-pending-table').getByTestId(`claim-claimant-${claimId}`), CARING_NAME);
    await confirmClaim(page, claimId);
    await page.goto(`/needs/${needId}`);
    await waitForText(page.getByTestId('need-status'), '已对接成功');
    assert.deepEqual(liaison.pageErrors, []);
  } finally {
    await liaison.context.close();
  }

  const helper = await stack.newPage();
  try {
    const page = helper.page;
    await signIn(page, 'caring', DEMO_PASSWORD, '爱心人士（演示）');
    await page.getByTestId('menu-claims').click();
    await page.getByTestId('claims-tab-confirmed').click();
    const claimId = earlier(state.caringClaim, 'caring claim');
    await page.getByTestId(`claim-link-${claimId}`).click();
    await waitForText(page.getByTestId('claim-status'), '对接成功');
    // What it takes to deliver: the village, the liaison's contact, the household as surname + 某.
    await page.getByTestId('claim-delivery').waitFor();
    await waitForText(page.getByTestId('delivery-village'), /兴合村/);
    await waitForText(page.getByTestId('delivery-contact'), /15730595678/);
    await waitForText(page.getByTestId('delivery-household-name'), MASKED);
    await page.getByTestId('delivery-privacy').waitFor();
    const text = await page.locator('body').innerText();
    assert.ok(!text.includes(HEAD_NAME), 'the full name is not on the claim page');
    assert.ok(!text.includes(ID_NUMBER), 'no ID number on the claim page');
    assert.deepEqual(helper.pageErrors, []);
  } finally {
    await helper.context.close();
  }
});

test('the public sees the village need claimed by both organizations and the household need with no name on it', async () => {
  const villageId = earlier(state.villageNeedId, 'village need');
  const householdId = earlier(state.householdNeedId, 'household need');
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await page.goto('/public/needs');
    await waitForText(page.getByTestId('page-title'), '帮扶需求公开');
    // Matched needs are no longer open: the visitor asks for them.
    await page.getByTestId('public-needs-filter-status').click();
    await pickOption(page, /^已对接成功$/);
    await page.getByTestId('public-needs-filter-q').locator('input').fill('端到端');
    await page.getByTestId('public-needs-filter-q').locator('input').press('Enter');

    const list = page.getByTestId('public-needs-list');
    const villageCard = list.getByTestId(`need-card-${villageId}`);
    await waitForText(villageCard.getByTestId(`need-card-${villageId}-claimants`), /认领方：/);
    const names = (await villageCard.getByTestId(`need-card-${villageId}-claimants`).textContent()) ?? '';
    assert.ok(names.includes(FOUNDATION) && names.includes(SECOND.name), names);
    assert.equal(await villageCard.getByTestId(`need-card-${villageId}-progress`).getAttribute('data-claimed-percent'), '100');
    const householdCard = list.getByTestId(`need-card-${householdId}`);
    await householdCard.getByTestId('household-need-protected').waitFor();
    let text = await page.locator('body').innerText();
    assert.ok(!text.includes(HEAD_NAME) && !text.includes(MASKED), 'no household name in the public list');

    await villageCard.click();
    await page.waitForURL(new RegExp(`/public/needs/${villageId}$`));
    await waitForText(page.getByTestId('page-title'), VILLAGE_NEED.title);
    await waitForText(page.getByTestId('public-need-status'), '已对接成功');
    await waitForText(page.getByTestId('public-need-progress'), /已认领 100%/);
    const claimants = page.getByTestId('public-need-claimants');
    await waitForText(claimants, new RegExp(FOUNDATION.replace(/[（）]/g, '.')));
    const claimantText = (await claimants.textContent()) ?? '';
    assert.ok(claimantText.includes(SECOND.name), claimantText);
    assert.match(claimantText, /10,000\.00 元对接成功.*10,000\.00 元对接成功/);
    // No contact for the public.
    assert.ok(!(await page.locator('body').innerText()).includes('15730595678'), 'no contact phone on the public page');

    await page.goto(`/public/needs/${householdId}`);
    await waitForText(page.getByTestId('page-title'), HOUSEHOLD_NEED.title);
    await waitForText(page.getByTestId('public-need-status'), '已对接成功');
    await page.getByTestId('household-need-protected').waitFor();
    await waitForText(page.getByTestId('public-need-claimants'), /爱心人士/);
    text = await page.locator('body').innerText();
    assert.ok(text.includes('住户需求（信息已保护）'), 'the household need says its details are protected');
    assert.ok(!text.includes(HEAD_NAME), 'the head of household’s name is not on the public page');
    assert.ok(!text.includes(MASKED), 'not even surname + 某 is on the public page');
    assert.ok(!text.includes('15730595678'), 'no contact phone on the public page');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
