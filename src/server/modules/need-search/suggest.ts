// "Suggested for you" (GET /api/needs/suggested): open needs ranked by how they fit the caller's organization — its
// fields, its service regions, what it offers, the key-area priority of the place and how soon the deadline is — with
// the reasons in Chinese on each. Candidates come from index-ordered queries capped in size (the open needs of each
// service region and of each field, soonest first); only they are scored.
import { chinaToday } from '../../../common/glossary.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import type { KeyAreaKind, NeedKind, SuggestedNeed, SuggestedNeeds } from '../needs/schemas.ts';
import * as q from './queries.ts';
import { toSummary } from './search.ts';

export const MAX_SUGGESTIONS = 20;
/** Candidates gathered in all; each set gets its share, but never fewer than a page. */
const CANDIDATE_BUDGET = 600;
const MAX_PER_SET = 200;
/** Region-and-field sets are gathered only for this many pairs. */
const MAX_PAIRS = 12;
/** Deadlines this close count as urgent (and say so). */
const URGENT_DAYS = 30;

const WEIGHT = { field: 40, region: 30, offer: 15, perKeyAreaRank: 5, urgency: 10 } as const;

type OfferKind = 'money' | 'materials' | 'skills' | 'people';
const OFFER_LABEL: Record<OfferKind, string> = { money: '资金', materials: '物资', skills: '技能', people: '人员' };
/** What an organization must offer to meet a need of each kind. */
const MEETS: Record<NeedKind, readonly OfferKind[]> = {
  money: ['money'],
  materials: ['materials'],
  service: ['skills', 'people'],
};

const KEY_AREA_LABEL: Record<KeyAreaKind, string> = {
  designated_village: '定点攻坚村',
  deep_poverty_township: '深度贫困乡镇',
  key_county: '重点区县',
  national_key_support_county: '国家乡村振兴重点帮扶县',
};
const KEY_AREA_ORDER: readonly KeyAreaKind[] = [
  'designated_village',
  'deep_poverty_township',
  'key_county',
  'national_key_support_county',
];

interface Profile {
  fields: Map<string, string>;
  regions: { code: string; name: string }[];
  offers: Set<OfferKind>;
}

function offerKinds(offers: unknown): Set<OfferKind> {
  const out = new Set<OfferKind>();
  if (!Array.isArray(offers)) return out;
  for (const o of offers as unknown[]) {
    const kind = (o as { kind?: unknown } | null)?.kind;
    if (typeof kind === 'string' && Object.hasOwn(OFFER_LABEL, kind)) out.add(kind as OfferKind);
  }
  return out;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The score of one open need for the organization, and why, in the order a reader weighs them. */
export function scoreNeed(row: q.CandidateRow, profile: Profile, today: string): { score: number; reasons: string[] } {
  let score = 0;
  const reasons: string[] = [];
  const fieldName = profile.fields.get(row.key_field_code);
  if (fieldName !== undefined) {
    score += WEIGHT.field;
    reasons.push(`领域相符：${fieldName}`);
  }
  // The most specific service region the need lies in names the place best.
  const region = profile.regions
    .filter((r) => row.region_code.startsWith(r.code))
    .sort((a, b) => b.code.length - a.code.length)[0];
  if (region) {
    score += WEIGHT.region;
    reasons.push(`在服务地区内：${region.name}`);
  }
  const offered = MEETS[row.kind].filter((k) => profile.offers.has(k));
  if (offered.length > 0) {
    score += WEIGHT.offer;
    reasons.push(`可提供：${offered.map((k) => OFFER_LABEL[k]).join('、')}`);
  }
  if (row.key_area_rank > 0) {
    score += WEIGHT.perKeyAreaRank * row.key_area_rank;
    const top = KEY_AREA_ORDER.find((k) => row.key_area_kinds.includes(k));
    if (top) reasons.push(KEY_AREA_LABEL[top]);
  }
  const days = daysBetween(today, row.deadline);
  if (days <= URGENT_DAYS) {
    score += Math.round((WEIGHT.urgency * (URGENT_DAYS - days)) / URGENT_DAYS);
    reasons.push(days === 0 ? '今天截止' : `还有 ${days} 天截止`);
  }
  return { score, reasons };
}

async function profileOf(db: q.Executor, organizationId: number): Promise<Profile> {
  const org = await q.organizationForSuggestions(db, organizationId);
  if (!org) throw new AppError('FORBIDDEN');
  if (org.status !== 'approved')
    throw new AppError('ORGANIZATION_NOT_APPROVED', { message: '组织通过审核后才能查看为您推荐的需求' });
  const fields = await q.organizationFields(db, organizationId);
  const regions = await q.organizationServiceRegions(db, organizationId);
  return { fields: new Map(fields.map((f) => [f.code, f.name])), regions, offers: offerKinds(org.offers) };
}

async function candidates(
  db: q.Executor,
  profile: Profile,
  organizationId: number,
  today: string,
): Promise<Map<number, q.CandidateRow>> {
  const fields = [...profile.fields.keys()];
  // The best fits first: each service region with each field (while there are few pairs), then each alone.
  const pairs =
    profile.regions.length * fields.length <= MAX_PAIRS
      ? profile.regions.flatMap((r) => fields.map((field) => ({ region: r.code, field })))
      : [];
  const sets: q.CandidateWhere[] = [
    ...pairs,
    ...profile.regions.map((r) => ({ region: r.code })),
    ...fields.map((field) => ({ field })),
  ];
  const cap = Math.min(MAX_PER_SET, Math.max(MAX_SUGGESTIONS, Math.floor(CANDIDATE_BUDGET / Math.max(1, sets.length))));
  const found = new Map<number, q.CandidateRow>();
  // One after another: these may share one connection (PGlite), and each is a short index range.
  for (const where of sets) {
    for (const row of await q.openCandidates(db, where, organizationId, today, cap)) found.set(row.id, row);
  }
  // Too few fits: fill with open needs of key areas anywhere, which rank by their priority.
  if (found.size < MAX_SUGGESTIONS) {
    for (const row of await q.openCandidates(db, { keyAreasOnly: true }, organizationId, today, MAX_PER_SET))
      found.set(row.id, row);
  }
  return found;
}

export async function suggestedNeeds(db: q.Executor, actor: Actor, today = chinaToday()): Promise<SuggestedNeeds> {
  if (actor.organizationId === null) throw new AppError('FORBIDDEN');
  const profile = await profileOf(db, actor.organizationId);
  const found = await candidates(db, profile, actor.organizationId, today);
  const scored = [...found.values()].map((row) => ({ row, ...scoreNeed(row, profile, today) }));
  scored.sort((a, b) => b.score - a.score || a.row.deadline.localeCompare(b.row.deadline) || a.row.id - b.row.id);
  const top = scored.slice(0, MAX_SUGGESTIONS);
  const rows = new Map(
    (
      await q.summariesByIds(
        db,
        top.map((s) => s.row.id),
      )
    ).map((r) => [r.id, r]),
  );
  const items: SuggestedNeed[] = top.flatMap((s) => {
    const row = rows.get(s.row.id);
    return row ? [{ ...toSummary(row), score: s.score, reasons: s.reasons }] : [];
  });
  return { items };
}
