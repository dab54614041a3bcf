// Test data for coverage: pairings written straight into pairings / pairing_places / pairing_members (the pairings
// module's routes are not what is tested here), and programs with designations of chosen kinds.
import type { Kysely } from 'kysely';
import { daysFromToday } from '../../../common/glossary.ts';
import type { PairingStatus } from '../../../common/projects.ts';
import type { DB, DesignationKind } from '../../db/types.ts';

export const WUXI = '500238'; // 巫溪县
export const CHENGKOU = '500229'; // 城口县
export const YOUYANG = '500242'; // 酉阳土家族苗族自治县
export const PENGSHUI = '500243'; // 彭水苗族土家族自治县

let serial = 0;

export async function programIdOf(db: Kysely<DB>, slug: string): Promise<number> {
  return (await db.selectFrom('programs').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
}

export async function organizationIdOf(db: Kysely<DB>, username: string): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select('organization_id')
    .where('username_key', '=', username)
    .executeTakeFirstOrThrow();
  if (row.organization_id === null) throw new Error(`${username} has no organization`);
  return row.organization_id;
}

/** The first township (or village) under a region, by code. */
export async function firstChildOf(db: Kysely<DB>, parent: string): Promise<string> {
  return (
    await db
      .selectFrom('regions')
      .select('code')
      .where('parent_code', '=', parent)
      .orderBy('code')
      .executeTakeFirstOrThrow()
  ).code;
}

export interface PairingFixture {
  programId: number;
  organizationId: number;
  places: string[];
  status?: PairingStatus;
  startDate?: string;
  endDate?: string;
  isCounterpart?: boolean;
  members?: number[];
  title?: string;
}

/** A pairing as the pairings module stores one; confirmed and running from 30 days ago for a year unless told. */
export async function insertPairing(db: Kysely<DB>, f: PairingFixture): Promise<number> {
  serial += 1;
  const { id } = await db
    .insertInto('pairings')
    .values({
      program_id: f.programId,
      organization_id: f.organizationId,
      title: f.title ?? `覆盖测试结对协议${serial}`,
      start_date: f.startDate ?? daysFromToday(-30),
      end_date: f.endDate ?? daysFromToday(335),
      field_codes: ['education'],
      commitments: '每年资助两所村小',
      is_counterpart: f.isCounterpart ?? false,
      status: f.status ?? 'confirmed',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('pairing_places')
    .values(f.places.map((region_code) => ({ pairing_id: id, region_code })))
    .execute();
  if (f.members && f.members.length > 0) {
    await db
      .insertInto('pairing_members')
      .values(f.members.map((organization_id) => ({ pairing_id: id, organization_id })))
      .execute();
  }
  return id;
}

/** A program of Chongqing (or `region`) designating these key areas; `retired` ones are designated and retired. */
export async function programWith(
  db: Kysely<DB>,
  areas: { region: string; kind: DesignationKind; retired?: boolean }[],
  region = '50',
): Promise<number> {
  serial += 1;
  const { id } = await db
    .insertInto('programs')
    .values({
      slug: `coverage-test-${serial}`,
      name: `覆盖测试计划${serial}`,
      kind: 'poverty_alleviation',
      region_code: region,
      department_name: '测试部门',
      start_year: 2020,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (areas.length > 0) {
    await db
      .insertInto('designations')
      .values(
        areas.map((a) => ({
          program_id: id,
          region_code: a.region,
          kind: a.kind,
          note: null,
          retired_at: a.retired ? new Date() : null,
        })),
      )
      .execute();
  }
  return id;
}
