import assert from 'node:assert/strict';
import { test } from 'node:test';
import { uploadedFileId } from './projects.ts';

test('the uploaded file is the one the project did not have before, whatever the ids', () => {
  // The project's own id may equal a file id: only the difference tells which file the upload added.
  const files = [{ id: 7, name: '协议.pdf' }, { id: 3, name: '现场.png' }];
  assert.equal(uploadedFileId(files, new Set([7]), '现场.png'), 3);
  assert.equal(uploadedFileId(files, new Set([7, 3]), '现场.png'), 3, 'the same content again: the file of that name');
  assert.equal(uploadedFileId(files, new Set([7, 3]), '别的.png'), null);
});
