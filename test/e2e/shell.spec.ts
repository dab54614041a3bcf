// The app shell through a browser: signing in as every demo account and seeing that role's menu, the language
// switch, inviting a liaison and accepting the invitation, the audit log and its Excel export, changing a password.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROLE_LABELS, type Role } from '../../src/common/glossary.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/server/demo/seed.ts';
import { startStack, submitLogin, waitForText, type Stack } from './support.ts';

const MENU_KEYS = ['home', 'programs', 'accounts', 'invitations', 'audit', 'jobs', 'reference', 'docs', 'caring-profile', 'organization', 'organizations', 'households', 'needs-manage', 'needs', 'claims', 'notifications', 'pairings', 'projects', 'checklist', 'coverage', 'fairs', 'work-plans', 'ledger', 'statistics'] as const;
type MenuKey = (typeof MENU_KEYS)[number];

/** What each role finds in the side menu (this release). */
const ROLE_MENUS: Record<Role, MenuKey[]> = {
  platform_admin: ['home', 'needs-manage', 'claims', 'pairings', 'projects', 'ledger', 'checklist', 'coverage', 'statistics', 'fairs', 'work-plans', 'households', 'programs', 'organizations', 'accounts', 'invitations', 'audit', 'notifications', 'jobs', 'reference', 'docs'],
  department_official: ['home', 'needs-manage', 'claims', 'pairings', 'projects', 'ledger', 'checklist', 'coverage', 'statistics', 'fairs', 'work-plans', 'households', 'programs', 'organizations', 'accounts', 'invitations', 'audit', 'notifications', 'jobs'],
  liaison: ['home', 'needs-manage', 'claims', 'pairings', 'projects', 'ledger', 'statistics', 'fairs', 'households', 'notifications', 'jobs'],
  organization_admin: ['home', 'needs', 'claims', 'pairings', 'projects', 'ledger', 'statistics', 'fairs', 'work-plans', 'organization', 'notifications', 'jobs'],
  organization_member: ['home', 'needs', 'claims', 'pairings', 'projects', 'ledger', 'statistics', 'fairs', 'work-plans', 'organization', 'notifications', 'jobs'],
  caring_individual: ['home', 'needs', 'claims', 'ledger', 'caring-profile', 'notifications', 'jobs'],
};

const SCREENSHOTS = process.env.BANGFU_E2E_SCREENSHOTS;

let stack: Stack;

before(async () => {
  stack = await startStack();
});

after(async () => {
  if (process.env.BANGFU_E2E_SERVER_LOG) process.stdout.write(stack?.serverOutput() ?? '');
  await stack?.stop();
});

function demo(username: string) {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username);
  assert.ok(account, `demo account ${username}`);
  return account;
}

async function assertMenu(page: Page, role: Role): Promise<void> {
  await page.getByTestId('menu-home').waitFor();
  for (const key of MENU_KEYS) {
    const item = page.getByTestId(`menu-${key}`);
    if (ROLE_MENUS[role].includes(key)) assert.ok(await item.isVisible(), `${role} should see menu item ${key}`);
    else assert.equal(await item.count(), 0, `${role} should not see menu item ${key}`);
  }
}

async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await submitLogin(page, username, password);
  await waitForText(page.getByTestId('current-user'), demo(username).displayName);
}

test('a wrong password shows the server’s Chinese message and stays on the login page', async () => {
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await submitLogin(page, 'admin', 'not-the-password-1');
    await waitForText(page.getByTestId('login-error'), /^用户名或密码错误，还可尝试 \d 次$/);
    assert.equal(new URL(page.url()).pathname, '/login');
    assert.equal(await page.getByTestId('current-user').count(), 0);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('an address inside the app leads to the login page, and back there after signing in', async () => {
  const { context, page } = await stack.newPage();
  try {
    await page.goto('/audit');
    await page.waitForURL('**/login');
    await page.getByTestId('login-username').fill('cq_mz');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await waitForText(page.getByTestId('page-title'), '审计日志');
    assert.equal(new URL(page.url()).pathname, '/audit');
  } finally {
    await context.close();
  }
});

for (const account of DEMO_ACCOUNTS) {
  test(`${account.username} (${account.role}) signs in, sees the menu of the role, and signs out`, async () => {
    const { context, page, pageErrors } = await stack.newPage();
    try {
      await signIn(page, account.username);
      await waitForText(page.getByTestId('current-role'), ROLE_LABELS[account.role].zh);
      await assertMenu(page, account.role);
      await page.getByTestId('welcome-card').waitFor();
      if (SCREENSHOTS && account.username === 'cq_mz') {
        await page.screenshot({ path: path.join(SCREENSHOTS, 'shell.png') });
      }
      await page.getByTestId('logout').click();
      await page.waitForURL('**/login');
      await page.getByTestId('login-submit').waitFor();
      // The session is gone on the server too: the app shell is not shown again.
      await page.goto('/');
      await page.waitForURL('**/login');
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });
}

test('a role without the accounts page is told so when it opens the address', async () => {
  const { context, page } = await stack.newPage();
  try {
    await signIn(page, 'hongchiba');
    await page.goto('/accounts');
    await page.getByText('您的角色不能访问此页面').waitFor();
    assert.equal(await page.getByTestId('accounts-table').count(), 0);
  } finally {
    await context.close();
  }
});

test('the language switch turns the menu into English and back, and is remembered', async () => {
  const { context, page } = await stack.newPage();
  try {
    await signIn(page, 'cq_mz');
    await waitForText(page.getByTestId('menu-accounts'), '账号管理');
    await page.getByTestId('lang-switch').click();
    await waitForText(page.getByTestId('menu-accounts'), 'Accounts');
    await waitForText(page.getByTestId('menu-home'), 'Workbench');
    await waitForText(page.getByTestId('current-role'), ROLE_LABELS.department_official.en);
    await page.reload();
    await waitForText(page.getByTestId('menu-audit'), 'Audit log');
    await page.getByTestId('lang-switch').click();
    await waitForText(page.getByTestId('menu-accounts'), '账号管理');
    await waitForText(page.getByTestId('menu-audit'), '审计日志');
  } finally {
    await context.close();
  }
});

test('the region picker finds a village by name inside the official\'s scope', async () => {
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, 'wuxi_xczx');
    await page.getByTestId('menu-invitations').click();
    await page.getByTestId('invite-open').click();
    await page.locator('[data-testid="invite-role"]').getByText('乡镇 / 村联系人').click();
    await page.locator('[data-testid="invite-scope-search"]').click();
    await page.keyboard.type('中岗');
    const option = page.locator('.ant-select-item-option', { hasText: '重庆市 / 巫溪县 / 红池坝镇 / 中岗村' });
    await option.click();
    await waitForText(page.locator('[data-testid="invite-scope"] .ant-select').first(), /巫溪县 \/ 红池坝镇 \/ 中岗村/);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

const INVITEE = { displayName: '红池坝镇联系人（端到端测试）', username: 'hcb_e2e', password: 'Hcb-e2e-2026x' };

test('an official invites a liaison with the region cascader; the invitee accepts and is signed in', async () => {
  const official = await stack.newPage();
  let link: string;
  try {
    const page = official.page;
    await signIn(page, 'cq_mz');
    await page.getByTestId('menu-invitations').click();
    await page.getByTestId('invite-open').click();
    await page.locator('[data-testid="invite-role"]').getByText('乡镇 / 村联系人').click();
    await page.locator('[data-testid="invite-scope"] .ant-select').first().click();
    for (const name of ['重庆市', '县', '巫溪县', '红池坝镇']) {
      await page.locator(`.ant-cascader-menu-item[title="${name}"]`).click();
    }
    await page.keyboard.press('Escape');
    await waitForText(page.locator('[data-testid="invite-scope"] .ant-select').first(), /重庆市 \/ 巫溪县 \/ 红池坝镇/);
    await page.getByTestId('invite-display-name').fill(INVITEE.displayName);
    await page.getByTestId('invite-create').click();
    const linkBox = page.getByTestId('invite-link');
    await linkBox.waitFor();
    link = await linkBox.inputValue();
    assert.match(link, new RegExp(`^${stack.baseUrl}/invite#[A-Za-z0-9_-]{20,}$`));
    await page.getByTestId('invite-done').click();
    const row = page.locator('[data-testid="invitations-table"] tr', { hasText: INVITEE.displayName });
    await waitForText(row.getByTestId('invitation-state'), '待接受');
    assert.deepEqual(official.pageErrors, []);
  } finally {
    await official.context.close();
  }

  const invitee = await stack.newPage();
  try {
    const page = invitee.page;
    await page.goto(link);
    await waitForText(page.getByTestId('invite-summary'), `${INVITEE.displayName}，您受邀成为乡镇 / 村联系人`);
    await waitForText(page.getByTestId('invite-scope'), '重庆市 / 巫溪县 / 红池坝镇');
    await page.getByTestId('invite-username').fill(INVITEE.username);
    await page.getByTestId('invite-password').fill(INVITEE.password);
    await page.getByTestId('invite-confirm').fill(INVITEE.password);
    await page.getByTestId('invite-submit').click();
    await waitForText(page.getByTestId('current-user'), INVITEE.displayName);
    assert.equal(new URL(page.url()).pathname, '/');
    await waitForText(page.getByTestId('current-role'), ROLE_LABELS.liaison.zh);
    await assertMenu(page, 'liaison');
    await waitForText(page.getByTestId('current-scope'), '重庆市 / 巫溪县 / 红池坝镇');
    assert.deepEqual(invitee.pageErrors, []);

    // The link works once.
    const again = await stack.newPage();
    try {
      await again.page.goto(link);
      await again.page.getByTestId('invite-invalid').waitFor();
      await again.page.getByText('邀请链接无效、已使用或已过期').waitFor();
    } finally {
      await again.context.close();
    }
  } finally {
    await invitee.context.close();
  }
});

test('the audit log shows the invitation’s creation in Beijing time, and its Excel export succeeds with a download', async () => {
  // A browser in another time zone still reads Beijing time.
  const { context, page, pageErrors } = await stack.newPage({ timezoneId: 'America/New_York' });
  try {
    await signIn(page, 'cq_mz');
    await page.getByTestId('menu-audit').click();
    await page.getByTestId('audit-actor').fill('cq_mz');
    await page.getByTestId('audit-search').click();
    const created = page.locator('[data-testid="audit-table"] tr', {
      has: page.locator('[data-testid="audit-entity"][data-entity-type="invitation"][data-action="create"]'),
    });
    await created.first().waitFor();
    const rowText = (await created.first().textContent()) ?? '';
    assert.match(rowText, /重庆市民政局社会组织管理局（演示）.*部门工作人员.*创建.*邀请.*重庆市 \/ 巫溪县 \/ 红池坝镇/);
    const shown = /(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(rowText);
    assert.ok(shown, `a date-time in ${rowText}`);
    const asBeijing = new Date(`${shown[1]}-${shown[2]}-${shown[3]}T${shown[4]}:${shown[5]}:${shown[6]}+08:00`);
    assert.ok(Math.abs(asBeijing.getTime() - Date.now()) < 10 * 60_000, `${shown[0]} is Beijing time now`);
    await created.first().locator('.ant-table-row-expand-icon').click();
    const detail = page.getByTestId('audit-detail').first();
    await detail.waitFor();
    const detailText = (await detail.textContent()) ?? '';
    assert.ok(detailText.includes('display_name') && detailText.includes(INVITEE.displayName), detailText);

    await page.getByTestId('audit-export').click();
    await page.getByTestId('job-panel').waitFor();
    await page.locator('[data-testid="job-panel"] [data-testid="job-status"][data-status="succeeded"]').waitFor({ timeout: 60_000 });
    await waitForText(page.locator('[data-testid="job-panel"] [data-testid="job-status"]'), '已完成');
    const download = page.locator('[data-testid="job-panel"] [data-testid="job-download"]');
    await download.waitFor();
    const href = await download.getAttribute('href');
    assert.match(href ?? '', /^\/api\/jobs\/[0-9a-f-]{36}\/download$/);
    const file = await context.request.get(href ?? '');
    assert.equal(file.status(), 200);
    assert.match(file.headers()['content-type'] ?? '', /spreadsheetml/);
    assert.equal((await file.body()).subarray(0, 2).toString(), 'PK'); // an .xlsx is a zip

    await page.getByTestId('menu-jobs').click();
    const job = page.locator('[data-testid="jobs-table"] tr', { hasText: '审计日志导出' }).first();
    await waitForText(job.getByTestId('job-status'), '已完成');
    await job.getByTestId('job-download').waitFor();
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('an official disables an account: its open page falls back to the login page; enabled again, it signs in', async () => {
  const member = await stack.newPage();
  const official = await stack.newPage();
  try {
    await signIn(member.page, 'org_member');

    const page = official.page;
    await signIn(page, 'cq_mz');
    await page.getByTestId('menu-accounts').click();
    const row = page.locator('[data-testid="accounts-table"] tr', { hasText: 'org_member' });
    await row.getByTestId('account-disable-org_member').click();
    await page.locator('.ant-popconfirm-buttons .ant-btn-primary:visible').click();
    await row.getByTestId('account-enable-org_member').waitFor();
    await row.getByText('已停用').waitFor();

    // The member's next request is refused: the page says why it is back at the login form.
    await member.page.getByTestId('menu-jobs').click();
    await member.page.waitForURL('**/login');
    await waitForText(member.page.getByTestId('login-expired'), '登录已失效，请重新登录');

    await row.getByTestId('account-enable-org_member').click();
    await page.locator('.ant-popconfirm-buttons .ant-btn-primary:visible').click();
    await row.getByTestId('account-disable-org_member').waitFor();
    await row.getByText('正常').waitFor();

    await signIn(member.page, 'org_member');
    assert.deepEqual([...member.pageErrors, ...official.pageErrors], []);
  } finally {
    await member.context.close();
    await official.context.close();
  }
});

test('changing a password: field errors, then success; the old password no longer signs in', async () => {
  const caring = demo('caring');
  const newPassword = 'Kind-heart-2026'; // must not contain the username
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, caring.username);
    await page.getByTestId('change-password').click();

    // The two new passwords must match (checked in the browser).
    await page.getByTestId('password-current').fill(DEMO_PASSWORD);
    await page.getByTestId('password-new').fill(newPassword);
    await page.getByTestId('password-confirm').fill(`${newPassword}x`);
    await page.getByTestId('password-submit').click();
    await page.getByText('两次输入的新密码不一致').waitFor();

    // A wrong current password comes back from the server under its field.
    await page.getByTestId('password-current').fill('wrong-current-1');
    await page.getByTestId('password-confirm').fill(newPassword);
    await page.getByTestId('password-submit').click();
    await page.locator('.ant-form-item-explain-error', { hasText: '当前密码：不正确' }).waitFor();

    await page.getByTestId('password-current').fill(DEMO_PASSWORD);
    await page.getByTestId('password-submit').click();
    await waitForText(page.getByTestId('password-done'), '密码已修改，其他设备上的登录已失效');

    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');
    await submitLogin(page, caring.username, DEMO_PASSWORD);
    await waitForText(page.getByTestId('login-error'), /^用户名或密码错误/);
    await signIn(page, caring.username, newPassword);
    await assertMenu(page, 'caring_individual');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
