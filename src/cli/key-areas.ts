// npm run cli -- key-areas import (--program <id|slug> | --region <code>) --kind county|township|village --file <path>
//   [--county-kind ...] [--accept-variants] [--dry-run] [--json]
// The same reading, resolving and saving as the upload in the web app. Without --accept-variants only exact matches
// are saved; anything else leaves the import pending, to be finished in the web app (never guessed here).
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../server/db/types.ts';
import { AppError } from '../server/errors.ts';
import { SYSTEM_CONTEXT } from '../server/platform/context.ts';
import { readEntries, type Entry } from '../server/modules/key-areas/entries.ts';
import * as imports from '../server/modules/key-areas/queries.ts';
import {
  COUNTY_DESIGNATION_KINDS,
  IMPORT_KINDS,
  type CountyDesignationKind,
  type Decision,
  type ImportKind,
} from '../server/modules/key-areas/schemas.ts';
import { createImport, saveImport } from '../server/modules/key-areas/service.ts';
import * as programs from '../server/modules/programs/queries.ts';
import { optional, required, UsageError, type Parsed } from './args.ts';

export const KEY_AREAS_HELP = `key-areas import (--program <计划编号或标识> | --region <地区代码>) --kind county|township|village --file <路径>
                [--county-kind ${COUNTY_DESIGNATION_KINDS.join('|')}] [--accept-variants] [--dry-run] [--json]
    导入重点地区表格（.xlsx / .csv）：逐行匹配行政区划并输出结果；--dry-run 只匹配不保存（--region 只能与 --dry-run
    一起用）；近似匹配须加 --accept-variants 才保存；多处相符、未找到或有问题的行不保存，导入留待网页上处理。`;

export interface CommandResult {
  out: string;
  exitCode: number;
}

function rowView(e: Entry) {
  return {
    row: e.row,
    cell: e.cell,
    input: e.input,
    code: e.code,
    name: e.name,
    status: e.status,
    reason: e.reason ?? null,
    candidates: e.candidates,
    problems: e.problems,
  };
}

function render(entries: Entry[], json: boolean): string {
  if (json) return JSON.stringify(entries.map(rowView), null, 2);
  return entries
    .map((e) => {
      const what = e.name ?? (e.candidates.length > 0 ? `候选：${e.candidates.map((c) => c.name).join('；')}` : '');
      const why = [e.reason, ...e.problems].filter(Boolean).join('；');
      return `${e.cell}\t${e.status}\t${e.input}\t${what}${why ? `\t（${why}）` : ''}`;
    })
    .join('\n');
}

async function findProgram(db: Kysely<DB>, ref: string) {
  const program = /^\d+$/.test(ref)
    ? await programs.findProgram(db, Number(ref))
    : await programs.findProgramBySlug(db, ref);
  if (!program) throw new UsageError(`没有编号或标识为 ${ref} 的帮扶计划`);
  return program;
}

export async function keyAreasCommand(db: Kysely<DB>, command: string | undefined, p: Parsed): Promise<CommandResult> {
  if (command !== 'import') throw new UsageError(`未知命令 key-areas ${command ?? ''}`);
  const kind = required(p, 'kind') as ImportKind;
  if (!IMPORT_KINDS.includes(kind)) throw new UsageError(`--kind 应为 ${IMPORT_KINDS.join(', ')} 之一`);
  const countyKind = (optional(p, 'county-kind') ?? 'key_county_national') as CountyDesignationKind;
  if (!COUNTY_DESIGNATION_KINDS.includes(countyKind)) {
    throw new UsageError(`--county-kind 应为 ${COUNTY_DESIGNATION_KINDS.join(', ')} 之一`);
  }
  const file = required(p, 'file');
  if (!fs.existsSync(file)) throw new UsageError(`找不到文件 ${file}`);
  const bytes = fs.readFileSync(file);
  const fileName = path.basename(file);
  const json = p.flags.has('json');
  const dryRun = p.flags.has('dry-run');
  const programRef = optional(p, 'program');
  const region = optional(p, 'region');
  if ((programRef === undefined) === (region === undefined))
    throw new UsageError('请给出 --program 或 --region（二选一）');

  if (region !== undefined) {
    if (!dryRun) throw new UsageError('--region 只能与 --dry-run 一起使用：保存须指定帮扶计划（--program）');
    if (!/^\d{2,12}$/.test(region)) throw new UsageError('--region 应为行政区划代码');
    const entries = await readEntries(db, { regionCode: region, kind, countyKind, fileName, bytes });
    return { out: render(entries, json), exitCode: 0 };
  }

  const program = await findProgram(db, programRef!);
  if (dryRun) {
    const entries = await readEntries(db, { regionCode: program.region_code, kind, countyKind, fileName, bytes });
    return { out: render(entries, json), exitCode: 0 };
  }
  const ctx = { ...SYSTEM_CONTEXT, requestId: 'cli' };
  const id = await createImport(db, ctx, program, { kind, countyKind, fileName, bytes });
  const entries = (await imports.findImport(db, id))!.entries as Entry[];
  const accept = p.flags.has('accept-variants');
  const decisions: Decision[] = accept
    ? entries.filter((e) => e.status === 'variant').map((e) => ({ key: e.key, action: 'accept' }))
    : [];
  try {
    const result = await saveImport(db, ctx, id, decisions);
    process.stderr.write(
      `已保存导入 #${id}：新增 ${result.created}，更新 ${result.updated}，无变化 ${result.unchanged}，舍弃 ${result.dropped}\n`,
    );
    return { out: render(entries, json), exitCode: 0 };
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'IMPORT_UNRESOLVED') throw err;
    const lines = err.fields?.map((f) => `  - ${f.message}`).join('\n') ?? '';
    process.stderr.write(
      `未保存：${err.message}\n${lines}\n导入 #${id} 留待处理：在网页上打开 /programs/${program.id}/import?import=${id} 逐条确认后保存。\n`,
    );
    return { out: render(entries, json), exitCode: 1 };
  }
}
