// Password hashing (argon2id, OWASP parameters) and the password policy, with the reason for each refusal.
import argon2 from 'argon2';
import type { FieldError } from '../errors.ts';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verified against when the username is unknown, so a wrong name costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('bangfu-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}

export const PASSWORD_RULES_ZH = '至少 10 个字符，同时包含字母和数字，且不能与用户名相同';

export function passwordProblems(password: string, username: string, field = 'newPassword'): FieldError[] {
  const problems: string[] = [];
  if ([...password].length < 10) problems.push('至少 10 个字符');
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) problems.push('需同时包含字母和数字');
  if (password.toLowerCase().includes(username.toLowerCase()) && username.length > 0) problems.push('不能包含用户名');
  if ([...password].length > 128) problems.push('最多 128 个字符');
  return problems.length === 0 ? [] : [{ field, message: `密码${problems.join('；')}` }];
}
