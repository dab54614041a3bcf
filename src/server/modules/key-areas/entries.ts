// From a spreadsheet's bytes to import entries: read the sheet, resolve every name inside the region, and say for each
// entry what it would designate (kind, note, contacts) and what is wrong with it. Nothing is written here; the same
// function serves the upload, the command line and the demo data.
import type { Kysely } from 'kysely';
import type { DB, DesignationKind } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import { regionPaths } from '../regions/queries.ts';
import { resolveNames, type NameRow, type Resolution } from './resolve.ts';
import type { CountyDesignationKind, ImportKind } from './schemas.ts';
import {
  parseKeyCounties,
  parseTownships,
  parseVillages,
  phoneNumbers,
  readTables,
  SpreadsheetError,
  type RowProblem,
  type Table,
} from './spreadsheet.ts';

/** A contact as stored (snake case), before the caller's view masks anything. */
export interface EntryContact {
  kind: 'office' | 'person';
  name: string | null;
  post: string | null;
  office_phone: string | null;
  mobile: string | null;
}

export interface Entry extends Resolution {
  key: string;
  cell: string;
  seq: string;
  county: string | null;
  problems: string[];
  duplicateOf: string | null;
  designationKind: DesignationKind;
  note: string | null;
  contacts: EntryContact[];
}

/** More rows than any published list of key areas; beyond it a file is refused rather than held in memory. */
export const MAX_ENTRIES = 3000;

interface Draft {
  row: number;
  cell: string;
  seq: string;
  name: string;
  county: string | null;
  designationKind: DesignationKind;
  note: string | null;
  contacts: EntryContact[];
  problems: string[];
}

const NATIONAL = /国家级/;
const MUNICIPAL = /(市|省)级/;
/** A 备注 that only says which list the county is on (the merged cell of the published table) is not a note. */
const LEVEL_ONLY = /^(国家级|市级|省级)(扶贫开发工作|扶贫开发)?重点(区县|县)$/;

function countyDrafts(table: Table[], countyKind: CountyDesignationKind): { drafts: Draft[]; problems: RowProblem[] } {
  const { rows, problems } = parseKeyCounties(table);
  const levels = countyKind !== 'national_key_support_county';
  let level: DesignationKind = countyKind;
  const drafts = rows.map((r): Draft => {
    // The level written in 备注 holds for the rows below it until another is written (a merged cell in the original).
    if (levels && NATIONAL.test(r.note)) level = 'key_county_national';
    else if (levels && MUNICIPAL.test(r.note)) level = 'key_county_municipal';
    const { numbers } = phoneNumbers(r.phone);
    return {
      row: r.row,
      cell: r.cell,
      seq: r.seq,
      name: r.county,
      county: null,
      designationKind: level,
      note: r.note === '' || LEVEL_ONLY.test(r.note) ? null : r.note,
      contacts: numbers.map((n) => ({ kind: 'office', name: null, post: null, office_phone: n, mobile: null })),
      problems: [],
    };
  });
  return { drafts, problems };
}

function townshipDrafts(table: Table[]): { drafts: Draft[]; problems: RowProblem[] } {
  const { rows, problems } = parseTownships(table);
  const drafts = rows.map((r): Draft => {
    const { numbers } = phoneNumbers(r.phone);
    const mobiles = numbers.filter((n) => !n.startsWith('0'));
    const landlines = numbers.filter((n) => n.startsWith('0'));
    const own: string[] = [];
    const contacts: EntryContact[] = [];
    // The published table's 备注 holds the contact's post (乡民政办主任); with no contact it is the township's note.
    const post = r.note === '' ? null : r.note;
    if (r.contact !== '') {
      const first = { kind: 'person' as const, name: r.contact, post, office_phone: landlines[0] ?? null };
      if (mobiles.length === 0) contacts.push({ ...first, mobile: null });
      mobiles.forEach((m, i) =>
        contacts.push({ ...first, office_phone: i === 0 ? first.office_phone : null, mobile: m }),
      );
      contacts.push(
        ...landlines
          .slice(1)
          .map((n): EntryContact => ({ kind: 'office', name: null, post: null, office_phone: n, mobile: null })),
      );
    } else {
      if (mobiles.length > 0) own.push(`第${r.row}行：有手机号但没有联系人姓名，请补上联系人`);
      contacts.push(
        ...landlines.map((n): EntryContact => ({
          kind: 'office',
          name: null,
          post: null,
          office_phone: n,
          mobile: null,
        })),
      );
    }
    return {
      row: r.row,
      cell: r.cell,
      seq: r.seq,
      name: r.name,
      county: null,
      designationKind: 'deep_poverty_township',
      note: r.contact === '' ? post : null,
      contacts,
      problems: own,
    };
  });
  return { drafts, problems };
}

function villageDrafts(table: Table[]): { drafts: Draft[]; problems: RowProblem[] } {
  const { rows, problems } = parseVillages(table);
  const drafts = rows.map((r): Draft => ({
    row: r.row,
    cell: r.cell,
    seq: r.seq,
    name: r.name,
    county: r.county === '' ? null : r.county,
    designationKind: 'designated_village',
    note: null,
    contacts: [],
    problems: [],
  }));
  return { drafts, problems };
}

function draftsOf(tables: Table[], kind: ImportKind, countyKind: CountyDesignationKind) {
  switch (kind) {
    case 'county':
      return countyDrafts(tables, countyKind);
    case 'township':
      return townshipDrafts(tables);
    case 'village':
      return villageDrafts(tables);
  }
}

export interface ReadRequest {
  regionCode: string;
  kind: ImportKind;
  countyKind: CountyDesignationKind;
  fileName: string;
  bytes: Uint8Array;
}

async function tables(fileName: string, bytes: Uint8Array, kind: ImportKind, countyKind: CountyDesignationKind) {
  try {
    const read = await readTables(bytes, fileName);
    return draftsOf(read, kind, countyKind);
  } catch (err) {
    if (err instanceof SpreadsheetError) {
      throw new AppError('IMPORT_FILE_INVALID', {
        message: err.message,
        fields: [{ field: 'file', message: `文件：${err.message}` }],
      });
    }
    throw err;
  }
}

/**
 * Places a not-found name names outside the region (海淀区 in a Chongqing list): a clearer problem than "not found".
 * Asked only for the rows not found in the region, so a clean sheet never searches the whole country.
 */
async function outsideRegion(
  db: Kysely<DB>,
  regionCode: string,
  kind: 'county' | 'township',
  names: { key: string; name: string }[],
) {
  const found = new Map<string, string>();
  if (names.length === 0) return found;
  const rs = await resolveNames(db, {
    regionCode: '',
    kind,
    rows: names.map((n, i) => ({ row: i, name: n.name })),
  });
  rs.forEach((r, i) => {
    if (r.code !== null && !r.code.startsWith(regionCode) && r.name) found.set(names[i]!.key, r.name);
  });
  return found;
}

export async function readEntries(db: Kysely<DB>, request: ReadRequest): Promise<Entry[]> {
  const { drafts, problems } = await tables(request.fileName, request.bytes, request.kind, request.countyKind);
  if (drafts.length === 0) {
    throw new AppError('IMPORT_FILE_INVALID', {
      message: '表格里没有数据行',
      fields: [{ field: 'file', message: '文件：表头下面没有数据行' }],
    });
  }
  if (drafts.length > MAX_ENTRIES) {
    throw new AppError('IMPORT_FILE_INVALID', {
      message: `表格有 ${drafts.length} 条，超过一次导入的上限 ${MAX_ENTRIES} 条，请拆分后分批导入`,
      fields: [{ field: 'file', message: `文件：超过 ${MAX_ENTRIES} 条` }],
    });
  }
  const rows: NameRow[] = drafts.map((d) => ({ row: d.row, cell: d.cell, name: d.name, county: d.county }));
  const resolutions = await resolveNames(db, { regionCode: request.regionCode, kind: request.kind, rows });

  // A place named outside the program region is a mistake in the file, not a name to look for. Villages: their 区县
  // column; counties and townships (written with their county): the name itself.
  const asked = drafts
    .map((d, k) => ({
      key: d.cell,
      name: request.kind === 'village' ? (d.county ?? '') : d.name,
      status: resolutions[k]!.status,
    }))
    .filter((c) => c.status === 'not_found' && c.name.trim() !== '');
  const outside = await outsideRegion(
    db,
    request.regionCode,
    request.kind === 'township' ? 'township' : 'county',
    asked,
  );
  const regionName =
    outside.size > 0
      ? ((await regionPaths(db, [request.regionCode])).get(request.regionCode) ?? request.regionCode)
      : '';

  const firstByCode = new Map<string, string>();
  return drafts.map((d, i): Entry => {
    const r = resolutions[i]!;
    const own = [...d.problems, ...problems.filter((p) => p.entry === d.cell).map((p) => p.message)];
    const away = outside.get(d.cell);
    if (away !== undefined) {
      const what =
        request.kind === 'township' ? `「${d.name}」` : `区县「${request.kind === 'county' ? d.name : d.county}」`;
      own.push(`第${d.row}行：${what}是${away}，不在本计划的地区（${regionName}）之内`);
    }
    let duplicateOf: string | null = null;
    if (r.code !== null) {
      duplicateOf = firstByCode.get(r.code) ?? null;
      if (duplicateOf === null) firstByCode.set(r.code, d.cell);
    }
    return {
      ...r,
      key: d.cell,
      cell: d.cell,
      seq: d.seq,
      county: d.county,
      problems: own,
      duplicateOf,
      designationKind: d.designationKind,
      note: d.note,
      contacts: d.contacts,
    };
  });
}

export function summarize(entries: Entry[]) {
  const count = (s: Entry['status']) => entries.filter((e) => e.status === s).length;
  return {
    entries: entries.length,
    exact: count('exact'),
    variant: count('variant'),
    ambiguous: count('ambiguous'),
    notFound: count('not_found'),
    problems: entries.filter((e) => e.problems.length > 0).length,
  };
}
