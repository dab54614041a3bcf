// Comparing a name as departments write it with an official region name. Pure functions: no database.
// Real lists differ from the official names in a few known ways, and each is reported, never matched silently:
// a township's 乡 that became 镇 or 街道, ethnic townships and autonomous counties written short (恒合乡 for 恒合土家族乡,
// 石柱县 for 石柱土家族自治县), committee suffixes (村, 社区, 居委会, 村民委员会), a character written in a variant form,
// and, as a last resort, one character different.

export type Level = 3 | 4 | 5;

/** Tiers of a match, best first: the same name, a known variant, one character different. */
export type Tier = 0 | 1 | 2;

export interface Comparison {
  tier: Tier;
  reasons: string[];
}

/**
 * Variant characters that appear in place names, mapped to the form the official table uses. Kept small on purpose:
 * each pair is one people write interchangeably; anything else falls to the "一字之差" tier, which needs confirmation.
 */
export const VARIANT_CHARS: Readonly<Record<string, string>> = {
  垻: '坝',
  巖: '岩',
  谿: '溪',
  氹: '凼',
  埡: '垭',
  // Chongqing's official names use 塆 (a bend); sheets often type the common 湾.
  湾: '塆',
};

// Longest first, so 土家族 is not read as 土族 + 家.
const ETHNIC_GROUPS = [
  '维吾尔族',
  '哈萨克族',
  '柯尔克孜族',
  '乌孜别克族',
  '塔吉克族',
  '俄罗斯族',
  '鄂温克族',
  '鄂伦春族',
  '达斡尔族',
  '土家族',
  '蒙古族',
  '布依族',
  '朝鲜族',
  '哈尼族',
  '傈僳族',
  '纳西族',
  '拉祜族',
  '景颇族',
  '仫佬族',
  '仡佬族',
  '毛南族',
  '撒拉族',
  '锡伯族',
  '普米族',
  '独龙族',
  '基诺族',
  '德昂族',
  '保安族',
  '裕固族',
  '塔塔尔族',
  '高山族',
  '东乡族',
  '阿昌族',
  '布朗族',
  '苗族',
  '回族',
  '彝族',
  '藏族',
  '满族',
  '侗族',
  '壮族',
  '瑶族',
  '白族',
  '傣族',
  '羌族',
  '水族',
  '畲族',
  '黎族',
  '佤族',
  '土族',
  '京族',
  '怒族',
  '赫哲族',
  '门巴族',
  '珞巴族',
];
const ETHNIC_RE = new RegExp(`^(.+?)((?:${ETHNIC_GROUPS.join('|')})+)(自治县|自治旗|乡|镇|苏木)$`);

const SUFFIXES: Record<Level, string[]> = {
  3: ['自治县', '自治旗', '新区', '区', '县', '市', '旗'],
  4: ['街道办事处', '街道', '镇', '乡', '苏木'],
  5: ['村民委员会', '居民委员会', '村委会', '居委会', '社区', '村'],
};

/** Suffixes that mean the same thing, reduced to the one the official display name uses. */
const SAME_SUFFIX: Record<string, string> = {
  村民委员会: '村',
  村委会: '村',
  居民委员会: '社区',
  居委会: '社区',
  街道办事处: '街道',
  自治县: '县',
  自治旗: '旗',
};

export interface NameKey {
  /** The name with ethnic groups removed from an ethnic township or autonomous county. */
  short: string;
  ethnic: boolean;
  base: string;
  suffix: string;
  /** `base` with variant characters replaced: what two names must share to be variants of each other. */
  key: string;
}

export function canonicalChars(s: string): string {
  return [...s].map((c) => VARIANT_CHARS[c] ?? c).join('');
}

/** 石柱土家族自治县 -> 石柱县, 恒合土家族乡 -> 恒合乡; other names unchanged. */
export function withoutEthnic(name: string): string {
  const m = ETHNIC_RE.exec(name);
  if (!m) return name;
  const [, base = '', , suffix = ''] = m;
  return base + (SAME_SUFFIX[suffix] ?? suffix);
}

export function nameKey(name: string, level: Level): NameKey {
  const trimmed = name.replace(/\s+/g, '');
  const short = withoutEthnic(trimmed);
  const suffix = SUFFIXES[level].find((s) => short.endsWith(s) && short.length > s.length) ?? '';
  const base = short.slice(0, short.length - suffix.length);
  return { short, ethnic: short !== trimmed, base, suffix, key: canonicalChars(base) };
}

function sameSuffix(s: string): string {
  return SAME_SUFFIX[s] ?? s;
}

function suffixReason(input: string, official: string, level: Level): string | null {
  if (input === official) return null;
  if (input === '') return `去掉后缀「${official}」`;
  if (official === '') return `多了后缀「${input}」`;
  if (sameSuffix(input) === sameSuffix(official)) return `「${input}」即「${official}」`;
  if (level === 4 && input === '乡' && official === '镇') return '乡已改为镇';
  if (level === 4 && input === '乡' && official === '街道') return '乡已改为街道';
  if (level === 4 && input === '镇' && official === '街道') return '镇已改为街道';
  if (level === 3 && input === '县' && official === '区') return '县已改为区';
  return `后缀「${input}」与「${official}」不同`;
}

function charReasons(input: string, official: string): string[] {
  const a = [...input];
  const b = [...official];
  const pairs: string[] = [];
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) pairs.push(`${a[i]}→${b[i]}`);
  return pairs;
}

/** How `input` matches the official `display` name at this level, or null when it does not. */
export function compareName(input: string, display: string, level: Level, officialName = display): Comparison | null {
  const raw = input.replace(/\s+/g, '');
  if (raw === '') return null;
  if (raw === display || raw === officialName) return { tier: 0, reasons: [] };
  const i = nameKey(raw, level);
  const o = nameKey(display, level);
  const reasons: string[] = [];
  if (o.ethnic && !i.ethnic) reasons.push(level === 3 ? '自治县简称' : '民族乡简称');
  const sr = suffixReason(i.suffix, o.suffix, level);
  if (sr !== null) reasons.push(sr);
  if (i.key === o.key) {
    if (i.base !== o.base) reasons.push(`异体字（${charReasons(i.base, o.base).join('，')}）`);
    return { tier: 1, reasons: reasons.length > 0 ? reasons : ['写法不同'] };
  }
  const a = [...i.key];
  const b = [...o.key];
  if (a.length >= 2 && a.length === b.length && a.filter((c, k) => c !== b[k]).length === 1) {
    reasons.push(`一字之差（${charReasons(i.base, o.base).join('，')}）`);
    return { tier: 2, reasons };
  }
  return null;
}

/** A rough closeness for suggesting candidates: shared characters of the bases, over the longer base. */
export function similarity(input: string, display: string, level: Level): number {
  const a = [...nameKey(input, level).key];
  const b = [...nameKey(display, level).key];
  if (a.length === 0 || b.length === 0) return 0;
  const pool = [...b];
  let shared = 0;
  for (const c of a) {
    const k = pool.indexOf(c);
    if (k !== -1) {
      shared += 1;
      pool.splice(k, 1);
    }
  }
  return shared / Math.max(a.length, b.length);
}
