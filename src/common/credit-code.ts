// Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, the last a check character.

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** The problem with a credit code, in words that say which character is wrong; undefined when it is valid. */
export function creditCodeProblem(code: string): string | undefined {
  if (code.length !== 18) return `应为 18 位，现在是 ${code.length} 位`;
  for (let i = 0; i < 18; i += 1) {
    const c = code[i]!;
    if (!CHARSET.includes(c)) {
      const hint = /[a-z]/.test(c) ? '（请用大写字母）' : /[IOZSV]/.test(c) ? '（代码中不使用 I、O、Z、S、V）' : '';
      return `第 ${i + 1} 位“${c}”不是允许的字符${hint}`;
    }
  }
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return `第 18 位校验码应为“${expected}”，现在是“${code[17]}”，请核对前 17 位是否抄错`;
  return undefined;
}

/** Completes 17 characters with their check character (used to make fictional demo codes). */
export function withCreditCheckChar(first17: string): string {
  return first17 + creditCodeCheckChar(first17);
}
