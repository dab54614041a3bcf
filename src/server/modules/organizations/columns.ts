// A profile (or part of one) as the columns of `organizations`, and a row as the audit log keeps it.
import type { UpdateObject } from 'kysely';
import type { DB } from '../../db/types.ts';
import { nameBigrams, nameKey, textArray } from './names.ts';
import type { OrganizationRow } from './views.ts';
import type { Profile } from './validate.ts';

export function columnsOf(p: Partial<Profile>): UpdateObject<DB, 'organizations'> {
  const set: UpdateObject<DB, 'organizations'> = {};
  if (p.name !== undefined) {
    set.name = p.name;
    set.name_bigrams = textArray(nameBigrams(p.name));
    set.name_key = nameKey(p.name);
  }
  if (p.creditCode !== undefined) set.credit_code = p.creditCode;
  if (p.form !== undefined) set.form = p.form;
  if (p.isIndustryAssociation !== undefined) set.is_industry_association = p.isIndustryAssociation;
  if (p.isCharity !== undefined) set.is_charity = p.isCharity;
  if (p.hasPublicFundraising !== undefined) set.has_public_fundraising = p.hasPublicFundraising;
  if (p.registrationLevel !== undefined) set.registration_level = p.registrationLevel;
  if (p.registrationRegionCode !== undefined) set.registration_region_code = p.registrationRegionCode;
  if (p.supervisingUnit !== undefined) set.supervising_unit = p.supervisingUnit;
  if (p.grade !== undefined) set.grade = p.grade;
  if (p.gradeYear !== undefined) set.grade_year = p.gradeYear;
  if (p.offers !== undefined) set.offers = JSON.stringify(p.offers);
  if (p.contactName !== undefined) set.contact_name = p.contactName;
  if (p.contactPhone !== undefined) set.contact_phone = p.contactPhone;
  if (p.contactEmail !== undefined) set.contact_email = p.contactEmail;
  if (p.homepage !== undefined) set.homepage = p.homepage;
  if (p.description !== undefined) set.description = p.description;
  return set;
}

/** A row for the audit log, with its fields and service regions; the search columns are derived, so left out. */
export function auditRow(row: OrganizationRow, fields: string[], serviceRegions: string[]): Record<string, unknown> {
  const { name_bigrams: _bigrams, name_key: _key, ...rest } = row;
  return { ...rest, fields, service_regions: serviceRegions };
}
