// Chongqing's 2020 key areas (seed 001, attachments 1-3) loaded into the demo program through the same import the
// officials use: read, resolve, decide, save. Each file is imported once (found again by its content hash).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { SYSTEM_CONTEXT } from '../../platform/context.ts';
import * as programs from '../../modules/programs/queries.ts';
import * as q from '../../modules/key-areas/queries.ts';
import { createImport, saveImport } from '../../modules/key-areas/service.ts';
import type { Entry } from '../../modules/key-areas/entries.ts';
import type { Decision, ImportKind } from '../../modules/key-areas/schemas.ts';

const FILES: { kind: ImportKind; file: string }[] = [
  { kind: 'county', file: 'chongqing-2020-key-counties.csv' },
  { kind: 'township', file: 'chongqing-2020-deep-poverty-townships.csv' },
  { kind: 'village', file: 'chongqing-2020-designated-villages.csv' },
];

/**
 * The demo official's choices for names the official tables do not have: 车田乡清明村 is taken as 清明坝村, the
 * only village of 车田乡 (酉阳县) whose name contains it. Every variant is confirmed: each was checked by hand against
 * the official names (乡 that became 镇 or 街道, ethnic townships written short, 居委会 for 社区, 百草 for 白草).
 */
const CHOICES: Readonly<Record<string, string>> = { 车田乡清明村: '清明坝村' };

function decisionFor(e: Entry): Decision | null {
  if (e.problems.length > 0) throw new Error(`demo key areas: ${e.cell} ${e.input}: ${e.problems.join('; ')}`);
  if (e.status === 'exact') return null;
  if (e.status === 'variant') return { key: e.key, action: 'accept' };
  const wanted = CHOICES[e.input];
  const pick = wanted === undefined ? undefined : e.candidates.find((c) => c.name.endsWith(` / ${wanted}`));
  if (!pick) throw new Error(`demo key areas: no choice for ${e.cell} ${e.input} (${e.status})`);
  return { key: e.key, action: 'accept', code: pick.code };
}

export async function loadDemoKeyAreas(
  db: Kysely<DB>,
  programSlug: string,
  kinds: readonly ImportKind[] = ['county', 'township', 'village'],
): Promise<void> {
  const program = await programs.findProgramBySlug(db, programSlug);
  if (!program) throw new Error(`demo key areas: program ${programSlug} missing`);
  for (const { kind, file } of FILES.filter((f) => kinds.includes(f.kind))) {
    const bytes = fs.readFileSync(path.join(import.meta.dirname, file));
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    if (await q.findSavedImport(db, program.id, kind, sha256)) continue;
    const id = await createImport(db, SYSTEM_CONTEXT, program, {
      kind,
      countyKind: 'key_county_national',
      fileName: file,
      bytes,
    });
    const row = (await q.findImport(db, id))!;
    const decisions = (row.entries as Entry[]).map(decisionFor).filter((d): d is Decision => d !== null);
    await saveImport(db, SYSTEM_CONTEXT, id, decisions);
  }
}
