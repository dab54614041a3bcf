// Test data for pairings: programs of their own (so one test's pairings never collide with another's), organizations
// registered where a test needs them, fairs with sign-ups, and a signed agreement to upload.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, RegistrationLevel } from '../../db/types.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import { approvedOrganization } from '../claims/fixtures.ts';

export const WUXI = '500238'; // 巫溪县
export const CHENGKOU = '500229'; // 城口县
export const PENGSHUI = '500243'; // 彭水苗族土家族自治县
export const HONGCHIBA = '500238118'; // 巫溪县红池坝镇

let serial = 0;

/** A Chongqing program of its own, active, from 2021 on unless said otherwise. */
export async function testProgram(
  db: Kysely<DB>,
  overrides: {
    restrictPlaces?: boolean;
    startYear?: number;
    endYear?: number | null;
    regionCode?: string;
    status?: 'active' | 'retired';
  } = {},
): Promise<number> {
  serial += 1;
  const row = await db
    .insertInto('programs')
    .values({
      slug: `pairing-test-${serial}-${crypto.randomBytes(3).toString('hex')}`,
      name: `结对测试计划${serial}`,
      kind: 'rural_revitalization',
      region_code: overrides.regionCode ?? '50',
      department_name: '重庆市社会组织管理局',
      start_year: overrides.startYear ?? 2021,
      end_year: overrides.endYear ?? null,
      status: overrides.status ?? 'active',
      restrict_places: overrides.restrictPlaces ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A pairing body of the whole current year, for `places` (巫溪县 by default). */
export function pairingBody(programId: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const year = new Date().getUTCFullYear();
  return {
    programId,
    title: '山城基金会结对帮扶巫溪县',
    places: [WUXI],
    memberOrganizationIds: [],
    startDate: `${year}-01-01`,
    endDate: `${year + 2}-12-31`,
    fieldCodes: ['education'],
    amountFen: 50_000_000,
    people: 12,
    commitments: '每年资助 100 名学生，开展暑期支教',
    ...overrides,
  };
}

/** The registration authority's level, as the organizations table requires it to match the region code. */
function levelOf(code: string | null): RegistrationLevel {
  if (code === null) return 'national';
  if (code.length === 2) return 'provincial';
  return code.length === 4 ? 'municipal' : 'county';
}

/**
 * An approved organization registered in `registrationRegionCode` (e.g. 山东省济南市 370100), serving `serviceRegions`,
 * with an administrator who logs in with claims/fixtures PASSWORD when `username` is given.
 */
export async function organizationIn(
  db: Kysely<DB>,
  options: {
    name: string;
    username?: string;
    registrationRegionCode: string | null;
    serviceRegions?: string[];
    status?: 'approved' | 'pending';
  },
): Promise<{ id: number; name: string; accountId: number | null }> {
  const org = await approvedOrganization(db, {
    name: options.name,
    ...(options.username ? { username: options.username } : {}),
    ...(options.status ? { status: options.status } : {}),
  });
  await db
    .updateTable('organizations')
    .set({
      registration_region_code: options.registrationRegionCode,
      registration_level: levelOf(options.registrationRegionCode),
    })
    .where('id', '=', org.id)
    .execute();
  const regions = options.serviceRegions ?? [];
  if (regions.length > 0) {
    await db
      .insertInto('organization_service_regions')
      .values(regions.map((region_code) => ({ organization_id: org.id, region_code })))
      .execute();
  }
  return org;
}

/** A matching fair about `regions`, with these organizations signed up (or withdrawn). */
export async function fairWithSignups(
  db: Kysely<DB>,
  options: { regions: string[]; signedUp?: number[]; withdrawn?: number[]; status?: 'open' | 'closed' | 'cancelled' },
): Promise<{ id: number; name: string }> {
  serial += 1;
  const year = new Date().getUTCFullYear();
  const name = `结对测试对接会${serial}`;
  const fair = await db
    .insertInto('fairs')
    .values({
      kind: 'matching_fair',
      name,
      year,
      region_code: '50',
      start_date: `${year}-06-01`,
      end_date: `${year}-06-02`,
      status: options.status ?? 'open',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('fair_regions')
    .values(options.regions.map((region_code) => ({ fair_id: fair.id, region_code })))
    .execute();
  const signups = [
    ...(options.signedUp ?? []).map((organization_id) => ({
      fair_id: fair.id,
      organization_id,
      status: 'signed_up' as const,
    })),
    ...(options.withdrawn ?? []).map((organization_id) => ({
      fair_id: fair.id,
      organization_id,
      status: 'withdrawn' as const,
    })),
  ];
  if (signups.length > 0) await db.insertInto('fair_signups').values(signups).execute();
  return { id: fair.id, name };
}

/** A distinct PDF each call (files are kept once per content). */
export function agreementPdf(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(256)]);
}

/** The multipart body of an agreement upload. */
export function agreementUpload(name = '结对帮扶协议（签署版）.pdf', bytes: Buffer = agreementPdf()) {
  return multipart({}, { name, bytes, type: 'application/pdf' });
}
