// Seeding one demo organization the way the platform would have recorded it: the profile with its fields, service
// regions and name columns, its review steps (imported; or submitted, then approved unless it awaits review) and an
// audit row. Idempotent by credit code: an existing organization is left as it is (only empty name columns are filled).
import type { Kysely, Transaction } from 'kysely';
import { withCreditCheckChar } from '../../common/credit-code.ts';
import type { OrganizationForm } from '../../common/glossary.ts';
import type { DB, OrganizationGrade, RegistrationLevel } from '../db/types.ts';
import { recordAudit } from '../platform/audit.ts';
import { SYSTEM_CONTEXT } from '../platform/context.ts';
import { nameColumns } from '../modules/organizations/names.ts';
import type { Offer } from '../modules/organizations/schemas.ts';
import { profileOf } from '../modules/organizations/validate.ts';

export interface DemoOrganization {
  key: string;
  name: string;
  creditCode17: string;
  form: OrganizationForm;
  registrationRegionCode: string;
  /** Approved unless said otherwise; a pending one waits for the registration authority's official. */
  status?: 'approved' | 'pending';
  /** Imported from a registry (approved, no account until claimed) rather than registered by its administrator. */
  imported?: boolean;
  isIndustryAssociation?: boolean;
  isCharity?: boolean;
  hasPublicFundraising?: boolean;
  supervisingUnit?: string;
  grade?: OrganizationGrade;
  gradeYear?: number;
  fields?: string[];
  serviceRegions?: string[];
  offers?: Offer[];
  contactName?: string;
  contactPhone?: string;
  description?: string;
}

const LEVEL_BY_LENGTH: Record<number, RegistrationLevel> = { 2: 'provincial', 4: 'municipal', 6: 'county' };

export async function seedDemoOrganization(trx: Transaction<DB> | Kysely<DB>, org: DemoOrganization): Promise<number> {
  const creditCode = withCreditCheckChar(org.creditCode17);
  const existing = await trx
    .selectFrom('organizations')
    .select(['id', 'name_key'])
    .where('credit_code', '=', creditCode)
    .executeTakeFirst();
  if (existing) {
    // Databases seeded before the name columns existed: make the demo organizations findable.
    if (existing.name_key === '') {
      const { name_bigrams, name_key } = nameColumns(org.name);
      await trx.updateTable('organizations').set({ name_bigrams, name_key }).where('id', '=', existing.id).execute();
    }
    return existing.id;
  }
  const pending = org.status === 'pending';
  const now = new Date();
  const fields = org.fields ?? [];
  const serviceRegions = org.serviceRegions ?? [];
  const created = await trx
    .insertInto('organizations')
    .values({
      ...nameColumns(org.name),
      credit_code: creditCode,
      form: org.form,
      registration_level: LEVEL_BY_LENGTH[org.registrationRegionCode.length] ?? 'provincial',
      registration_region_code: org.registrationRegionCode,
      status: pending ? 'pending' : 'approved',
      is_industry_association: org.isIndustryAssociation ?? false,
      is_charity: org.isCharity ?? false,
      has_public_fundraising: org.hasPublicFundraising ?? false,
      supervising_unit: org.supervisingUnit ?? null,
      grade: org.grade ?? null,
      grade_year: org.gradeYear ?? null,
      offers: JSON.stringify(org.offers ?? []),
      contact_name: org.contactName ?? null,
      contact_phone: org.contactPhone ?? null,
      description: org.description ?? null,
      source: org.imported ? 'registry_import' : 'registration',
      submitted_at: org.imported ? null : now,
      reviewed_at: pending ? null : now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (fields.length > 0) {
    await trx
      .insertInto('organization_fields')
      .values(fields.map((code) => ({ organization_id: created.id, key_field_code: code })))
      .execute();
  }
  if (serviceRegions.length > 0) {
    await trx
      .insertInto('organization_service_regions')
      .values(serviceRegions.map((code) => ({ organization_id: created.id, region_code: code })))
      .execute();
  }
  const snapshot = JSON.stringify(profileOf(created, fields, serviceRegions));
  await trx
    .insertInto('organization_reviews')
    .values(
      (org.imported ? (['import'] as const) : pending ? (['submit'] as const) : (['submit', 'approve'] as const)).map((action) => ({
        organization_id: created.id,
        action,
        snapshot,
        reason: null,
        actor_account_id: null,
      })),
    )
    .execute();
  await recordAudit(trx, SYSTEM_CONTEXT, {
    action: 'create',
    entityType: 'organization',
    entityId: created.id,
    regionCode: created.registration_region_code,
    organizationId: created.id,
    after: { ...created, fields, service_regions: serviceRegions },
  });
  return created.id;
}
