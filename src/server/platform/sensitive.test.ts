import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { idNumberCheckChar } from '../../common/id-number.ts';
import { dataKeyFile, dataSecret, sensitiveFor } from './sensitive.ts';

// Fictional: 巫溪县, born 1975-03-14.
const first17 = '50023819750314123';
const ID = first17 + idNumberCheckChar(first17);
const KEY_A = 'a'.repeat(64);
const KEY_B = '0123456789abcdef'.repeat(4);

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-sensitive-'));
  dirs.push(dir);
  return dir;
}
after(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('ID numbers: encryption and keyed hash', () => {
  const s = sensitiveFor({ dataKey: KEY_A, dataDir: '/nonexistent' });

  test('a number encrypts and decrypts back, differently each time, with nothing of it in the stored form', () => {
    const one = s.encryptIdNumber(ID);
    const two = s.encryptIdNumber(ID);
    assert.match(one, /^v1:[A-Za-z0-9+/]+=*$/);
    assert.notEqual(one, two, 'a fresh IV each time');
    assert.equal(s.decryptIdNumber(one), ID);
    assert.equal(s.decryptIdNumber(two), ID);
    const decoded = Buffer.from(one.slice(3), 'base64');
    for (const shown of [one, decoded.toString('latin1'), decoded.toString('utf8')]) {
      assert.ok(!shown.includes(ID.slice(6, 14)), 'the birth date does not show');
      assert.ok(!shown.includes(ID.slice(0, 6)), 'the region code does not show');
    }
  });

  test('a lower-case x and spaces are normalised before encrypting and hashing', () => {
    const base = '11010519491231002';
    const withX = base + idNumberCheckChar(base);
    assert.equal(withX.at(-1), 'X');
    const typed = `${withX.slice(0, 6)} ${withX.slice(6).toLowerCase()}`;
    assert.equal(s.decryptIdNumber(s.encryptIdNumber(typed)), withX);
    assert.equal(s.hashIdNumber(typed), s.hashIdNumber(withX));
  });

  test('a tampered value, a foreign key or a malformed value is refused, and the error does not show the number', () => {
    const stored = s.encryptIdNumber(ID);
    const bytes = Buffer.from(stored.slice(3), 'base64');
    for (const at of [0, 12, 28, bytes.length - 1]) {
      const changed = Buffer.from(bytes);
      changed[at] = changed[at]! ^ 0x01;
      assert.throws(() => s.decryptIdNumber(`v1:${changed.toString('base64')}`), /damaged/, `byte ${at} changed`);
    }
    const other = sensitiveFor({ dataKey: KEY_B, dataDir: '/nonexistent' });
    assert.throws(() => other.decryptIdNumber(stored), (err: Error) => !err.message.includes(ID) && /damaged/.test(err.message));
    assert.throws(() => s.decryptIdNumber(ID), /damaged/);
    assert.throws(() => s.decryptIdNumber('v1:AAAA'), /damaged/);
  });

  test('the same number gives the same hash; another number or another key gives another', () => {
    const other17 = '50023819800101456';
    const other = other17 + idNumberCheckChar(other17);
    const hash = s.hashIdNumber(ID);
    assert.match(hash, /^[0-9a-f]{64}$/);
    assert.equal(s.hashIdNumber(ID), hash);
    assert.notEqual(s.hashIdNumber(other), hash);
    assert.notEqual(sensitiveFor({ dataKey: KEY_B, dataDir: '/nonexistent' }).hashIdNumber(ID), hash);
    assert.notEqual(crypto.createHash('sha256').update(ID).digest('hex'), hash, 'keyed, not a plain hash');
    assert.ok(!hash.includes(ID.slice(0, 6)));
  });

  test('the key is the same whatever the case of its hex digits', () => {
    const upper = sensitiveFor({ dataKey: KEY_B.toUpperCase(), dataDir: '/nonexistent' });
    assert.equal(upper.hashIdNumber(ID), sensitiveFor({ dataKey: KEY_B, dataDir: '/nonexistent' }).hashIdNumber(ID));
  });
});

describe('the generated data key', () => {
  test('without a configured key, one is generated into <dataDir>/secrets once, private, and reused', () => {
    const dataDir = tempDir();
    const file = dataKeyFile(dataDir);
    assert.equal(fs.existsSync(file), false);

    const s = sensitiveFor({ dataDir });
    const stored = s.encryptIdNumber(ID);
    const written = fs.readFileSync(file, 'utf8');
    assert.match(written, /^[0-9a-f]{64}\n$/);
    if (process.platform !== 'win32') {
      assert.equal(fs.statSync(file).mode & 0o777, 0o600);
      assert.equal(fs.statSync(path.dirname(file)).mode & 0o777, 0o700);
    }
    const { mtimeMs, ino } = fs.statSync(file);

    // A later start reads the same file: what was encrypted before still decrypts, and the file is not rewritten.
    const again = dataSecret({ dataDir });
    assert.equal(again.toString('hex'), written.trim());
    const stat = fs.statSync(file);
    assert.equal(stat.mtimeMs, mtimeMs);
    assert.equal(stat.ino, ino);
    const restarted = sensitiveFor({ dataKey: written.trim(), dataDir: '/nonexistent' });
    assert.equal(restarted.decryptIdNumber(stored), ID);
    assert.equal(restarted.hashIdNumber(ID), s.hashIdNumber(ID));
  });

  test('a key file written beforehand is used, not replaced', () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, 'secrets'), { mode: 0o700 });
    fs.writeFileSync(dataKeyFile(dataDir), `${KEY_B.toUpperCase()}\n`, { mode: 0o600 });
    const fromFile = sensitiveFor({ dataDir });
    assert.equal(fromFile.hashIdNumber(ID), sensitiveFor({ dataKey: KEY_B, dataDir: '/nonexistent' }).hashIdNumber(ID));
    assert.equal(fs.readFileSync(dataKeyFile(dataDir), 'utf8'), `${KEY_B.toUpperCase()}\n`);
  });

  test('a damaged key file stops the start instead of being replaced', () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, 'secrets'));
    fs.writeFileSync(dataKeyFile(dataDir), 'not a key');
    assert.throws(() => dataSecret({ dataDir }), /64 hex characters/);
    assert.equal(fs.readFileSync(dataKeyFile(dataDir), 'utf8'), 'not a key');
  });

  test('a configured key writes no file', () => {
    const dataDir = tempDir();
    sensitiveFor({ dataKey: KEY_A, dataDir }).hashIdNumber(ID);
    assert.equal(fs.existsSync(path.join(dataDir, 'secrets')), false);
  });
});
