// The one module that turns ID numbers into what the database keeps: ciphertext (AES-256-GCM, so a value altered in
// the database fails to decrypt rather than decrypting to another person's number) and a keyed hash (HMAC-SHA256:
// duplicates are found by equality without decrypting, and without the key nobody can test guesses against it; ID
// numbers are few enough to enumerate, so a plain hash would hide nothing).
// The secret never enters the database or the repository: BANGFU_DATA_KEY, or for the embedded default a key
// generated into <dataDir>/secrets/ on first use. Losing it loses every ID number, so it is read back, never replaced.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { normaliseIdNumber } from '../../common/id-number.ts';
import type { Config } from '../config.ts';

export interface Sensitive {
  /** `v1:` + base64(iv | tag | ciphertext) of the normalised number; a fresh IV each time. */
  encryptIdNumber(plain: string): string;
  /** The number back; throws when the value was altered or was encrypted under another key. */
  decryptIdNumber(stored: string): string;
  /** Hex HMAC-SHA256 of the normalised number: equal numbers, equal hashes, under one key. */
  hashIdNumber(plain: string): string;
}

type SecretConfig = Pick<Config, 'dataKey' | 'dataDir'>;

const VERSION = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_FILE = ['secrets', 'data.key'] as const;
const HEX_KEY = /^[0-9a-f]{64}$/;

/** Where the generated key lives when no BANGFU_DATA_KEY is configured. */
export function dataKeyFile(dataDir: string): string {
  return path.join(dataDir, ...KEY_FILE);
}

/**
 * The secret: the configured key, else the key file, generated on first use. The file is created exclusively, so two
 * processes starting at once cannot each write their own key and encrypt under different ones.
 */
export function dataSecret(config: SecretConfig): Buffer {
  if (config.dataKey !== undefined) return Buffer.from(config.dataKey, 'hex');
  const file = dataKeyFile(config.dataDir);
  const existing = readKeyFile(file);
  if (existing) return existing;
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = crypto.randomBytes(32);
  try {
    fs.writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // Another process wrote it between our read and our write: theirs is the key.
    const theirs = readKeyFile(file);
    if (!theirs) throw new Error(`the data key file ${file} is empty or damaged`, { cause: err });
    return theirs;
  }
}

function readKeyFile(file: string): Buffer | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const hex = text.trim().toLowerCase();
  // Never overwrite a damaged file: the ID numbers encrypted under the lost key would become unreadable for good.
  if (!HEX_KEY.test(hex)) throw new Error(`the data key file ${file} does not hold 64 hex characters; restore it from a backup`);
  return Buffer.from(hex, 'hex');
}

function subkey(secret: Buffer, info: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', secret, Buffer.alloc(0), info, 32));
}

function build(secret: Buffer): Sensitive {
  // Separate keys for the two jobs, so the hash reveals nothing about the encryption key and the other way round.
  const encryptionKey = subkey(secret, 'bangfu id-number encryption v1');
  const hashKey = subkey(secret, 'bangfu id-number hash v1');
  return {
    encryptIdNumber(plain) {
      const iv = crypto.randomBytes(IV_BYTES);
      const cipher = crypto.createCipheriv('aes-256-gcm', encryptionKey, iv);
      const ciphertext = Buffer.concat([cipher.update(normaliseIdNumber(plain), 'utf8'), cipher.final()]);
      return VERSION + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
    },
    decryptIdNumber(stored) {
      // The error says nothing of the value: it may end up in a log.
      const invalid = () => new Error('an encrypted ID number is damaged or was encrypted under another key');
      if (!stored.startsWith(VERSION)) throw invalid();
      const bytes = Buffer.from(stored.slice(VERSION.length), 'base64');
      if (bytes.length <= IV_BYTES + TAG_BYTES) throw invalid();
      const decipher = crypto.createDecipheriv('aes-256-gcm', encryptionKey, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw invalid();
      }
    },
    hashIdNumber(plain) {
      return crypto.createHmac('sha256', hashKey).update(normaliseIdNumber(plain), 'utf8').digest('hex');
    },
  };
}

const cache = new Map<string, Sensitive>();

/** The ID-number functions under the configured secret (one instance per secret, and per key file's folder). */
export function sensitiveFor(config: SecretConfig): Sensitive {
  const id = config.dataKey !== undefined ? `key:${config.dataKey.toLowerCase()}` : `file:${path.resolve(dataKeyFile(config.dataDir))}`;
  let found = cache.get(id);
  if (!found) {
    found = build(dataSecret(config));
    cache.set(id, found);
  }
  return found;
}
