// Resolving the names real spreadsheets use (万州区, 丰都县三建乡, 白土镇大林村) to region codes inside a program's region.
// Every row comes back exact, variant (with the official name and why), ambiguous (with candidates) or not_found
// (with the closest few): nothing is guessed silently, the official confirms in the UI.
// Queries stay on bounded subtrees: the region's counties (a prefix on the primary key), their townships (by
// parent_code), and the villages of only those townships a row names (by parent_code, cached per call).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { regionPaths } from '../regions/queries.ts';
import { compareName, similarity, type Comparison, type Level, type Tier } from './names.ts';

export type NameKind = 'county' | 'township' | 'village';
export type ResolutionStatus = 'exact' | 'variant' | 'ambiguous' | 'not_found';

export interface NameRow {
  row: number;
  /** The cell of the name (e.g. "F3"), echoed back: in the two-block villages sheet two names share a row. */
  cell?: string;
  /** Villages only: the 区县 column; blank means "anywhere in the region". */
  county?: string | null;
  name: string;
}

export interface Candidate {
  code: string;
  /** Full path, e.g. 重庆市 / 万州区 / 白土镇 / 大林村. */
  name: string;
}

export interface Resolution {
  row: number;
  cell?: string;
  input: string;
  code: string | null;
  name: string | null;
  status: ResolutionStatus;
  /** Chinese: why a variant matched, or why nothing / several did. */
  reason?: string;
  candidates: Candidate[];
}

export interface ResolveRequest {
  regionCode: string;
  kind: NameKind;
  rows: NameRow[];
}

interface Place {
  code: string;
  name: string;
  display: string;
  parent: string | null;
}

interface Match {
  place: Place;
  tier: Tier;
  reasons: string[];
}

/** The result before paths are filled in. */
interface Outcome {
  status: ResolutionStatus;
  code: string | null;
  reasons: string[];
  candidates: string[];
}

const MAX_CANDIDATES = 5;
const TOWNSHIP_ENDINGS = ['街道办事处', '街道', '镇', '乡', '苏木'];

function matchAll(input: string, places: Place[], level: Level): Match[] {
  const out: Match[] = [];
  for (const place of places) {
    const c: Comparison | null = compareName(input, place.display, level, place.name);
    if (c) out.push({ place, tier: c.tier, reasons: c.reasons });
  }
  return out;
}

function best(matches: Match[]): Match[] {
  if (matches.length === 0) return [];
  const tier = Math.min(...matches.map((m) => m.tier));
  return matches.filter((m) => m.tier === tier);
}

function closest(input: string, places: Place[], level: Level): string[] {
  return places
    .map((p) => ({ code: p.code, score: similarity(input, p.display, level) }))
    .filter((s) => s.score >= 0.5)
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
    .slice(0, MAX_CANDIDATES)
    .map((s) => s.code);
}

function fromMatches(matches: Match[], prefix: string[] = []): Outcome | null {
  const top = best(matches);
  const codes = [...new Set(top.map((m) => m.place.code))];
  const first = top[0];
  if (!first) return null;
  if (codes.length > 1)
    return {
      status: 'ambiguous',
      code: null,
      reasons: [...prefix, `有${codes.length}处同样相符，请选择`],
      candidates: codes,
    };
  const reasons = [...prefix, ...first.reasons];
  return { status: reasons.length === 0 ? 'exact' : 'variant', code: first.place.code, reasons, candidates: [] };
}

class RegionTree {
  private countiesCache: Place[] | undefined;
  private townshipsCache: Place[] | undefined;
  private readonly villages = new Map<string, Place[]>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly regionCode: string,
  ) {}

  async counties(): Promise<Place[]> {
    if (this.countiesCache) return this.countiesCache;
    const q = this.db
      .selectFrom('regions')
      .select(['code', 'name', 'display_name', 'parent_code'])
      .where('level', '=', 3);
    const rows =
      this.regionCode.length >= 6
        ? await q.where('code', '=', this.regionCode.slice(0, 6)).execute()
        : await q.where('code', 'like', `${this.regionCode}%`).orderBy('code').execute();
    this.countiesCache = rows.map(toPlace);
    return this.countiesCache;
  }

  /** Townships of the region's counties, loaded once: a province has at most a few thousand. */
  async townships(): Promise<Place[]> {
    if (this.townshipsCache) return this.townshipsCache;
    const counties = (await this.counties()).map((c) => c.code);
    const rows =
      counties.length === 0
        ? []
        : await this.db
            .selectFrom('regions')
            .select(['code', 'name', 'display_name', 'parent_code'])
            .where('parent_code', 'in', counties)
            .orderBy('code')
            .execute();
    // A program region below a county (a township) keeps only itself.
    this.townshipsCache = rows
      .map(toPlace)
      .filter((t) => t.code.startsWith(this.regionCode) || this.regionCode.length < 9);
    return this.townshipsCache;
  }

  async townshipsOf(countyCodes: Set<string> | null): Promise<Place[]> {
    const all = await this.townships();
    return countyCodes === null ? all : all.filter((t) => t.parent !== null && countyCodes.has(t.parent));
  }

  async villagesOf(townshipCode: string): Promise<Place[]> {
    const cached = this.villages.get(townshipCode);
    if (cached) return cached;
    const rows = await this.db
      .selectFrom('regions')
      .select(['code', 'name', 'display_name', 'parent_code'])
      .where('parent_code', '=', townshipCode)
      .orderBy('code')
      .execute();
    const places = rows.map(toPlace).filter((v) => v.code.startsWith(this.regionCode) || this.regionCode.length < 12);
    this.villages.set(townshipCode, places);
    return places;
  }
}

function toPlace(r: { code: string; name: string; display_name: string; parent_code: string | null }): Place {
  return { code: r.code, name: r.name, display: r.display_name, parent: r.parent_code };
}

async function resolveCounty(tree: RegionTree, input: string): Promise<Outcome> {
  const counties = await tree.counties();
  const found = fromMatches(matchAll(input, counties, 3));
  if (found) return found;
  return {
    status: 'not_found',
    code: null,
    reasons: ['在本方案的地区内找不到该区县'],
    candidates: closest(input, counties, 3),
  };
}

interface CountySplit {
  county: Place;
  rest: string;
}

/** 丰都县三建乡 -> (丰都县, 三建乡); 石柱县 and 石柱 stand for 石柱土家族自治县. The longest prefix wins per county. */
async function splitCounty(tree: RegionTree, input: string): Promise<CountySplit[]> {
  const splits: CountySplit[] = [];
  for (const county of await tree.counties()) {
    let found: CountySplit | null = null;
    for (let len = Math.min(input.length - 2, 12); len >= 2 && !found; len -= 1) {
      const c = compareName(input.slice(0, len), county.display, 3, county.name);
      // A prefix may only be the county's own name or a known short form (tier 0 or 1), never "one character off".
      if (c && c.tier < 2) found = { county, rest: input.slice(len) };
    }
    if (found) splits.push(found);
  }
  return splits;
}

async function resolveTownship(tree: RegionTree, input: string): Promise<Outcome> {
  const splits = await splitCounty(tree, input);
  const matches: Match[] = [];
  for (const split of splits) {
    const townships = await tree.townshipsOf(new Set([split.county.code]));
    // The county prefix only locates the township; its accepted short forms (石柱县, 彭水) do not make the row a
    // variant (the key-county list is where the county's own name is confirmed).
    matches.push(...matchAll(split.rest, townships, 4));
  }
  if (splits.length === 0) {
    // No county named: the township alone, anywhere in the region.
    matches.push(...matchAll(input, await tree.townships(), 4));
  }
  const found = fromMatches(matches);
  if (found) return found;
  const pool =
    splits.length > 0 ? await tree.townshipsOf(new Set(splits.map((s) => s.county.code))) : await tree.townships();
  const rest = splits[0]?.rest ?? input;
  return {
    status: 'not_found',
    code: null,
    reasons: [
      splits.length > 0
        ? `在${splits.map((s) => s.county.display).join('、')}找不到该乡镇`
        : '在本方案的地区内找不到该乡镇',
    ],
    candidates: closest(rest, pool, 4),
  };
}

interface VillageMatch {
  village: Place;
  township: Match;
  tier: Tier;
  reasons: string[];
  score: [number, number];
}

/** 白土镇大林村 -> township 白土镇 + village 大林村, trying every township name the cell could start with. */
async function resolveVillage(
  tree: RegionTree,
  countyInput: string | null | undefined,
  input: string,
): Promise<Outcome> {
  const countyText = (countyInput ?? '').trim();
  let scope: Set<string> | null = null;
  const countyReasons: string[] = [];
  if (countyText !== '') {
    const county = await resolveCounty(tree, countyText);
    if (county.code !== null) {
      scope = new Set([county.code]);
      // The 区县 column only narrows the search; a known short form (彭水县) is not a variant of the village, but a
      // county guessed by one character is, and the official should see it.
      if (county.reasons.some((r) => r.startsWith('一字之差')))
        countyReasons.push(...county.reasons.map((r) => `区县${r}`));
    } else {
      // Not every sheet's 区县 is a county (万盛经开区 is a development zone): look in the whole region and say so.
      countyReasons.push(
        `区县「${countyText}」${county.status === 'ambiguous' ? '不能唯一确定' : '未找到'}，已在全地区查找`,
      );
    }
  }
  const townships = await tree.townshipsOf(scope);
  const prefixes: { head: string; rest: string }[] = [];
  for (let len = 2; len < input.length; len += 1) {
    const head = input.slice(0, len);
    if (TOWNSHIP_ENDINGS.some((e) => head.endsWith(e))) prefixes.push({ head, rest: input.slice(len) });
  }

  const tryTiers = async (allowed: (t: Tier) => boolean): Promise<{ found: VillageMatch[]; seen: Place[] }> => {
    const found: VillageMatch[] = [];
    const seen: Place[] = [];
    for (const { head, rest } of prefixes) {
      for (const tm of matchAll(head, townships, 4).filter((m) => allowed(m.tier))) {
        seen.push(tm.place);
        for (const vm of matchAll(rest, await tree.villagesOf(tm.place.code), 5)) {
          const tier = Math.max(tm.tier, vm.tier) as Tier;
          found.push({
            village: vm.place,
            township: tm,
            tier,
            reasons: [...tm.reasons, ...vm.reasons],
            score: [tier, tm.tier + vm.tier],
          });
        }
      }
    }
    return { found, seen };
  };

  let { found, seen } = await tryTiers((t) => t < 2);
  if (found.length === 0) {
    const fuzzy = await tryTiers((t) => t === 2);
    found = fuzzy.found;
    if (seen.length === 0) seen = fuzzy.seen;
  }
  if (found.length > 0) {
    const top = Math.min(...found.map((f) => f.score[0] * 10 + f.score[1]));
    const winners = found.filter((f) => f.score[0] * 10 + f.score[1] === top);
    const codes = [...new Set(winners.map((w) => w.village.code))];
    const first = winners[0];
    if (codes.length > 1 || !first) {
      return {
        status: 'ambiguous',
        code: null,
        reasons: [...countyReasons, `有${codes.length}处同样相符，请选择`],
        candidates: codes,
      };
    }
    const reasons = [...countyReasons, ...first.reasons];
    return { status: reasons.length === 0 ? 'exact' : 'variant', code: first.village.code, reasons, candidates: [] };
  }

  // Nothing: suggest villages of the townships the cell named, or else the closest townships.
  const named = [...new Map(seen.map((t) => [t.code, t])).values()];
  if (named.length > 0) {
    const pool: Place[] = [];
    for (const t of named) pool.push(...(await tree.villagesOf(t.code)));
    const rest = prefixes.find((p) => named.some((t) => compareName(p.head, t.display, 4, t.name)))?.rest ?? input;
    return {
      status: 'not_found',
      code: null,
      reasons: [...countyReasons, `在${named.map((t) => t.display).join('、')}找不到该村（社区）`],
      candidates: closest(rest, pool, 5),
    };
  }
  const head = prefixes[0]?.head ?? input;
  return {
    status: 'not_found',
    code: null,
    reasons: [...countyReasons, '找不到开头的乡镇（街道）'],
    candidates: closest(head, townships, 4),
  };
}

/** Resolves each row's name to a region code within `regionCode`; one result per row, in the order given. */
export async function resolveNames(db: Kysely<DB>, request: ResolveRequest): Promise<Resolution[]> {
  const tree = new RegionTree(db, request.regionCode);
  const outcomes: Outcome[] = [];
  for (const row of request.rows) {
    const input = row.name.replace(/\s+/g, '');
    if (input === '') {
      outcomes.push({ status: 'not_found', code: null, reasons: ['名称为空'], candidates: [] });
      continue;
    }
    switch (request.kind) {
      case 'county':
        outcomes.push(await resolveCounty(tree, input));
        break;
      case 'township':
        outcomes.push(await resolveTownship(tree, input));
        break;
      case 'village':
        outcomes.push(await resolveVillage(tree, row.county, input));
        break;
    }
  }
  const paths = await regionPaths(
    db,
    outcomes.flatMap((o) => (o.code === null ? o.candidates : [o.code, ...o.candidates])),
  );
  return request.rows.map((row, i) => {
    const o = outcomes[i]!;
    const r: Resolution = {
      row: row.row,
      input: row.name,
      code: o.code,
      name: o.code === null ? null : (paths.get(o.code) ?? null),
      status: o.status,
      candidates: o.candidates.map((code) => ({ code, name: paths.get(code) ?? code })),
    };
    if (row.cell !== undefined) r.cell = row.cell;
    if (o.reasons.length > 0) r.reason = o.reasons.join('；');
    return r;
  });
}
