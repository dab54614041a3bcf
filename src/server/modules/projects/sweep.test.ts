import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daysFromToday } from '../../../common/glossary.ts';
import { useTestApp } from '../../../../test/support/app.ts';
import { runLandingSweep } from './sweep.ts';
import { insertProject } from './fixtures.ts';

const DAY = 24 * 3600_000;

describe('projects: the landing sweep announces overdue projects once', () => {
  const t = useTestApp();
  const db = () => t().database.db;
  const notices = (id: number) =>
    db()
      .selectFrom('notifications as n')
      .innerJoin('accounts as a', 'a.id', 'n.account_id')
      .select(['a.username', 'n.title', 'n.body', 'n.link'])
      .where('n.kind', '=', 'project_overdue')
      .where('n.entity_type', '=', 'project')
      .where('n.entity_id', '=', String(id))
      .orderBy('a.username')
      .execute();
  const overdueEvents = (id: number) =>
    db()
      .selectFrom('project_events')
      .select(['note', 'actor_account_id'])
      .where('project_id', '=', id)
      .where('action', '=', 'overdue')
      .execute();

  test('a signed project past its due date is announced to the organization and the officials of its places, once', async () => {
    const late = await insertProject(db(), {
      status: 'signed',
      landingDue: daysFromToday(-4),
      name: '逾期未落地的项目',
    });
    const twoCounties = await insertProject(db(), {
      status: 'signed',
      landingDue: daysFromToday(-1),
      places: ['500238118201', '500229'],
    });
    const dueToday = await insertProject(db(), { status: 'signed', landingDue: daysFromToday(0) });
    const landed = await insertProject(db(), { status: 'landed', landingDue: daysFromToday(-4) });
    const cancelled = await insertProject(db(), {
      status: 'cancelled',
      signedOn: daysFromToday(-30),
      landingDue: daysFromToday(-4),
    });

    const first = await runLandingSweep(db());
    assert.ok(first.overdue >= 2, `announced ${first.overdue}`);
    const told = await notices(late);
    assert.deepEqual(
      told.map((n) => n.username),
      ['cq_mz', 'org_admin', 'org_member', 'wuxi_xczx'],
      'the foundation’s people and the officials whose region holds the place; not another county’s',
    );
    assert.equal(told[0]!.title, '项目逾期未落地');
    assert.match(
      told[0]!.body,
      new RegExp(`^项目「逾期未落地的项目」已逾期 4 天未落地（落地期限 ${daysFromToday(-4)}）`),
    );
    assert.equal(told[0]!.link, `/projects/${late}`);
    assert.deepEqual(await overdueEvents(late), [
      { note: `逾期 4 天未落地（落地期限 ${daysFromToday(-4)}）`, actor_account_id: null },
    ]);
    assert.deepEqual(
      (await notices(twoCounties)).map((n) => n.username),
      ['chengkou_mz', 'cq_mz', 'org_admin', 'org_member', 'wuxi_xczx'],
    );
    for (const quiet of [dueToday, landed, cancelled])
      assert.deepEqual(await notices(quiet), [], `project ${quiet} is not overdue`);
    const row = await db()
      .selectFrom('projects')
      .select('overdue_notified_at')
      .where('id', '=', late)
      .executeTakeFirstOrThrow();
    assert.ok(row.overdue_notified_at instanceof Date);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'actor_account_id'])
      .where('entity_type', '=', 'project')
      .where('entity_id', '=', String(late))
      .execute();
    assert.deepEqual(audit, [{ action: 'project.overdue', actor_account_id: null }]);

    const second = await runLandingSweep(db());
    assert.equal(second.overdue, 0);
    assert.equal((await notices(late)).length, 4);
    assert.equal((await overdueEvents(late)).length, 1);
  });

  test('a project due today is announced the day after', async () => {
    const id = await insertProject(db(), { status: 'signed', landingDue: daysFromToday(0), name: '明天逾期' });
    assert.equal((await runLandingSweep(db())).overdue, 0);
    const result = await runLandingSweep(db(), new Date(Date.now() + DAY));
    assert.ok(result.overdue >= 1);
    const told = await notices(id);
    assert.match(told[0]!.body, /已逾期 1 天未落地/);
    assert.equal((await overdueEvents(id)).length, 1);
  });

  test('a project landed before the sweep runs is not announced', async () => {
    const id = await insertProject(db(), { status: 'signed', landingDue: daysFromToday(-2) });
    await db()
      .updateTable('projects')
      .set({ status: 'landed', landed_on: daysFromToday(0) })
      .where('id', '=', id)
      .execute();
    await runLandingSweep(db());
    assert.deepEqual(await notices(id), []);
    assert.deepEqual(await overdueEvents(id), []);
  });
});
