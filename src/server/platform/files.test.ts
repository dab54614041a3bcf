import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/support/app.ts';
import { filePath, saveFile } from './files.ts';

describe('stored files', () => {
  const t = useTestApp();
  const bytes = Buffer.from('%PDF-1.4\n% the same signed agreement\n');

  test('the same bytes from two accounts keep each one its own name; the bytes are kept once', async () => {
    const { database, config } = t();
    const first = await saveFile(database.db, config, { bytes, mime: 'application/pdf', originalName: '巫溪县结对协议.pdf', createdBy: await t().accountId('org_admin') });
    const second = await saveFile(database.db, config, { bytes, mime: 'application/pdf', originalName: '城口县结对协议.pdf', createdBy: await t().accountId('sd_org') });
    assert.notEqual(second.id, first.id, 'another organization gets its own row');
    assert.equal(second.original_name, '城口县结对协议.pdf', 'and sees the name it uploaded, not the other one');
    assert.equal(second.sha256, first.sha256);
    assert.ok(fs.existsSync(filePath(config, first.sha256)));
    const again = await saveFile(database.db, config, { bytes, mime: 'application/pdf', originalName: '协议副本.pdf', createdBy: await t().accountId('org_admin') });
    assert.equal(again.id, first.id, 'the same bytes again from the same account reuse its row');
  });
});
