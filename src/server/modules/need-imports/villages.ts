// Which village of the township a row means. Sheets write 中岗 for 中岗村, 小河社区居委会 for 小河社区, or the
// committee's full name; a name that fits none (or more than one) is reported with the closest villages, so the
// township can correct the cell without looking the list up.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';

export interface Place {
  code: string;
  /** The name people use (中岗村). */
  name: string;
}

const SUFFIXES = ['村民委员会', '居民委员会', '村委会', '居委会', '社区', '村'];

/** The written name, with one of the suffixes added or removed. */
function variants(written: string): string[] {
  const out = [written, `${written}村`, `${written}社区`, `${written}居委会`];
  for (const s of SUFFIXES) if (written.endsWith(s) && written.length > s.length) out.push(written.slice(0, -s.length));
  return out;
}

/** The name without its suffixes, for measuring closeness. */
function core(name: string): string {
  for (const s of SUFFIXES) if (name.endsWith(s) && name.length > s.length) return core(name.slice(0, -s.length));
  return name;
}

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}

function sharedCharacters(a: string, b: string): number {
  const chars = new Set(b);
  return new Set([...a].filter((c) => chars.has(c))).size;
}

export class VillageBook {
  readonly #byName = new Map<string, Place[]>();

  constructor(
    readonly township: Place,
    readonly villages: readonly (Place & { officialName: string })[],
  ) {
    for (const v of villages) {
      for (const n of new Set([v.name, v.officialName])) this.#byName.set(n, [...(this.#byName.get(n) ?? []), v]);
    }
  }

  /** A blank cell or the township's own name is the township itself. */
  resolve(written: string): { place: Place } | { problem: string } {
    const name = written.normalize('NFKC').replace(/[\s\u3000]/g, '');
    if (name === '' || name === this.township.name || name === this.township.code) return { place: this.township };
    if (/^\d{12}$/.test(name)) {
      const byCode = this.villages.find((v) => v.code === name);
      return byCode ? { place: byCode } : { problem: `区划代码 ${name} 不是${this.township.name}下辖的村（社区）` };
    }
    const exact = this.#byName.get(name) ?? [];
    const found = exact.length > 0 ? exact : [...new Set(variants(name).flatMap((n) => this.#byName.get(n) ?? []))];
    if (found.length === 1) return { place: found[0]! };
    if (found.length > 1) {
      return { problem: `「${written}」在${this.township.name}有 ${found.length} 处：${found.map((v) => v.name).join('、')}，请写全称` };
    }
    const closest = this.closest(name);
    return {
      problem:
        closest.length > 0
          ? `${this.township.name}没有「${written}」，是否为：${closest.join('、')}？`
          : `${this.township.name}没有「${written}」，请填写本乡镇下辖的村（社区），留空表示乡镇本身`,
    };
  }

  /** Up to three villages sharing a character with the name, nearest first. */
  closest(name: string): string[] {
    const target = core(name);
    return this.villages
      .map((v) => ({ v, shared: sharedCharacters(target, core(v.name)), distance: editDistance(target, core(v.name)) }))
      .filter((c) => c.shared > 0)
      .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.v.code.localeCompare(b.v.code))
      .slice(0, 3)
      .map((c) => c.v.name);
  }
}

/** The township and its villages (a few dozen rows, read by the parent index). */
export async function villageBook(db: Kysely<DB>, township: Place): Promise<VillageBook> {
  const rows = await db
    .selectFrom('regions')
    .select(['code', 'name', 'display_name'])
    .where('parent_code', '=', township.code)
    .orderBy('code')
    .execute();
  return new VillageBook(township, rows.map((r) => ({ code: r.code, name: r.display_name, officialName: r.name })));
}
