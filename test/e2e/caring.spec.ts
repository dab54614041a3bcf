// A caring individual (爱心人士) through a browser: a visitor finds the registration from the login page, is told
// under the mobile field that the number is taken, registers, lands signed in and sees and edits their profile.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROLE_LABELS } from '../../src/common/glossary.ts';
import { startStack, waitForText, type Stack } from './support.ts';

let stack: Stack;

before(async () => {
  stack = await startStack();
});

after(async () => {
  if (process.env.BANGFU_E2E_SERVER_LOG) process.stdout.write(stack?.serverOutput() ?? '');
  await stack?.stop();
});

const PERSON = { name: '周爱民', mobile: '139 2345 6789', username: 'zhou_aimin', password: 'Zhou-aimin-2026' };

test('a visitor registers as a caring individual, lands signed in and sees and edits the profile', async () => {
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await page.goto('/login');
    await page.getByTestId('login-register-caring').click();
    await page.waitForURL('**/register/caring');
    await waitForText(page.locator('.ant-card h3'), '爱心人士注册');

    // The browser's own checks: nothing filled in.
    await page.getByTestId('caring-submit').click();
    await page.locator('.ant-form-item-explain-error', { hasText: '请选择所在地区' }).waitFor();
    await page.locator('.ant-form-item-explain-error', { hasText: '请至少选择 1 个领域' }).waitFor();

    await page.getByTestId('caring-name').fill(PERSON.name);
    // The demo caring individual's number: the server answers under the mobile field.
    await page.getByTestId('caring-mobile').fill('13800000000');
    await page.getByTestId('caring-region-search').click();
    await page.keyboard.type('红池坝');
    await page.locator('.ant-select-item-option', { hasText: '重庆市 / 巫溪县 / 红池坝镇' }).first().click();
    await waitForText(page.locator('[data-testid="caring-region"] .ant-select').first(), /巫溪县 \/ 红池坝镇/);
    const fields = page.getByTestId('caring-fields');
    await fields.getByText('教育帮扶').click();
    await fields.getByText('志愿帮扶').click();
    await page.getByTestId('caring-username').fill(PERSON.username);
    await page.getByTestId('caring-password').fill(PERSON.password);
    await page.getByTestId('caring-password2').fill(PERSON.password);
    await page.getByTestId('caring-submit').click();
    await page
      .locator('.ant-form-item-explain-error', { hasText: '手机号码：该手机号已经注册，请直接登录或换一个号码' })
      .waitFor();
    await waitForText(page.getByTestId('caring-error'), /该手机号已经注册/);
    assert.equal(new URL(page.url()).pathname, '/register/caring');

    await page.getByTestId('caring-mobile').fill(PERSON.mobile);
    await page.getByTestId('caring-submit').click();

    // Signed in as the new account, on the workbench.
    await waitForText(page.getByTestId('current-user'), PERSON.name);
    await waitForText(page.getByTestId('current-role'), ROLE_LABELS.caring_individual.zh);
    assert.equal(new URL(page.url()).pathname, '/');

    await page.getByTestId('menu-caring-profile').click();
    await waitForText(page.getByTestId('page-title'), '我的资料');
    await waitForText(page.getByTestId('caring-profile-name'), PERSON.name);
    await waitForText(page.getByTestId('caring-profile-mobile'), '13923456789');
    await waitForText(page.getByTestId('caring-profile-region'), '重庆市 / 巫溪县 / 红池坝镇');
    await waitForText(page.getByTestId('caring-profile-fields'), '教育帮扶志愿帮扶');
    await waitForText(page.getByTestId('caring-profile-status'), '未核验');
    await waitForText(page.getByTestId('caring-profile-username'), PERSON.username);

    // Editing: one more field and a new name; the header follows the name.
    await page.getByTestId('caring-profile-edit').click();
    await page.getByTestId('caring-profile-form-fields').getByText('产业扶持').click();
    await page.getByTestId('caring-profile-form-name').fill('周爱国');
    await page.getByTestId('caring-profile-save').click();
    await waitForText(page.getByTestId('caring-profile-name'), '周爱国');
    await waitForText(page.getByTestId('caring-profile-fields'), '教育帮扶产业扶持志愿帮扶');
    await waitForText(page.getByTestId('caring-profile-status'), '未核验');
    await waitForText(page.getByTestId('current-user'), '周爱国');

    // The profile survives a reload (it came from the server, not the form).
    await page.reload();
    await waitForText(page.getByTestId('caring-profile-name'), '周爱国');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
