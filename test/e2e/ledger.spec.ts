// Issue 8 end to end: the 巫溪县 official notes this year's funds donated and amount confirmed in 巫溪县; the demo
// foundation downloads the import template, fills three rows (funds to 中岗村, materials, and a purchase without
// its channel) and uploads it: one bad row, nothing saved. It downloads the error workbook, fixes the marked cell
// in that very workbook and uploads it again: three records, listed by their import. The 中岗村 liaison confirms the
// funds record from 待我确认; the official's figures grew by exactly the funds and the confirmed amount, and the
// funds card drills down to the record.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import { chinaToday } from '../../src/common/glossary.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/seed.ts';
import { COLUMNS } from '../../src/server/modules/ledger-imports/columns.ts';
import { startStack, submitLogin, waitForText, type Stack } from './support.ts';

let stack: Stack;

before(async () => {
  stack = await startStack();
});

after(async () => {
  if (process.env.BANGFU_E2E_SERVER_LOG) process.stdout.write(stack?.serverOutput() ?? '');
  await stack?.stop();
});

const TODAY = chinaToday();
const FOUNDATION = '重庆山城乡村发展基金会（演示）';
const XLSX_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');

/** The three rows the foundation fills, by the template's headers; the purchase lacks its channel at first. */
const FUNDS = {
  summary: '中岗村小学秋季学期助学金（端到端导入）',
  yuan: 12345.67,
  fen: 1_234_567,
  shown: '12,345.67',
};
const MATERIALS = { summary: '为中岗村留守老人捐赠冬季棉衣（端到端导入）', yuan: 2400, fen: 240_000 };
const PURCHASE = { summary: '结对采购红池坝镇高山土豆（端到端导入）', yuan: 8888.8, fen: 888_880 };
const CHANNEL_HEADER = '消费渠道';
const CHANNEL_FIX = '结对采购 / 以购代捐';
const CHANNEL_PROBLEM = /消费渠道：消费帮扶请选择渠道/;

const ROWS: Record<string, string | number | Date>[] = [
  {
    地区代码: '500238118201',
    地区名称: '巫溪县红池坝镇中岗村',
    帮扶日期: new Date(`${TODAY}T00:00:00Z`),
    帮扶方式: '捐赠资金',
    重点领域: '教育帮扶',
    '金额（元）': FUNDS.yuan,
    资金来源: '自有资金',
    受益人次: 46,
    受益户数: 40,
    帮扶内容: FUNDS.summary,
    票据编号: 'E2E-ZX-0001',
  },
  {
    地区代码: '500238118201',
    帮扶日期: new Date(`${TODAY}T00:00:00Z`),
    帮扶方式: '捐赠物资',
    重点领域: '教育帮扶',
    '金额（元）': MATERIALS.yuan,
    物资名称: '冬季棉衣',
    物资数量: 60,
    物资单位: '件',
    志愿者人次: 6,
    受益人次: 60,
    帮扶内容: MATERIALS.summary,
  },
  {
    地区代码: '500238118',
    地区名称: '巫溪县红池坝镇',
    帮扶日期: new Date(`${TODAY}T00:00:00Z`),
    帮扶方式: '消费帮扶（采购）',
    重点领域: '消费帮扶',
    '金额（元）': PURCHASE.yuan,
    会员企业家次: 3,
    受益户数: 25,
    帮扶内容: PURCHASE.summary,
  },
];

// What the steps hand on to the next ones.
const state = {
  before: { fundsFen: Number.NaN, confirmedFen: Number.NaN },
  template: null as Buffer | null,
  failedJob: '',
  savedJob: '',
  fundsRecordId: '',
};

function earlier<T>(value: T | null | undefined | '', what: string): T {
  assert.ok(value !== null && value !== undefined && value !== '', `an earlier step failed: no ${what}`);
  return value;
}

async function signIn(page: Page, username: string, displayName: string): Promise<void> {
  await submitLogin(page, username, DEMO_PASSWORD);
  await waitForText(page.getByTestId('current-user'), displayName);
}

/** Clicks what starts a download and returns the file's bytes. */
async function downloaded(page: Page, trigger: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const failure = await download.failure();
  assert.equal(failure, null, `the download failed: ${failure}`);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { download, bytes: Buffer.concat(chunks) };
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A cell's text as Excel shows it (rich text joined). */
function textOf(cell: ExcelJS.Cell): string {
  return cell.text.trim();
}

/** The 1-based column of each header of `row`. */
function columnsOf(row: ExcelJS.Row): Map<string, number> {
  const out = new Map<string, number>();
  row.eachCell((cell, n) => out.set(textOf(cell), n));
  return out;
}

/** The shown amount "12,345.67 元" (or a short "2.01 万元", whose exact value its tooltip gives) in fen. */
async function shownFen(page: Page, figure: Locator): Promise<number> {
  await figure.waitFor();
  let text = ((await figure.textContent()) ?? '').trim();
  if (/万元|亿元/.test(text)) {
    await figure.hover();
    const tip = page.getByRole('tooltip').filter({ hasText: /元$/ });
    await tip.waitFor();
    text = ((await tip.textContent()) ?? '').trim();
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'hidden' });
  }
  const m = /^(-?)([\d,]+)\.(\d{2}) 元$/.exec(text);
  assert.ok(m, `an amount in 元 with two decimals, not "${text}"`);
  const fen = Number(m[2]!.replace(/,/g, '')) * 100 + Number(m[3]);
  return m[1] === '-' ? -fen : fen;
}

/** Every record the signed-in account sees through the API (the page's own cookie), all pages. */
async function allRecords(context: BrowserContext, query = ''): Promise<{ id: number; summary: string; amountFen: number }[]> {
  const out: { id: number; summary: string; amountFen: number }[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', '200');
    if (cursor) params.set('cursor', cursor);
    const res = await context.request.get(`/api/aid-records?${params.toString()}`);
    assert.equal(res.status(), 200, await res.text());
    const page = (await res.json()) as { items: { id: number; summary: string; amountFen: number }[]; nextCursor: string | null };
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** The official's statistics for this year (the default period), 巫溪县 picked in the region cascader. */
async function wuxiFigures(page: Page): Promise<{ fundsFen: number; confirmedFen: number }> {
  await page.goto('/statistics');
  await page.getByTestId('statistics-region').locator('.ant-cascader').click();
  for (const name of ['重庆市', '县', '巫溪县']) {
    await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item').filter({ hasText: new RegExp(`^${name}$`) }).click();
  }
  await page.waitForURL(/[?&]region=500238(&|$)/);
  await page.keyboard.press('Escape');
  const year = TODAY.slice(0, 4);
  await waitForText(page.getByTestId('statistics-scope-text'), new RegExp(`^巫溪县.*${year}年1月`));
  return {
    fundsFen: await shownFen(page, page.getByTestId('stat-funds')),
    confirmedFen: await shownFen(page, page.getByTestId('stat-confirmed')),
  };
}

/** Uploads `bytes` through the import page's form and waits for the job's id to show. */
async function uploadWorkbook(page: Page, name: string, bytes: Buffer): Promise<string> {
  await page
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
  await page.getByTestId('aid-import-submit').click();
  await page.waitForURL(/\/ledger\/import\?job=[0-9a-f-]{36}$/);
  const jobId = new URL(page.url()).searchParams.get('job') ?? '';
  await waitForText(page.getByTestId('aid-import-job-id'), `任务编号：${jobId}`);
  return jobId;
}

test('the 巫溪县 official notes this year’s funds donated and amount confirmed before the import', async () => {
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, 'wuxi_xczx', '巫溪县乡村振兴局（演示）');
    state.before = await wuxiFigures(page);
    // The demo ledger is there from the start.
    assert.ok(state.before.fundsFen > 0, 'the demo has funds donated in 巫溪县 this year');
    assert.ok(state.before.confirmedFen > 0, 'the demo has receipts confirmed in 巫溪县 this year');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('the foundation imports the filled template with one bad row: the page names it and nothing is saved', async () => {
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, 'org_admin', '山城基金会管理员（演示）');
    const before = await allRecords(context);

    await page.goto('/ledger');
    await page.getByTestId('ledger-import').click();
    await page.waitForURL(/\/ledger\/import$/);
    await waitForText(page.getByTestId('page-title'), '从 Excel 导入帮扶记录');

    // The template: an .xlsx whose first sheet has the import's header and the example row.
    const { download, bytes } = await downloaded(page, page.getByTestId('aid-import-template'));
    assert.equal(download.suggestedFilename(), '帮扶记录导入模板.xlsx');
    assert.ok(bytes.subarray(0, 4).equals(XLSX_MAGIC), 'the template is an xlsx (zip) file');
    const template = await workbookOf(bytes);
    const sheet = template.worksheets[0]!;
    assert.equal(sheet.name, '帮扶记录');
    const header = sheet.getRow(1);
    assert.deepEqual(
      COLUMNS.map((_, i) => textOf(header.getCell(i + 1))),
      COLUMNS.map((c) => c.header),
    );
    assert.equal(textOf(sheet.getRow(2).getCell(1)), '示例');

    // Filled below the example row, as a giver would.
    const at = columnsOf(header);
    ROWS.forEach((values, i) => {
      const row = sheet.getRow(3 + i);
      for (const [name, value] of Object.entries(values)) row.getCell(earlier(at.get(name), `column ${name}`)).value = value;
      row.commit();
    });
    state.template = Buffer.from(await template.xlsx.writeBuffer());

    state.failedJob = await uploadWorkbook(page, '山城基金会帮扶记录.xlsx', state.template);
    await waitForText(page.getByTestId('aid-import-bad'), '1 行有问题，未保存任何记录');
    const result = page.getByTestId('aid-import-result');
    assert.equal(await result.getAttribute('data-outcome'), 'errors');
    // The bad row is the purchase (row 5 of the sheet), its channel missing.
    const errors = page.getByTestId('aid-import-errors').locator('tbody tr.ant-table-row');
    assert.equal(await errors.count(), 1);
    const cells = (await errors.first().locator('td').allTextContents()).map((t) => t.trim());
    assert.equal(cells[0], '5');
    assert.equal(cells[1], CHANNEL_HEADER);
    assert.match(cells[2] ?? '', CHANNEL_PROBLEM);

    // Nothing of the sheet was saved: none of its rows, none under its job, the foundation's records as before.
    const after = await allRecords(context);
    assert.deepEqual(after.map((r) => r.id).sort(), before.map((r) => r.id).sort());
    assert.deepEqual(await allRecords(context, `importJobId=${state.failedJob}`), []);
    for (const r of ROWS) assert.ok(!after.some((a) => a.summary === r.帮扶内容), `${String(r.帮扶内容)} was not saved`);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('the foundation fixes the marked cell in the error workbook and imports it: three records, listed by the import', async () => {
  const failedJob = earlier(state.failedJob, 'failed import');
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, 'org_admin', '山城基金会管理员（演示）');
    // The job is in the address: coming back finds its result.
    await page.goto(`/ledger/import?job=${failedJob}`);
    await waitForText(page.getByTestId('aid-import-bad'), '1 行有问题，未保存任何记录');

    const { bytes } = await downloaded(page, page.getByTestId('aid-import-errors-download'));
    assert.ok(bytes.subarray(0, 4).equals(XLSX_MAGIC), 'the error workbook is an xlsx (zip) file');
    const marked = await workbookOf(bytes);
    const sheet = marked.worksheets[0]!;
    const at = columnsOf(sheet.getRow(1));
    assert.equal(at.get('错误说明'), 1, 'the errors come first, beside each row');
    const summaryColumn = earlier(at.get('帮扶内容'), 'column 帮扶内容');
    const channelColumn = earlier(at.get(CHANNEL_HEADER), `column ${CHANNEL_HEADER}`);
    // Every row of the upload, in its order; only the purchase carries an error.
    const explained = new Map<string, string>();
    for (let n = 2; n <= sheet.rowCount; n += 1) {
      const row = sheet.getRow(n);
      const summary = textOf(row.getCell(summaryColumn));
      if (summary !== '') explained.set(summary, textOf(row.getCell(1)));
    }
    assert.equal(explained.get(FUNDS.summary), '');
    assert.equal(explained.get(MATERIALS.summary), '');
    assert.match(explained.get(PURCHASE.summary) ?? '', CHANNEL_PROBLEM);
    let fixed = 0;
    sheet.eachRow((row) => {
      if (textOf(row.getCell(summaryColumn)) === PURCHASE.summary) {
        row.getCell(channelColumn).value = CHANNEL_FIX;
        fixed += 1;
      }
    });
    assert.equal(fixed, 1);
    const corrected = Buffer.from(await marked.xlsx.writeBuffer());

    await page.getByTestId('aid-import-again').click();
    state.savedJob = await uploadWorkbook(page, '山城基金会帮扶记录（已修改）.xlsx', corrected);
    assert.notEqual(state.savedJob, failedJob);
    await waitForText(page.getByTestId('aid-import-saved'), '已记入台账 3 条帮扶记录');
    const totalFen = FUNDS.fen + MATERIALS.fen + PURCHASE.fen;
    const total = (totalFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
    await waitForText(page.getByTestId('aid-import-result'), new RegExp(`共 3 行，金额合计 ${total} 元。`));

    await page.getByTestId('aid-import-see').click();
    await page.waitForURL(new RegExp(`/ledger\\?importJobId=${state.savedJob}$`));
    const rows = page.getByTestId('ledger-table').locator('tr[data-testid^="aid-row-"]');
    for (const r of [FUNDS, MATERIALS, PURCHASE]) await rows.filter({ hasText: r.summary }).waitFor();
    const listed = await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
    assert.equal(listed.length, 3, `exactly the imported records: ${listed.join(' | ')}`);
    for (const r of [FUNDS, MATERIALS, PURCHASE]) {
      const row = rows.filter({ hasText: r.summary });
      assert.equal(await row.count(), 1, r.summary);
      assert.equal(await row.getByTestId('aid-amount').getAttribute('data-fen'), String(r.fen));
    }
    const funds = rows.filter({ hasText: FUNDS.summary });
    await waitForText(funds.getByTestId('aid-amount'), FUNDS.shown);
    await waitForText(funds.getByTestId('aid-confirmation'), '待确认');
    state.fundsRecordId = /^aid-row-(\d+)$/.exec((await funds.getAttribute('data-testid')) ?? '')?.[1] ?? '';
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('the 中岗村 liaison finds the imported funds among the records awaiting confirmation and confirms receipt', async () => {
  const id = earlier(state.fundsRecordId, 'imported funds record');
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, 'zhonggang', '中岗村联系人（演示）');
    await page.goto('/ledger');
    await waitForText(page.getByTestId('page-title'), '帮扶台账');
    await page.getByTestId('ledger-awaiting-me').click();
    await page.waitForURL(/confirmation=unconfirmed/);
    const row = page.getByTestId(`aid-row-${id}`);
    await waitForText(row.getByTestId(`aid-row-link-${id}`), TODAY);
    assert.match((await row.textContent()) ?? '', new RegExp(FUNDS.summary.replace(/[（）]/g, '.')));
    assert.match((await row.textContent()) ?? '', new RegExp(FOUNDATION.replace(/[（）]/g, '.')));
    await waitForText(row.getByTestId('aid-amount'), FUNDS.shown);

    await row.getByTestId(`aid-confirm-${id}`).click();
    await page.locator('.ant-message-notice').filter({ hasText: '已确认收悉' }).waitFor();
    // Confirmed, it no longer awaits the liaison.
    await row.waitFor({ state: 'detached' });

    await page.goto(`/ledger/${id}`);
    await waitForText(page.getByTestId('page-title'), new RegExp(`${FUNDS.summary.replace(/[（）]/g, '.')}$`));
    const receipts = page.getByTestId('aid-receipts');
    await waitForText(receipts.getByTestId('aid-confirmation'), '已收悉确认');
    const receipt = receipts.locator('[data-testid^="aid-receipt-"][data-status="confirmed"]');
    await waitForText(receipt, /已确认收悉.*中岗村联系人（演示）/);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('the official’s figures grew by exactly the funds and the confirmed amount; the funds card opens the record', async () => {
  const id = earlier(state.fundsRecordId, 'imported funds record');
  assert.ok(Number.isFinite(state.before.fundsFen), 'an earlier step failed: no figures before the import');
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, 'wuxi_xczx', '巫溪县乡村振兴局（演示）');
    const now = await wuxiFigures(page);
    assert.equal(now.fundsFen - state.before.fundsFen, FUNDS.fen, 'funds donated grew by the imported funds');
    assert.equal(now.confirmedFen - state.before.confirmedFen, FUNDS.fen, 'confirmed grew by the confirmed record');

    await page.getByTestId('stat-link-funds').click();
    await page.waitForURL(/\/ledger\?.*kind=funds/);
    const address = new URL(page.url()).searchParams;
    assert.equal(address.get('region'), '500238');
    assert.equal(address.get('from'), `${TODAY.slice(0, 4)}-01-01`);
    const row = page.getByTestId(`aid-row-${id}`);
    await waitForText(row.getByTestId('aid-amount'), FUNDS.shown);
    await waitForText(row.getByTestId('aid-confirmation'), '已收悉确认');
    // Only funds donated behind the card.
    const kinds = await page.getByTestId('ledger-table').locator('tr[data-testid^="aid-row-"] [data-kind]').evaluateAll((tags) =>
      tags.map((t) => t.getAttribute('data-kind')),
    );
    assert.ok(kinds.length > 0 && kinds.every((k) => k === 'funds'), `only funds: ${kinds.join(',')}`);

    await row.getByTestId(`aid-row-link-${id}`).click();
    await page.waitForURL(new RegExp(`/ledger/${id}$`));
    await waitForText(page.getByTestId('page-title'), new RegExp(`${FUNDS.summary.replace(/[（）]/g, '.')}$`));
    await waitForText(page.getByTestId('aid-giver'), FOUNDATION);
    await waitForText(page.getByTestId('aid-place'), /中岗村/);
    await waitForText(page.getByTestId('aid-facts').getByTestId('aid-amount'), FUNDS.shown);
    await waitForText(page.getByTestId('aid-receipts').getByTestId('aid-confirmation'), '已收悉确认');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
