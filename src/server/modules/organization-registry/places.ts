// Naming places in a registry sheet: 登记管理机关 (巫溪县民政局, 重庆市民政局, 民政部, or a code) and 服务地区 (region
// names or codes). Names are looked up in bulk, once per distinct name: provinces and cities by their exact name,
// counties and townships with the key-area resolver, which knows the short forms real sheets use (石柱县 for
// 石柱土家族自治县). A name that matches only "one character off", or several places, is a problem for the row, never
// a guess.
import type { Kysely } from 'kysely';
import { PLACEHOLDER_REGION_NAMES } from '../../../common/glossary.ts';
import type { DB, RegistrationLevel } from '../../db/types.ts';
import { regionPaths } from '../regions/queries.ts';
import { resolveNames, type NameKind } from '../key-areas/resolve.ts';

export type Place = { code: string; path: string } | { problem: string };

export type Authority = { level: RegistrationLevel; code: string | null; path: string } | { problem: string };

const NATIONAL_NAMES = new Set(['民政部', '中华人民共和国民政部', '国家民政部']);
/** What a civil-affairs bureau's name adds to its place's name, stripped one after another (重庆市民政局社会组织管理局). */
const BUREAU_SUFFIXES = ['社会组织管理局', '社会组织管理处', '社会组织管理办公室', '民政局', '民政厅'];
const LEVEL_BY_LENGTH: Record<number, RegistrationLevel> = { 2: 'provincial', 4: 'municipal', 6: 'county' };

export function cleanName(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]/g, '');
}

/** 巫溪县民政局 -> 巫溪县; 重庆市民政局（社会组织管理局） -> 重庆市; other text unchanged. */
export function authorityPlaceName(text: string): string {
  let name = cleanName(text).replace(/[（(][^）)]*[）)]$/, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of BUREAU_SUFFIXES) {
      if (name.endsWith(s) && name.length > s.length) {
        name = name.slice(0, -s.length);
        changed = true;
      }
    }
  }
  return name;
}

export function isNationalAuthority(text: string): boolean {
  return NATIONAL_NAMES.has(cleanName(text));
}

/**
 * Resolves region names and codes in bulk within `province` (the importing official's province; null = the whole
 * country). Call `add` for every name and code first, then `resolve` once, then `place` for each.
 */
export class PlaceBook {
  private readonly wanted = new Set<string>();
  private readonly found = new Map<string, Place>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly province: string | null,
  ) {}

  add(text: string): void {
    const t = cleanName(text);
    if (t !== '') this.wanted.add(t);
  }

  /** A 登记管理机关 cell: nothing to look up for 民政部; the place's name for a bureau's name. */
  addAuthority(text: string): void {
    if (isNationalAuthority(text)) return;
    this.add(/^\d+$/.test(cleanName(text)) ? text : authorityPlaceName(text));
  }

  place(text: string): Place {
    return this.found.get(cleanName(text)) ?? { problem: `「${text}」无法识别` };
  }

  authority(text: string): Authority {
    if (isNationalAuthority(text)) return { level: 'national', code: null, path: '民政部' };
    const name = /^\d+$/.test(cleanName(text)) ? cleanName(text) : authorityPlaceName(text);
    const p = this.place(name);
    if ('problem' in p) return p;
    const level = LEVEL_BY_LENGTH[p.code.length];
    if (!level) return { problem: `「${text}」不是省、市或区县一级的登记管理机关` };
    return { level, code: p.code, path: p.path };
  }

  async resolve(): Promise<void> {
    const names = [...this.wanted].filter((t) => !this.found.has(t));
    const codes = names.filter((t) => /^\d+$/.test(t));
    await this.resolveCodes(codes);
    let left = names.filter((t) => !/^\d+$/.test(t));
    left = await this.resolveUpper(left);
    left = await this.resolveWith('county', left);
    left = await this.resolveWith('township', left);
    for (const t of left) if (!this.found.has(t)) this.found.set(t, { problem: `找不到地区「${t}」，请填写行政区划代码` });
    await this.fillPaths();
  }

  private async resolveCodes(codes: string[]): Promise<void> {
    if (codes.length === 0) return;
    const rows = await this.db.selectFrom('regions').select('code').where('code', 'in', codes).execute();
    const known = new Set(rows.map((r) => r.code));
    for (const c of codes) {
      this.found.set(c, known.has(c) ? { code: c, path: '' } : { problem: `行政区划代码 ${c} 不存在` });
    }
  }

  /** Provinces and cities by exact name (重庆市, 重庆, 万州区 is a county and falls through). */
  private async resolveUpper(names: string[]): Promise<string[]> {
    if (names.length === 0) return names;
    const variants = names.flatMap((n) => [n, `${n}市`, `${n}省`]);
    const rows = await this.db
      .selectFrom('regions')
      .select(['code', 'name', 'display_name'])
      .where('level', 'in', [1, 2])
      .where((eb) => eb.or([eb('name', 'in', variants), eb('display_name', 'in', variants)]))
      .$if(this.province !== null, (q) => q.where('code', 'like', `${this.province}%`))
      .execute();
    const left: string[] = [];
    for (const n of names) {
      const hits = rows.filter(
        (r) => !PLACEHOLDER_REGION_NAMES.has(r.name) && [n, `${n}市`, `${n}省`].some((v) => v === r.name || v === r.display_name),
      );
      const codes = [...new Set(hits.map((h) => h.code))];
      if (codes.length === 1) this.found.set(n, { code: codes[0]!, path: '' });
      else if (codes.length > 1) this.found.set(n, { problem: `「${n}」有 ${codes.length} 处同名，请填写行政区划代码` });
      else left.push(n);
    }
    return left;
  }

  private async resolveWith(kind: NameKind, names: string[]): Promise<string[]> {
    if (names.length === 0) return names;
    const results = await resolveNames(this.db, {
      regionCode: this.province ?? '',
      kind,
      rows: names.map((name, i) => ({ row: i, name })),
    });
    const left: string[] = [];
    results.forEach((r, i) => {
      const n = names[i]!;
      if (r.code !== null && !(r.reason ?? '').includes('一字之差')) {
        this.found.set(n, { code: r.code, path: '' });
      } else if (r.code !== null) {
        this.found.set(n, { problem: `找不到「${n}」，是否为「${r.name ?? r.code}」（${r.code}）？` });
      } else if (r.status === 'ambiguous') {
        const list = r.candidates.map((c) => `${c.name}（${c.code}）`).join('、');
        this.found.set(n, { problem: `「${n}」有多处同名：${list}，请填写行政区划代码` });
      } else {
        left.push(n);
      }
    });
    return left;
  }

  private async fillPaths(): Promise<void> {
    const codes = [...this.found.values()].flatMap((p) => ('code' in p ? [p.code] : []));
    const paths = await regionPaths(this.db, codes);
    for (const [k, p] of this.found) if ('code' in p) this.found.set(k, { code: p.code, path: paths.get(p.code) ?? p.code });
  }
}
