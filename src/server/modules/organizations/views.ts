// Rows to the API's views: the public card, the officials' list item, and the whole record.
import type { Selectable } from 'kysely';
import type { OrganizationsTable } from '../../db/types.ts';
import { iso } from '../../platform/sql.ts';
import { regionPaths } from '../regions/queries.ts';
import { historyOf } from './history.ts';
import * as q from './queries.ts';
import { isOfficial, isRegistrationAuthority, type Viewer } from './scope.ts';
import type { Offer, Organization, OrganizationListItem, PublicOrganization } from './schemas.ts';
import { profileOf, type KeyData, type Profile } from './validate.ts';

export type OrganizationRow = Selectable<OrganizationsTable>;

interface Named {
  code: string;
  name: string;
}

interface Details {
  fields: Map<number, Named[]>;
  serviceRegions: Map<number, Named[]>;
  paths: Map<string, string>;
}

function group<T extends { organization_id: number }, V>(rows: T[], value: (row: T) => V): Map<number, V[]> {
  const out = new Map<number, V[]>();
  for (const r of rows) {
    const list = out.get(r.organization_id) ?? [];
    list.push(value(r));
    out.set(r.organization_id, list);
  }
  return out;
}

/** Fields, service regions and region paths of a page of organizations, in three queries. */
export async function detailsOf(db: q.Executor, rows: OrganizationRow[]): Promise<Details> {
  const ids = rows.map((r) => r.id);
  // One query after another: inside a transaction they share one connection (pg deprecates concurrent queries on one).
  const fields = await q.fieldsOf(db, ids);
  const regions = await q.serviceRegionsOf(db, ids);
  const paths = await regionPaths(db, [
    ...rows.flatMap((r) => (r.registration_region_code ? [r.registration_region_code] : [])),
    ...regions.map((r) => r.region_code),
  ]);
  return {
    fields: group(fields, (f) => ({ code: f.code, name: f.name })),
    serviceRegions: group(regions, (r) => ({ code: r.region_code, name: paths.get(r.region_code) ?? r.region_code })),
    paths,
  };
}

export function logoUrl(fileId: number | null): string | null {
  return fileId === null ? null : `/api/files/${fileId}`;
}

export function toPublic(row: OrganizationRow, d: Details): PublicOrganization {
  const region = row.registration_region_code;
  return {
    id: row.id,
    name: row.name,
    form: row.form,
    isIndustryAssociation: row.is_industry_association,
    isCharity: row.is_charity,
    hasPublicFundraising: row.has_public_fundraising,
    registrationLevel: row.registration_level,
    registrationRegion: region === null ? null : { code: region, name: d.paths.get(region) ?? region },
    grade: row.grade,
    gradeYear: row.grade_year,
    fields: d.fields.get(row.id) ?? [],
    serviceRegions: d.serviceRegions.get(row.id) ?? [],
    offers: Array.isArray(row.offers) ? (row.offers as Offer[]) : [],
    homepage: row.homepage,
    description: row.description,
    logoUrl: logoUrl(row.logo_file_id),
  };
}

export async function toPublicList(db: q.Executor, rows: OrganizationRow[]): Promise<PublicOrganization[]> {
  const d = await detailsOf(db, rows);
  return rows.map((r) => toPublic(r, d));
}

export async function toListItems(
  db: q.Executor,
  rows: (OrganizationRow & { has_pending_change: unknown })[],
): Promise<OrganizationListItem[]> {
  const d = await detailsOf(db, rows);
  return rows.map((r) => {
    const pub = toPublic(r, d);
    return {
      id: r.id,
      name: r.name,
      creditCode: r.credit_code,
      form: r.form,
      status: r.status,
      isCharity: r.is_charity,
      grade: r.grade,
      registrationRegion: pub.registrationRegion,
      fields: pub.fields.map((f) => f.code),
      pendingChange: Boolean(r.has_pending_change),
      submittedAt: iso(r.submitted_at),
      createdAt: iso(r.created_at),
    };
  });
}

/** The profile as kept, read afresh (inside the caller's transaction when given one). */
export async function currentProfile(db: q.Executor, row: OrganizationRow): Promise<Profile> {
  const fields = await q.fieldsOf(db, [row.id]);
  const regions = await q.serviceRegionsOf(db, [row.id]);
  return profileOf(
    row,
    fields.map((f) => f.code),
    regions.map((r) => r.region_code),
  );
}

const SIMILAR_WHY = {
  same: '名称几乎相同（不计空格、括号和“演示”字样），登记在同一地区',
  contains: (name: string) => `名称包含本组织名称，登记在同一地区：${name}`,
  within: (name: string) => `本组织名称包含其名称，登记在同一地区：${name}`,
};

/** The whole record as `actor` may see it: officials also get similar names; `can` names the actions open to them. */
export async function toOrganization(db: q.Executor, actor: Viewer | null, row: OrganizationRow): Promise<Organization> {
  const official = actor !== null && isOfficial(actor);
  const d = await detailsOf(db, [row]);
  const change = await q.pendingChange(db, row.id);
  const claimed = await q.hasAdministrator(db, row.id);
  const reviews = await q.reviewsOf(db, row.id);
  const similar = official ? await q.similarNames(db, actor, row) : [];
  const own = actor !== null && actor.role === 'organization_admin' && actor.organizationId === row.id;
  const authority = isRegistrationAuthority(actor, row.registration_region_code);
  return {
    ...toPublic(row, d),
    creditCode: row.credit_code,
    status: row.status,
    source: row.source,
    supervisingUnit: row.supervising_unit,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    contactEmail: row.contact_email,
    returnReason: row.return_reason,
    submittedAt: iso(row.submitted_at),
    reviewedAt: iso(row.reviewed_at),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    claimed,
    pendingChange: change ? { id: change.id, proposed: change.proposed as KeyData, createdAt: iso(change.created_at) } : null,
    similar: similar.map((s) => ({
      id: s.id,
      name: s.name,
      creditCode: s.credit_code,
      status: s.status,
      why: s.name_key === row.name_key ? SIMILAR_WHY.same : s.name_key.includes(row.name_key) ? SIMILAR_WHY.contains(s.name) : SIMILAR_WHY.within(s.name),
    })),
    history: historyOf(reviews),
    can: {
      edit: own,
      resubmit: own && row.status === 'returned',
      review: authority && (row.status === 'pending' || change !== undefined),
      manageMembers: own && row.status === 'approved',
    },
  };
}
