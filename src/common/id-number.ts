// Resident identity card numbers (GB 11643-1999): 17 digits and a check character (ISO 7064 MOD 11-2), with the
// holder's birth date at positions 7-14. Shared by the server (validation) and the web app (form hints).

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] ?? '';
}

/** As people type it: spaces removed, a lower-case x made upper-case. */
export function normaliseIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/**
 * What is wrong with an ID number, in Chinese, or undefined when it is valid. `today` bounds the birth date
 * (YYYY-MM-DD; defaults to now). The message never repeats the number.
 */
export function idNumberProblem(value: string, today: string = new Date().toISOString().slice(0, 10)): string | undefined {
  const id = normaliseIdNumber(value);
  if (id.length !== 18) return `应为 18 位，现在是 ${id.length} 位`;
  if (!/^\d{17}[\dX]$/.test(id)) return '前 17 位应为数字，最后一位为数字或 X';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth) return '第 7–14 位的出生日期不是有效日期';
  if (birth > today || birth < '1900-01-01') return '第 7–14 位的出生日期不在合理范围内';
  const expected = idNumberCheckChar(id.slice(0, 17));
  if (id[17] !== expected) return '最后一位校验码不正确，请核对号码是否抄错';
  return undefined;
}

/** First 6 and last 4 shown, the rest as * (lists for the liaison and officials). */
export function maskIdNumber(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}

// Two-character surnames common enough that "欧阳某" reads right and "欧某" would not.
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '轩辕', '端木', '独孤', '南宫', '西门', '万俟',
]);

/** The surname and 某: what organizations, caring individuals and the claimant see of a person's name. */
export function maskPersonName(name: string): string {
  const trimmed = name.trim();
  const chars = Array.from(trimmed);
  if (chars.length === 0) return '某';
  const two = chars.slice(0, 2).join('');
  const surname = chars.length > 2 && COMPOUND_SURNAMES.has(two) ? two : (chars[0] ?? '');
  return `${surname}某`;
}
