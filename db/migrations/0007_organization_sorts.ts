// Indexes for the officials' organization list: its name and submitted-time sorts walk these in order instead of
// sorting every organization in scope; form and charity filters narrow by index.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create index organizations_name_sort_idx on organizations (name, id);
create index organizations_submitted_sort_idx on organizations (submitted_at asc nulls last, id);
create index organizations_form_idx on organizations (form, id);
create index organizations_charity_idx on organizations (id) where is_charity;
`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
