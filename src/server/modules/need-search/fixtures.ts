// Test fixtures for finding needs: needs in any state written the way the platform writes them (insertNeed), then
// moved to the state a test needs; a household with a name and a claim row. Only tests import this file.
import type { Kysely } from 'kysely';
import { daysFromToday } from '../../../common/glossary.ts';
import type { DB, NeedStatus } from '../../db/types.ts';
import { insertNeed, type NewNeed } from '../needs/store.ts';
import { textArray } from '../organizations/names.ts';

export const ZHONGGANG = '500238118201';
export const CONTACT_PHONE = '13800007788';

export interface NeedOverrides extends Partial<Omit<NewNeed, 'status'>> {
  status?: NeedStatus;
  claimed_quantity?: number;
  published_at?: Date;
}

/** A need (published unless said otherwise) with every column set; returns its id. */
export async function makeNeed(db: Kysely<DB>, o: NeedOverrides = {}): Promise<number> {
  const { status = 'published', claimed_quantity, published_at, ...rest } = o;
  const kind = rest.kind ?? 'money';
  const quantity = rest.quantity ?? 1_000_000;
  const id = await insertNeed(db, {
    region_code: ZHONGGANG,
    household_id: null,
    title: '测试需求',
    description: '测试用的需求说明',
    key_field_code: 'education',
    key_population_codes: [],
    kind,
    item_name: kind === 'money' ? null : '物品',
    unit: kind === 'money' ? null : '件',
    quantity,
    amount_fen: kind === 'money' ? quantity : null,
    deadline: daysFromToday(30),
    contact_name: '测试联系人',
    contact_phone: CONTACT_PHONE,
    created_by: null,
    ...rest,
    status: status === 'draft' ? 'draft' : 'published',
  });
  if (status !== 'draft' && status !== 'published') {
    await db.updateTable('needs').set({ status }).where('id', '=', id).execute();
  }
  if (claimed_quantity !== undefined || published_at !== undefined) {
    await db
      .updateTable('needs')
      .set({
        ...(claimed_quantity !== undefined ? { claimed_quantity } : {}),
        ...(published_at ? { published_at } : {}),
      })
      .where('id', '=', id)
      .execute();
  }
  return id;
}

let households = 0;

/** A household of `village` whose head is `headName` (the ID number columns hold placeholders: nothing decrypts them). */
export async function makeHousehold(db: Kysely<DB>, village: string, headName: string): Promise<number> {
  households += 1;
  const row = await db
    .insertInto('households')
    .values({
      region_code: village,
      head_name: headName,
      id_number_encrypted: 'v1:test',
      id_number_hash: `need-search-test-${process.pid}-${households}-${Date.now()}`,
      members_count: 3,
      category: 'registered_poor',
      situations: textArray(['serious_illness']) as unknown as string[],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function makeClaim(
  db: Kysely<DB>,
  c: {
    needId: number;
    quantity: number;
    organizationId?: number;
    caringAccountId?: number;
    createdBy: number;
    status?: 'pending' | 'confirmed' | 'withdrawn' | 'declined' | 'lapsed' | 'fulfilled';
  },
): Promise<number> {
  const row = await db
    .insertInto('claims')
    .values({
      need_id: c.needId,
      organization_id: c.organizationId ?? null,
      caring_account_id: c.caringAccountId ?? null,
      quantity: c.quantity,
      note: '测试认领',
      status: c.status ?? 'pending',
      created_by: c.createdBy,
      lapse_at: new Date(Date.now() + 30 * 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The organization of a demo account. */
export async function organizationOf(db: Kysely<DB>, username: string): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select('organization_id')
    .where('username_key', '=', username)
    .executeTakeFirstOrThrow();
  if (row.organization_id === null) throw new Error(`${username} belongs to no organization`);
  return row.organization_id;
}

/** Some village of a county (the first by code), for needs placed away from the demo data. */
export async function villageOf(db: Kysely<DB>, county: string, skip = 0): Promise<string> {
  const row = await db
    .selectFrom('regions')
    .select('code')
    .where('level', '=', 5)
    .where('code', 'like', `${county}%`)
    .orderBy('code')
    .offset(skip)
    .limit(1)
    .executeTakeFirstOrThrow();
  return row.code;
}
