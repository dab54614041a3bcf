// Organization names and credit codes as the database keeps them for search and duplicate detection.
import { sql, type RawBuilder } from 'kysely';

/** Every pair of adjacent characters, once each: a GIN index over them finds a name by any part of it. */
export function nameBigrams(name: string): string[] {
  const chars = Array.from(name);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) out.add(`${chars[i]}${chars[i + 1]}`);
  return [...out];
}

/** The name without whitespace, brackets and the 演示 marks: near-identical names compare equal. */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, '').replace(/[（）()]/g, '').replaceAll('演示', '');
}

/** The columns to write whenever a name is written. */
export function nameColumns(name: string): { name: string; name_bigrams: string[]; name_key: string } {
  return { name, name_bigrams: nameBigrams(name), name_key: nameKey(name) };
}

/** Credit codes as people type them: upper-cased, spaces removed. */
export function normaliseCreditCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/** A text[] literal built from parameters (both drivers; an empty list is typed too). */
export function textArray(values: readonly string[]): RawBuilder<string[]> {
  if (values.length === 0) return sql<string[]>`'{}'::text[]`;
  return sql<string[]>`array[${sql.join(values.map((v) => sql`${v}`))}]::text[]`;
}
