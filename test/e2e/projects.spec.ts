// Issue 7 end to end: 重庆市民政局 creates a matching fair for the four national key support counties; the demo
// foundation and the Shandong foundation sign up, see the counties' key areas and needs, pair with 巫溪县 and 城口县
// from the fair and upload their signed agreements; the official confirms both and coverage of the 2021 program shows
// 2 of 4 counties paired (彭水 and 酉阳 not, one pairing by counterpart support); each foundation creates a project from
// the fair and asks to sign, each county signs its own; one lands with a photo, the other (planned start 40 days ago)
// is overdue at once; the checklist and the fair's dashboard show both.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { chinaToday } from '../../src/common/glossary.ts';
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

function daysAhead(days: number): string {
  const d = new Date(`${chinaToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const PROGRAM_2021 = '重庆市社会组织助力乡村振兴（2021 起）';
const COUNTIES = { wuxi: '500238', chengkou: '500229', pengshui: '500243', youyang: '500242' } as const;
const FAIR = {
  name: `${chinaToday().slice(0, 4)} 国家乡村振兴重点帮扶县项目对接会（端到端）`,
  theme: '产业、教育结对，项目签约即跟踪到落地',
  start: chinaToday(),
  end: daysAhead(6),
};
const PAIRING_END = `${Number(chinaToday().slice(0, 4)) + 2}-12-31`;

interface Side {
  username: string;
  displayName: string;
  organization: string;
  county: string;
  countyName: string;
  pairing: { title: string; fields: string[]; yuan: string; people: string; commitments: string };
  project: {
    name: string;
    summary: string;
    field: string;
    startDays: number;
    lines: { source: string; yuan: string }[];
    total: string;
    phone: string;
  };
}

const SHANCHENG: Side = {
  username: 'org_admin',
  displayName: '山城基金会管理员（演示）',
  organization: '重庆山城乡村发展基金会（演示）',
  county: COUNTIES.wuxi,
  countyName: '巫溪县',
  pairing: {
    title: '山城基金会结对帮扶巫溪县（端到端）',
    fields: ['教育帮扶', '产业扶持'],
    yuan: '1500000',
    people: '12',
    commitments: '三年资助巫溪县 15 所村小学改善办学条件，扶持 6 个村的中药材合作社。',
  },
  project: {
    name: '巫溪县村小学图书角（端到端）',
    summary: '为巫溪县 15 所村小学各建一个图书角，每校配书 800 册。',
    field: '教育帮扶',
    startDays: -3,
    lines: [
      { source: '自有资金', yuan: '200000' },
      { source: '公开募捐 / 网络众筹', yuan: '100000.50' },
    ],
    total: '300000.50',
    phone: '023-60000001',
  },
};

const SHANDONG: Side = {
  username: 'sd_org',
  displayName: '齐鲁基金会管理员（演示）',
  organization: '山东齐鲁乡村振兴公益基金会（演示）',
  county: COUNTIES.chengkou,
  countyName: '城口县',
  pairing: {
    title: '齐鲁基金会东西部协作结对城口县（端到端）',
    fields: ['产业扶持'],
    yuan: '2000000',
    people: '6',
    commitments: '三年投入协作资金 200 万元，建设山地鸡养殖基地，组织山东采购商消费帮扶。',
  },
  project: {
    name: '城口县山地鸡养殖基地（端到端）',
    summary: '在城口县建设山地鸡养殖基地，带动 80 户养殖户，产品进入山东商超。',
    field: '产业扶持',
    startDays: -40,
    lines: [
      { source: '对口支援资金', yuan: '800000' },
      { source: '会员企业', yuan: '200000' },
    ],
    total: '1000000',
    phone: '0531-86000001',
  },
};

// What the steps hand on to the next ones.
const state = {
  fairId: '',
  pairings: { org_admin: '', sd_org: '' } as Record<string, string>,
  projects: { org_admin: '', sd_org: '' } as Record<string, string>,
};

function earlier(value: string | undefined, what: string): string {
  assert.ok(value, `an earlier step failed: no ${what}`);
  return value;
}

// A 1×1 PNG (the landing photo) and a one-page PDF per agreement (the server checks their content). Each differs from
// the demo's files: the platform keeps one copy per content, under the name it was first uploaded with.
const PNG = Buffer.concat([
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
  Buffer.from('e2e landing photo'),
]);
function pdf(label: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ${label}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

async function signIn(page: Page, username: string, displayName: string): Promise<void> {
  await submitLogin(page, username, DEMO_PASSWORD);
  await waitForText(page.getByTestId('current-user'), displayName);
}

/** Picks the option of the open Ant Design select that shows `text`. */
async function pickOption(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

/** Waits until every select's list has closed, so that the next one opened is the only list on the page. */
async function listsClosed(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.ant-select-dropdown')].every((e) => e.classList.contains('ant-select-dropdown-hidden')),
  );
}

/** Opens a select by its test id and picks the option showing `text`. */
async function choose(page: Page, testId: string, text: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await pickOption(page, text);
  await listsClosed(page);
}

/** Picks several options of a multiple select, then closes its list. */
async function chooseMany(page: Page, testId: string, texts: string[]): Promise<void> {
  await page.getByTestId(testId).click();
  for (const text of texts) await pickOption(page, text);
  await page.keyboard.press('Escape');
  await listsClosed(page);
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

test('the city official creates a matching fair for the four national key support counties', async () => {
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, 'cq_mz', '重庆市民政局社会组织管理局（演示）');
    await page.goto('/fairs/new');
    await page.getByTestId('fair-form-kind-matching_fair').click();
    await page.getByTestId('fair-form-name').fill(FAIR.name);
    await page.getByTestId('fair-form-theme').fill(FAIR.theme);
    await page.getByTestId('fair-form-description').fill('组织社会组织与四个重点帮扶县现场对接结对和项目。');
    await choose(page, 'fair-form-program', PROGRAM_2021);
    // The program's quick pick fills the four counties in one click.
    await page.getByTestId('fair-form-key-counties').click();
    for (const code of Object.values(COUNTIES)) await page.getByTestId(`fair-form-region-${code}`).waitFor();
    assert.equal(await page.getByTestId('fair-form-region-list').locator('.ant-tag').count(), 4);
    await typeDate(page, 'fair-form-start', FAIR.start);
    await typeDate(page, 'fair-form-end', FAIR.end);
    await page.getByTestId('fair-form-submit').click();

    state.fairId = await idFromUrl(page, 'fairs');
    await waitForText(page.getByTestId('page-title'), FAIR.name);
    await waitForText(page.getByTestId('fair-status'), '报名中');
    await waitForText(page.getByTestId('fair-program'), PROGRAM_2021);
    await waitForText(page.getByTestId('fair-dates'), `${FAIR.start} ~ ${FAIR.end}`);
    for (const code of Object.values(COUNTIES)) await page.getByTestId(`fair-region-${code}`).waitFor();
    await waitForText(page.getByTestId('fair-region-500243'), /彭水苗族土家族自治县/);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

/** A foundation opens the fair from the list, signs up, sees the key areas and needs, and proposes its pairing. */
async function signUpAndPair(side: Side): Promise<void> {
  const fairId = earlier(state.fairId, 'fair');
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, side.username, side.displayName);
    await page.goto('/fairs');
    await page.getByTestId(`fair-link-${fairId}`).click();
    await waitForText(page.getByTestId('page-title'), FAIR.name);
    // Before signing up: a hint, and nothing of the regions yet.
    await page.getByTestId('fair-signup-hint').waitFor();
    assert.equal(await page.getByTestId('fair-key-areas-card').count(), 0);
    await page.getByTestId('fair-signup').click();
    await page.getByTestId('fair-signup-input').fill(`${side.organization}报名：关注${side.countyName}的结对和项目。`);
    await page.getByTestId('fair-signup-submit').click();
    await page.getByTestId('fair-signed-up-banner').waitFor();

    // The four counties as key areas of the 2021 program, none paired yet, and the open needs of the regions.
    const keyAreas = page.getByTestId('fair-key-areas-table').locator('tr').filter({ hasText: PROGRAM_2021 });
    for (const name of ['巫溪县', '城口县', '彭水苗族土家族自治县', '酉阳土家族苗族自治县']) {
      const row = keyAreas.filter({ hasText: name }).first();
      await waitForText(row.locator('[data-testid^="fair-key-area-paired-"]'), '未结对');
    }
    await page.getByTestId('fair-needs-list').locator('[data-testid^="need-card-"]').first().waitFor();

    await page.getByTestId('fair-new-pairing').click();
    await page.waitForURL(new RegExp(`/pairings/new\\?fairId=${fairId}$`));
    await choose(page, 'pairing-form-program', PROGRAM_2021);
    await page.getByTestId('pairing-form-title').fill(side.pairing.title);
    // The fair's counties are offered as quick picks.
    await page.getByTestId('pairing-form-fair-picks').getByRole('button', { name: side.countyName }).click();
    await page.getByTestId(`pairing-form-place-${side.county}`).waitFor();
    await typeDate(page, 'pairing-form-start', chinaToday());
    await typeDate(page, 'pairing-form-end', PAIRING_END);
    await chooseMany(page, 'pairing-form-fields', side.pairing.fields);
    await page.getByTestId('pairing-form-amount').fill(side.pairing.yuan);
    await page.getByTestId('pairing-form-people').fill(side.pairing.people);
    await page.getByTestId('pairing-form-commitments').fill(side.pairing.commitments);
    await waitForText(page.getByTestId('pairing-form-fair'), new RegExp(FAIR.name.replace(/[（）]/g, '.')));
    await page.getByTestId('pairing-form-submit').click();

    const pairingId = await idFromUrl(page, 'pairings');
    state.pairings[side.username] = pairingId;
    await waitForText(page.getByTestId('page-title'), side.pairing.title);
    await waitForText(page.getByTestId('pairing-status'), '待确认');
    await waitForText(page.getByTestId('pairing-program'), PROGRAM_2021);
    await waitForText(page.getByTestId('pairing-fair'), FAIR.name);
    await page.getByTestId('pairing-agreement-none').waitFor();

    // The signed agreement, uploaded on the pairing's page.
    await page
      .getByTestId('pairing-agreement')
      .locator('input[type=file]')
      .setInputFiles({ name: `${side.pairing.title}（签署版）.pdf`, mimeType: 'application/pdf', buffer: pdf(`e2e agreement of ${side.username}`) });
    await waitForText(page.getByTestId('pairing-agreement-link'), new RegExp(`${side.countyName}.*签署版.*\\.pdf`));
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
}

test('the demo foundation signs up, sees the key areas and needs, and pairs with 巫溪县 from the fair', async () => {
  await signUpAndPair(SHANCHENG);
});

test('the Shandong foundation signs up and pairs with 城口县: its pairing is marked counterpart support', async () => {
  await signUpAndPair(SHANDONG);
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, SHANDONG.username, SHANDONG.displayName);
    await page.goto(`/pairings/${earlier(state.pairings.sd_org, 'Shandong pairing')}`);
    await waitForText(page.getByTestId('pairing-counterpart'), /^对口支援/);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('the official confirms both pairings; coverage of the 2021 program shows 2 of 4 counties paired', async () => {
  const ours = earlier(state.pairings.org_admin, 'foundation pairing');
  const theirs = earlier(state.pairings.sd_org, 'Shandong pairing');
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, 'cq_mz', '重庆市民政局社会组织管理局（演示）');
    for (const [id, organization] of [
      [ours, SHANCHENG.organization],
      [theirs, SHANDONG.organization],
    ] as const) {
      await page.goto('/pairings');
      const pending = page.getByTestId('pairings-pending-table');
      await waitForText(pending.getByTestId(`pairing-organization-${id}`), organization);
      await pending.getByTestId(`pairing-review-${id}`).click();
      await page.waitForURL(new RegExp(`/pairings/${id}$`));
      await page.getByTestId('pairing-agreement-link').waitFor();
      await page.getByTestId('pairing-confirm').click();
      await page.getByTestId('pairing-confirm-ok').click();
      await waitForText(page.getByTestId('pairing-status'), '已确认');
    }
    await page.goto('/pairings');
    const all = page.getByTestId('pairings-all-table');
    await waitForText(all.getByTestId(`pairing-status-${ours}`), /已确认/);
    await waitForText(all.getByTestId(`pairing-status-${theirs}`), /已确认/);
    await all.getByTestId(`pairing-counterpart-${theirs}`).waitFor();
    assert.equal(await all.getByTestId(`pairing-counterpart-${ours}`).count(), 0);

    await page.goto('/coverage');
    await choose(page, 'coverage-program', PROGRAM_2021);
    const kind = 'coverage-kind-national_key_support_county';
    await waitForText(page.getByTestId(`${kind}-paired`), '已结对 2 / 4');
    await waitForText(page.getByTestId(`${kind}-unpaired`), '未结对 2');
    await waitForText(page.getByTestId(`${kind}-counterpart`), '其中对口支援 1');
    // The counties still to pair are listed: 彭水 and 酉阳, not 巫溪 or 城口.
    const gaps = page.getByTestId('coverage-gaps-table');
    await waitForText(gaps.getByTestId(`coverage-area-${COUNTIES.pengshui}`), /彭水苗族土家族自治县/);
    await waitForText(gaps.getByTestId(`coverage-area-${COUNTIES.youyang}`), /酉阳土家族苗族自治县/);
    assert.equal(await gaps.getByTestId(`coverage-area-${COUNTIES.wuxi}`).count(), 0);
    assert.equal(await gaps.getByTestId(`coverage-area-${COUNTIES.chengkou}`).count(), 0);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

/** A foundation creates its project from the fair's page and asks the county to sign. */
async function createProject(side: Side): Promise<void> {
  const fairId = earlier(state.fairId, 'fair');
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, side.username, side.displayName);
    await page.goto(`/fairs/${fairId}`);
    await waitForText(page.getByTestId('page-title'), FAIR.name);
    await page.getByTestId('fair-new-project').click();
    await page.waitForURL(new RegExp(`/projects/new\\?fairId=${fairId}$`));
    // Started from the fair, the project is tagged with it.
    await waitForText(page.getByTestId('project-form-fair'), new RegExp(FAIR.name.replace(/[（）]/g, '.')));

    const p = side.project;
    await page.getByTestId('project-form-name').fill(p.name);
    await page.getByTestId('project-form-summary').fill(p.summary);
    await chooseMany(page, 'project-form-fields', [p.field]);
    await page.getByTestId('project-place-search').click();
    await page.keyboard.type(side.countyName);
    await pickOption(page, new RegExp(`${side.countyName}$`));
    await listsClosed(page);
    await page.getByTestId(`project-place-${side.county}`).waitFor();
    await choose(page, 'project-form-program', PROGRAM_2021);
    await page.getByTestId('project-form-budget').fill(p.total);
    await choose(page, 'project-budget-line-0-source', p.lines[0]!.source);
    await page.getByTestId('project-budget-line-0-amount').fill(p.lines[0]!.yuan);
    await page.getByTestId('project-budget-add').click();
    await choose(page, 'project-budget-line-1-source', p.lines[1]!.source);
    await page.getByTestId('project-budget-line-1-amount').fill(p.lines[1]!.yuan);
    await waitForText(page.getByTestId('project-budget-difference'), '与总额一致');
    await typeDate(page, 'project-form-start', daysAhead(p.startDays));
    await typeDate(page, 'project-form-end', daysAhead(300));
    await page.getByTestId('project-person-0-phone').fill(p.phone);
    await page.getByTestId('project-form-submit').click();

    const projectId = await idFromUrl(page, 'projects');
    state.projects[side.username] = projectId;
    await waitForText(page.getByTestId('page-title'), p.name);
    await waitForText(page.getByTestId('project-status'), '计划中');
    await waitForText(page.getByTestId('project-facts'), new RegExp(FAIR.name.replace(/[（）]/g, '.')));

    // The agreement drafted with the county, among the project's files before asking it to sign.
    await choose(page, 'project-file-kind', /^协议$/);
    await page
      .getByTestId('project-files')
      .locator('input[type=file]')
      .setInputFiles({ name: `${p.name}协议.pdf`, mimeType: 'application/pdf', buffer: pdf(`e2e project agreement of ${side.username}`) });
    await waitForText(page.getByTestId('project-files-agreement'), new RegExp(`${p.name.replace(/[（）]/g, '.')}协议\\.pdf`));

    await page.getByTestId('project-request-signing').click();
    await page.getByTestId('project-request-signing-submit').click();
    await waitForText(page.getByTestId('project-status'), '待签约');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
}

/** The county's official signs the project for the area. */
async function signProject(username: string, displayName: string, projectId: string): Promise<void> {
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, username, displayName);
    await page.goto(`/projects/${projectId}`);
    await waitForText(page.getByTestId('project-status'), '待签约');
    await page.getByTestId('project-sign').click();
    await page.getByTestId('project-sign-note').fill('在对接会现场签约。');
    await page.getByTestId('project-sign-submit').click();
    await waitForText(page.getByTestId('project-status'), '已签约');
    await waitForText(page.getByTestId('project-signed-on'), chinaToday());
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
}

test('each foundation creates a project from the fair and asks to sign; each county signs its own', async () => {
  await createProject(SHANCHENG);
  await createProject(SHANDONG);
  await signProject('wuxi_xczx', '巫溪县乡村振兴局（演示）', earlier(state.projects.org_admin, 'foundation project'));
  await signProject('chengkou_mz', '城口县民政局（演示）', earlier(state.projects.sd_org, 'Shandong project'));
});

test('the demo foundation records landing with a photo: the project shows 已落地', async () => {
  const projectId = earlier(state.projects.org_admin, 'foundation project');
  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, SHANCHENG.username, SHANCHENG.displayName);
    await page.goto(`/projects/${projectId}`);
    await waitForText(page.getByTestId('project-status'), '已签约');
    assert.equal(await page.getByTestId('project-overdue').count(), 0);
    await page.getByTestId('project-land').click();
    await page.getByTestId('project-land-note').fill('首批 5 所村小学的图书角已布置完成，图书上架 4,000 册。');
    await page
      .getByTestId('project-land-evidence')
      .locator('input[type=file]')
      .setInputFiles({ name: '图书角开放.png', mimeType: 'image/png', buffer: PNG });
    // The uploaded photo is ticked as evidence as soon as the server has it.
    const photo = page.getByTestId('project-land-evidence').locator('.ant-checkbox-wrapper').filter({ hasText: '图书角开放.png' });
    await photo.waitFor();
    await page.getByTestId('project-land-evidence').locator('.ant-checkbox-wrapper-checked').filter({ hasText: '图书角开放.png' }).waitFor();
    await page.getByTestId('project-land-submit').click();
    await waitForText(page.getByTestId('project-status'), '已落地');
    await waitForText(page.getByTestId('project-landed-on'), chinaToday());
    await waitForText(page.getByTestId('project-files-evidence'), /图书角开放\.png/);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('the checklist and the fair’s dashboard show one project landed and the other overdue', async () => {
  const landed = earlier(state.projects.org_admin, 'foundation project');
  const overdue = earlier(state.projects.sd_org, 'Shandong project');
  const fairId = earlier(state.fairId, 'fair');

  // The Shandong foundation sees its project overdue since it was signed.
  const shandong = await stack.newPage();
  try {
    await signIn(shandong.page, SHANDONG.username, SHANDONG.displayName);
    await shandong.page.goto(`/projects/${overdue}`);
    await waitForText(shandong.page.getByTestId('project-status'), '已签约');
    await waitForText(shandong.page.getByTestId('project-overdue'), '逾期 10 天');
    await waitForText(shandong.page.getByTestId('project-landing-due'), daysAhead(-10));
    await shandong.page.getByTestId('project-overdue-alert').waitFor();
    assert.deepEqual(shandong.pageErrors, []);
  } finally {
    await shandong.context.close();
  }

  const { context, page, pageErrors } = await stack.newPage();
  try {
    await signIn(page, 'cq_mz', '重庆市民政局社会组织管理局（演示）');
    await page.goto('/checklist');
    await waitForText(page.getByTestId('page-title'), '项目落地清单');
    const table = page.getByTestId('checklist-table');

    // Both are signed projects of the city: on the whole list first.
    await waitForText(table.getByTestId(`checklist-link-${overdue}`), SHANDONG.project.name);
    await waitForText(table.getByTestId(`checklist-link-${landed}`), SHANCHENG.project.name);

    await page.getByTestId('checklist-total-overdue').click();
    await table.getByTestId(`checklist-link-${landed}`).waitFor({ state: 'detached' });
    await waitForText(table.getByTestId(`checklist-overdue-${overdue}`), '10');
    await waitForText(table.getByTestId(`checklist-status-${overdue}`), '已签约');

    await page.getByTestId('checklist-total-landed').click();
    await table.getByTestId(`checklist-link-${overdue}`).waitFor({ state: 'detached' });
    await waitForText(table.getByTestId(`checklist-status-${landed}`), '已落地');
    await waitForText(table.getByTestId(`checklist-landed-${landed}`), chinaToday());
    await waitForText(table.getByTestId(`checklist-evidence-${landed}`), '1');

    await page.goto(`/fairs/${fairId}`);
    await page.getByTestId('fair-dashboard').click();
    await page.waitForURL(new RegExp(`/fairs/${fairId}/dashboard$`));
    await waitForText(page.getByTestId('fair-dashboard-signups'), '2');
    await waitForText(page.getByTestId('fair-dashboard-pairings'), '2');
    await waitForText(page.getByTestId('fair-dashboard-signed'), '2');
    await waitForText(page.getByTestId('fair-dashboard-landed'), '1');
    await waitForText(page.getByTestId('fair-dashboard-overdue'), '1');
    await waitForText(page.getByTestId(`fair-overdue-${overdue}`), SHANDONG.project.name);
    await waitForText(page.getByTestId(`fair-overdue-days-${overdue}`), '10 天');
    // Per county: 巫溪县 has the landed one, 城口县 the overdue one, each with its pairing.
    await waitForText(page.getByTestId(`fair-by-county-${COUNTIES.wuxi}-projectsLanded`), '1');
    await waitForText(page.getByTestId(`fair-by-county-${COUNTIES.wuxi}-pairings`), '1');
    await waitForText(page.getByTestId(`fair-by-county-${COUNTIES.chengkou}-projectsOverdue`), '1');
    await waitForText(page.getByTestId(`fair-by-county-${COUNTIES.chengkou}-projectsLanded`), '0');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
