// An organization's life through the browser: a visitor registers it (the credit code's wrong check character named
// by the server first), lands on its own page awaiting review; the county official returns it with a reason; the
// organization reads the reason, edits its description and resubmits; the official approves; and an anonymous
// visitor finds it in the public directory, without its contacts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { creditCodeProblem, withCreditCheckChar } from '../../src/common/credit-code.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/seed.ts';
import { startStack, submitLogin, waitForText, type Stack } from './support.ts';

let stack: Stack;

before(async () => {
  stack = await startStack();
});

after(async () => {
  if (process.env.BANGFU_E2E_SERVER_LOG) process.stdout.write(stack?.serverOutput() ?? '');
  await stack?.stop();
});

// A fictional association registered by 巫溪县's civil-affairs bureau (5 民政, 1 社会团体, 500238, then 9 characters).
const FIRST17 = '51500238MJE2E0001';
const CREDIT_CODE = withCreditCheckChar(FIRST17);
const WRONG_CODE = FIRST17 + (CREDIT_CODE.endsWith('0') ? '1' : '0');
const ORG = {
  name: '巫溪县端到端助学促进会',
  contactName: '王助学',
  contactPhone: '13800000000',
  username: 'wxzx_e2e',
  displayName: '王助学（端到端）',
  password: 'Zhuxue-2026-ok',
};
const REASON = '请补充业务主管单位，并在简介中写明助学金的发放范围。';
const NEW_DESCRIPTION = '为巫溪县红池坝镇的中小学生提供助学金，每年评审一次。';

/** Clicks the confirmation of the popconfirm that is open. */
async function confirm(page: Page): Promise<void> {
  await page.locator('.ant-popconfirm-buttons .ant-btn-primary:visible').click();
}

async function signIn(page: Page, username: string, password: string, displayName: string): Promise<void> {
  await submitLogin(page, username, password);
  await waitForText(page.getByTestId('current-user'), displayName);
}

test('an organization registers, is returned, fixes and resubmits, is approved, and appears in the directory', async () => {
  let id = '';

  // 1. A visitor registers the organization from the login page's link.
  const visitor = await stack.newPage();
  try {
    const page = visitor.page;
    await page.goto('/login');
    await page.getByTestId('login-register-organization').click();
    await page.waitForURL('**/register/organization');

    await page.getByTestId('org-name').fill(ORG.name);
    // Typed in lower case with the wrong check character: shown in capitals, refused by the server, which names it.
    await page.getByTestId('org-credit-code').fill(WRONG_CODE.toLowerCase());
    assert.equal(await page.getByTestId('org-credit-code').inputValue(), WRONG_CODE);
    await page.locator('[data-testid="org-form"]').getByText('社会团体').click();

    // Registration authority: the county level (the default), 巫溪县 chosen in the cascader.
    await waitForText(page.getByTestId('org-reg-level'), /县级民政部门/);
    await page.locator('[data-testid="org-reg-region"] .ant-select').first().click();
    for (const name of ['重庆市', '县', '巫溪县']) {
      await page.locator(`.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="${name}"]`).click();
    }
    await page.keyboard.press('Escape');
    await waitForText(page.locator('[data-testid="org-reg-region"] .ant-select').first(), /重庆市 \/ 巫溪县/);
    await page.getByTestId('org-supervising').fill('巫溪县教育委员会');

    // Work: a key field, 巫溪县 as service region (found by name), one offer.
    await page.getByTestId('org-fields').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '教育帮扶' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('org-service-region-0-search').click();
    await page.keyboard.type('巫溪');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^重庆市 \/ 巫溪县$/ }).click();
    await waitForText(page.locator('[data-testid="org-service-region-0"] .ant-select').first(), /重庆市 \/ 巫溪县/);
    await page.getByTestId('org-offer-add').click();
    await page.getByTestId('org-offer-0-kind').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '资金' }).click();
    await page.getByTestId('org-offer-0-text').fill('每年助学金 20 万元');

    // Contact and account.
    await page.getByTestId('org-contact-name').fill(ORG.contactName);
    await page.getByTestId('org-contact-phone').fill(ORG.contactPhone);
    await page.getByTestId('org-contact-email').fill('zhuxue@example.org');
    await page.getByTestId('org-description').fill('为巫溪县的中小学生提供助学金。');
    await page.getByTestId('org-username').fill(ORG.username);
    await page.getByTestId('org-display-name').fill(ORG.displayName);
    await page.getByTestId('org-password').fill(ORG.password);
    await page.getByTestId('org-password2').fill(ORG.password);

    await page.getByTestId('org-submit').click();
    await page
      .locator('.ant-form-item-explain-error', { hasText: `统一社会信用代码：${creditCodeProblem(WRONG_CODE) ?? ''}` })
      .waitFor();
    await page.getByTestId('org-form-error').waitFor();
    assert.equal(new URL(page.url()).pathname, '/register/organization');

    await page.getByTestId('org-credit-code').fill(CREDIT_CODE);
    await page.getByTestId('org-submit').click();

    // Signed in as its administrator, on its own page: awaiting review.
    await page.waitForURL('**/organization');
    await waitForText(page.getByTestId('current-user'), ORG.displayName);
    await waitForText(page.getByTestId('org-status'), '待审核');
    await waitForText(page.getByTestId('org-status-banner'), /待审核/);
    await waitForText(page.getByTestId('page-title'), ORG.name);
    assert.deepEqual(visitor.pageErrors, []);
  } finally {
    await visitor.context.close();
  }

  // 2. The county official finds it awaiting review and returns it with a reason.
  const official = await stack.newPage();
  try {
    const page = official.page;
    await signIn(page, 'wuxi_xczx', DEMO_PASSWORD, '巫溪县乡村振兴局（演示）');
    await page.getByTestId('menu-organizations').click();
    await waitForText(page.getByTestId('page-title'), '社会组织');
    await waitForText(page.getByTestId('orgs-status-pending'), /^待审核（[1-9]\d*\+?）/);
    const link = page.locator('[data-testid="orgs-table"] [data-testid^="org-link-"]', { hasText: ORG.name });
    await link.click();
    await page.waitForURL(/\/organizations\/\d+$/);
    id = /\/organizations\/(\d+)$/.exec(page.url())?.[1] ?? '';
    await waitForText(page.getByTestId('org-status'), '待审核');
    const profile = (await page.getByTestId('org-profile').textContent()) ?? '';
    assert.ok(profile.includes(CREDIT_CODE) && profile.includes(ORG.contactPhone), profile);

    await page.getByTestId('org-return').click();
    // The reason is required.
    await page.getByTestId('org-return-submit').click();
    await page.getByText('请填写退回理由').waitFor();
    await page.getByTestId('org-return-reason-input').fill(REASON);
    await page.getByTestId('org-return-submit').click();
    await waitForText(page.getByTestId('org-status'), '已退回');
    await waitForText(page.getByTestId('org-return-reason'), REASON);
    assert.equal(await page.getByTestId('org-approve').count(), 0);
    assert.deepEqual(official.pageErrors, []);
  } finally {
    await official.context.close();
  }

  // 3. The organization signs in, reads the reason, edits its description and resubmits.
  const organization = await stack.newPage();
  try {
    const page = organization.page;
    await signIn(page, ORG.username, ORG.password, ORG.displayName);
    await page.getByTestId('menu-organization').click();
    await waitForText(page.getByTestId('org-status'), '已退回');
    await waitForText(page.getByTestId('org-return-reason'), REASON);

    await page.getByTestId('org-edit').click();
    await page.getByTestId('org-description').fill(NEW_DESCRIPTION);
    await page.getByTestId('org-edit-save').click();
    await waitForText(page.getByTestId('org-profile-description'), NEW_DESCRIPTION);
    await page.locator('.ant-drawer-content').waitFor({ state: 'detached' });

    await page.getByTestId('org-resubmit').click();
    await confirm(page);
    await waitForText(page.getByTestId('org-status'), '待审核');
    assert.equal(await page.getByTestId('org-return-reason').count(), 0);

    // The history keeps the return and its reason.
    await page.getByTestId('org-tab-history').click();
    const history = page.getByTestId('org-history');
    await page.getByTestId('org-history-return').waitFor();
    assert.ok(((await history.textContent()) ?? '').includes(REASON));
    await page.getByTestId('org-history-resubmit').waitFor();
    assert.deepEqual(organization.pageErrors, []);
  } finally {
    await organization.context.close();
  }

  // 4. The official approves it.
  const approver = await stack.newPage();
  try {
    const page = approver.page;
    await signIn(page, 'wuxi_xczx', DEMO_PASSWORD, '巫溪县乡村振兴局（演示）');
    await page.goto(`/organizations/${id}`);
    await waitForText(page.getByTestId('org-status'), '待审核');
    await page.getByTestId('org-approve').click();
    await confirm(page);
    await waitForText(page.getByTestId('org-status'), '已通过');
    assert.equal(await page.getByTestId('org-approve').count(), 0);
    assert.deepEqual(approver.pageErrors, []);
  } finally {
    await approver.context.close();
  }

  // 5. Anyone finds it in the directory, without its contacts.
  const anonymous = await stack.newPage();
  try {
    const page = anonymous.page;
    await page.goto('/login');
    await page.getByTestId('login-directory').click();
    await page.waitForURL('**/directory');
    const search = page.locator('[data-testid="directory-q"] input');
    await search.fill(ORG.name);
    await search.press('Enter');
    const item = page.getByTestId(`directory-item-${id}`);
    await waitForText(item, new RegExp(`${ORG.name}.*社会团体.*教育帮扶.*巫溪县`));
    await item.click();
    await page.waitForURL(`**/directory/${id}`);
    await waitForText(page.getByTestId('page-title'), ORG.name);
    await waitForText(page.getByTestId('org-profile-description'), NEW_DESCRIPTION);
    const shown = (await page.getByTestId('org-profile').textContent()) ?? '';
    assert.ok(!shown.includes(ORG.contactPhone) && !shown.includes(ORG.contactName) && !shown.includes(CREDIT_CODE), shown);
    assert.deepEqual(anonymous.pageErrors, []);
  } finally {
    await anonymous.context.close();
  }
});

test('an approved organization’s administrator invites a member, who sees the page read-only, and removes them', async () => {
  const member = { displayName: '山城基金会志愿者（端到端）', username: 'shancheng_e2e', password: 'Zhiyuan-2026-ok' };
  const admin = await stack.newPage();
  let link = '';
  try {
    const page = admin.page;
    await signIn(page, 'org_admin', DEMO_PASSWORD, '山城基金会管理员（演示）');
    await page.getByTestId('menu-organization').click();
    await waitForText(page.getByTestId('org-status'), '已通过');
    await page.getByTestId('org-tab-members').click();
    await page.getByTestId('member-invite').click();
    await page.getByTestId('member-invite-name').fill(member.displayName);
    await page.getByTestId('member-invite-create').click();
    const box = page.getByTestId('member-invite-link');
    await box.waitFor();
    link = await box.inputValue();
    assert.match(link, new RegExp(`^${stack.baseUrl}/invite#[A-Za-z0-9_-]{20,}$`));
    await page.getByTestId('member-invite-done').click();
    assert.deepEqual(admin.pageErrors, []);
  } finally {
    await admin.context.close();
  }

  const invitee = await stack.newPage();
  try {
    const page = invitee.page;
    await page.goto(link);
    await page.getByTestId('invite-username').fill(member.username);
    await page.getByTestId('invite-password').fill(member.password);
    await page.getByTestId('invite-confirm').fill(member.password);
    await page.getByTestId('invite-submit').click();
    await waitForText(page.getByTestId('current-user'), member.displayName);
    await page.getByTestId('menu-organization').click();
    await waitForText(page.getByTestId('org-status'), '已通过');
    assert.equal(await page.getByTestId('org-edit').count(), 0);
    await page.getByTestId('org-tab-members').click();
    await page.locator('[data-testid="org-members-table"] tr', { hasText: member.username }).waitFor();
    assert.equal(await page.getByTestId('member-invite').count(), 0);
    assert.equal(await page.locator('[data-testid^="member-remove-"]').count(), 0);
    assert.deepEqual(invitee.pageErrors, []);
  } finally {
    await invitee.context.close();
  }

  const remover = await stack.newPage();
  try {
    const page = remover.page;
    await signIn(page, 'org_admin', DEMO_PASSWORD, '山城基金会管理员（演示）');
    await page.getByTestId('menu-organization').click();
    await page.getByTestId('org-tab-members').click();
    const row = page.locator('[data-testid="org-members-table"] tr', { hasText: member.username });
    await row.locator('[data-testid^="member-remove-"]').click();
    await confirm(page);
    // Kept in the list as removed (the account is disabled, its history stays), and it can no longer sign in.
    await row.getByText('已移除').waitFor();
    assert.equal(await row.locator('[data-testid^="member-remove-"]').count(), 0);
    assert.deepEqual(remover.pageErrors, []);
  } finally {
    await remover.context.close();
  }
  const removed = await stack.newPage();
  try {
    await submitLogin(removed.page, member.username, member.password);
    await removed.page.getByTestId('login-error').waitFor();
    assert.equal(await removed.page.getByTestId('current-user').count(), 0);
  } finally {
    await removed.context.close();
  }
});
