// An official publishes a program's designated villages from the spreadsheet as it arrives: creates the program,
// uploads the sheet, confirms the near matches, chooses the place of an ambiguous and of an unknown name, saves;
// then anyone, signed in or not, sees the 100 villages on the program's public page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, startStack, submitLogin, waitForText, type Stack } from './support.ts';

let stack: Stack;
let sheet: string;

before(async () => {
  stack = await startStack();
  // The seed's villages sheet with its last village (石林镇庙坝村 of 万盛经开区, which is not a county: the whole
  // region is searched) replaced by 龙沙镇青龙村, which exists in both 万州区 and 石柱县: an ambiguous row.
  const original = fs.readFileSync(path.join(ROOT, 'src/server/demo/key-areas/chongqing-2020-designated-villages.csv'), 'utf8');
  assert.ok(original.includes('100,万盛经开区,石林镇庙坝村'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-e2e-sheet-'));
  sheet = path.join(dir, '定点攻坚村名单.csv');
  fs.writeFileSync(sheet, original.replace('100,万盛经开区,石林镇庙坝村', '100,万盛经开区,龙沙镇青龙村'));
});

after(async () => {
  if (process.env.BANGFU_E2E_SERVER_LOG) process.stdout.write(stack?.serverOutput() ?? '');
  await stack?.stop();
  if (sheet) fs.rmSync(path.dirname(sheet), { recursive: true, force: true });
});

test('an official imports the villages sheet, resolves every row in the UI, and the public page shows 100 villages', async () => {
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await submitLogin(page, 'cq_mz', 'Demo-2026-bf');
    await page.getByTestId('menu-programs').click();

    // A new program of Chongqing (the official's scope is the default region).
    await page.getByTestId('program-create').click();
    await page.getByTestId('program-slug').fill('e2e-villages');
    await page.getByTestId('program-name').fill('端到端测试：定点攻坚村');
    await page.getByTestId('program-department').fill('重庆市社会组织管理局');
    await page.getByTestId('program-save').click();
    // A new program opens on its own page.
    await waitForText(page.getByTestId('program-facts'), /端到端测试：定点攻坚村|e2e-villages|重庆市社会组织管理局/);
    await page.locator('.ant-modal-mask').waitFor({ state: 'hidden' });
    await page.getByTestId('import-start').click();

    // Upload.
    await page.getByTestId('import-kind-village').click();
    await page.getByTestId('import-file').setInputFiles(sheet);
    await page.getByTestId('import-upload').click();
    await page.getByTestId('import-entries').waitFor();
    await waitForText(page.getByTestId('import-summary-entries'), /100/);
    await waitForText(page.getByTestId('import-summary-variant'), /11/);
    await waitForText(page.getByTestId('import-summary-ambiguous'), /1/);
    await waitForText(page.getByTestId('import-summary-not_found'), /1/);
    assert.ok(await page.getByTestId('import-save').isDisabled(), 'save waits until every row is decided');

    // The near matches, with their reasons on screen, confirmed at once.
    const shown = (await page.getByTestId('import-entries').textContent()) ?? '';
    assert.match(shown, /乡已改为镇/);
    assert.match(shown, /民族乡简称/);
    await page.getByTestId('accept-all-variants').click();

    // The ambiguous row (F50): both places are offered; the official picks 石柱县's.
    const ambiguous = page.getByTestId('decision-F50');
    assert.equal(await ambiguous.getAttribute('data-decision'), 'undecided');
    await page.getByTestId('choose-F50').click();
    await page.locator('.ant-select-dropdown:visible').getByText('石柱土家族自治县 / 龙沙镇 / 青龙村').click();
    await waitForText(page.getByTestId('choose-F50'), /石柱土家族自治县 \/ 龙沙镇 \/ 青龙村/);

    // The unknown row (车田乡清明村, C38): the closest village of 车田乡 is offered.
    await page.getByTestId('choose-C38').click();
    await page.locator('.ant-select-dropdown:visible').getByText(/车田乡 \/ 清明坝村/).click();

    // Nothing left to decide: the counter is gone and the save button is enabled.
    await page.getByTestId('import-undecided').waitFor({ state: 'detached' });
    await waitForText(page.getByTestId('import-tally'), /100/);
    await page.getByTestId('import-save').click();
    await page.getByTestId('import-result').waitFor();
    await waitForText(page.getByTestId('import-result-created'), /100/);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }

  // The public, not signed in.
  const visitor = await stack.newPage();
  try {
    await visitor.page.goto('/login');
    await visitor.page.getByTestId('login-key-areas').click();
    await visitor.page.getByTestId('key-area-program-e2e-villages').click();
    await waitForText(visitor.page.getByTestId('count-designated_village'), /100/);
    const tree = visitor.page.getByTestId('key-area-tree');
    await tree.waitFor();
    const treeText = (await tree.textContent()) ?? '';
    assert.match(treeText, /石柱土家族自治县/);
    assert.match(treeText, /酉阳土家族苗族自治县/);
    assert.deepEqual(visitor.pageErrors, []);
  } finally {
    await visitor.context.close();
  }
});
