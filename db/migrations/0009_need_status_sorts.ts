// Needs searched by a status other than "open" (the public looking at what was matched, officials at what expired):
// one index per sort, so such a page reads a few index entries instead of sorting every need of that status.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create index needs_status_deadline_idx on needs (status, deadline, id);
create index needs_status_published_idx on needs (status, published_at desc, id desc);
create index needs_status_amount_idx on needs (status, amount_fen desc, id desc);
`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
