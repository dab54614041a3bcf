// Reading the key-area lists as departments send them: .xlsx or .csv (UTF-8 with or without BOM, or GB18030 as
// Excel saves "CSV" on Chinese Windows), a title row or two above the header allowed, and the designated villages in
// two side-by-side blocks with a blank 区县 meaning "same as above".
import { SpreadsheetError, type Table } from '../../platform/spreadsheets.ts';
import { LANDLINE, MOBILE } from '../programs/contacts.ts';

// The reading of files is the platform's, shared with the other imports; key-area sheets have no date cells.
export { SpreadsheetError, readTables, parseCsv, decodeText, type Table } from '../../platform/spreadsheets.ts';

export interface RowProblem {
  row: number;
  cell?: string;
  /** The cell of the entry's name the problem belongs to (two entries share a row in the villages sheet). */
  entry: string;
  message: string;
}

export interface KeyCountyRow {
  row: number;
  cell: string;
  seq: string;
  county: string;
  phone: string;
  note: string;
}

export interface TownshipRow {
  row: number;
  cell: string;
  seq: string;
  /** As written, usually county + township: 丰都县三建乡. */
  name: string;
  contact: string;
  phone: string;
  note: string;
}

export interface VillageRow {
  row: number;
  cell: string;
  seq: string;
  /** Filled from the row above in the same block when the sheet leaves it blank. */
  county: string;
  /** As written, township + village: 白土镇大林村. */
  name: string;
}

export interface Parsed<T> {
  rows: T[];
  problems: RowProblem[];
}

function normalizeHeader(s: string): string {
  return s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

function cellRef(col: number, row: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row}`;
}

const HEADER_SEARCH_ROWS = 10;

interface Header {
  /** Zero-based index of the header row. */
  index: number;
  cells: string[];
}

/** Finds the header row (title rows above it are allowed) in the first sheet that has one. */
function findHeader(tables: Table[], required: string[], optional: string[]): { table: Table; header: Header } {
  let bestMissing: string[] = required;
  for (const table of tables) {
    for (let i = 0; i < Math.min(table.length, HEADER_SEARCH_ROWS); i += 1) {
      const cells = (table[i] ?? []).map(normalizeHeader);
      const missing = required.filter((h) => !cells.includes(h));
      if (missing.length === 0) return { table, header: { index: i, cells } };
      if (missing.length < bestMissing.length && missing.length < required.length) bestMissing = missing;
    }
  }
  throw new SpreadsheetError(
    `表头缺少「${bestMissing.join('」「')}」：这类表格的表头应为 ${[...required, ...optional].join('、')}（${optional.join('、')} 可省略）`,
  );
}

const at = (r: string[] | undefined, i: number): string => (i < 0 ? '' : (r?.[i] ?? '').trim());

/**
 * The phone numbers of a cell, each in the form contacts keep (02358569600 -> 023-58569600, +86 13800000000 ->
 * 13800000000); several may be separated by 、 , ; or /. `bad` holds the parts that are not a phone with its area code.
 */
export function phoneNumbers(value: string): { numbers: string[]; bad: string[] } {
  const numbers: string[] = [];
  const bad: string[] = [];
  for (const raw of value.split(/[、,，;；/]/)) {
    const part = raw
      .replace(/[\s\u3000]/g, '')
      .replace(/[－—–]/g, '-')
      .replace(/转/g, '-')
      .replace(/^(?:\+?86)-?(?=1\d{10}$)/, '');
    if (part === '') continue;
    if (MOBILE.test(part)) numbers.push(part);
    else if (LANDLINE.test(part)) numbers.push(part.includes('-') ? part : withAreaDash(part));
    else bad.push(raw.trim());
  }
  return { numbers, bad };
}

/** 02358569600 -> 023-58569600 (three-digit area codes are 010 and 02x; the rest have four digits). */
function withAreaDash(n: string): string {
  const len = /^0(10|2\d)/.test(n) ? 3 : 4;
  return `${n.slice(0, len)}-${n.slice(len)}`;
}

export function isPhone(value: string): boolean {
  const { numbers, bad } = phoneNumbers(value);
  return numbers.length > 0 && bad.length === 0;
}

function phoneProblem(row: number, entry: string, cell: string, label: string, phone: string): RowProblem | null {
  if (phone === '' || isPhone(phone)) return null;
  return {
    row,
    cell,
    entry,
    message: `第${row}行：${label}「${phone}」不是有效的电话号码（固定电话须带区号，如 023-58569600；手机如 13800000000）`,
  };
}

function isBlank(r: string[] | undefined): boolean {
  return (r ?? []).every((c) => c.trim() === '');
}

/** 扶贫开发工作重点区县: 序号, 区县, 联系电话, 备注. */
export function parseKeyCounties(tables: Table[]): Parsed<KeyCountyRow> {
  const { table, header } = findHeader(tables, ['区县', '联系电话'], ['序号', '备注']);
  const col = (h: string) => header.cells.indexOf(h);
  const [cSeq, cCounty, cPhone, cNote] = [col('序号'), col('区县'), col('联系电话'), col('备注')];
  const rows: KeyCountyRow[] = [];
  const problems: RowProblem[] = [];
  table.forEach((r, i) => {
    if (i <= header.index || isBlank(r)) return;
    const row = i + 1;
    const item = {
      row,
      cell: cellRef(cCounty, row),
      seq: at(r, cSeq),
      county: at(r, cCounty),
      phone: at(r, cPhone),
      note: at(r, cNote),
    };
    if (item.county === '') problems.push({ row, cell: item.cell, entry: item.cell, message: `第${row}行：区县为空` });
    const p = phoneProblem(row, item.cell, cellRef(cPhone, row), '联系电话', item.phone);
    if (p) problems.push(p);
    rows.push(item);
  });
  return { rows, problems };
}

/** 深度贫困乡镇: 序号, 乡镇名称, 联系人, 联系方式, 备注. */
export function parseTownships(tables: Table[]): Parsed<TownshipRow> {
  const { table, header } = findHeader(tables, ['乡镇名称', '联系人', '联系方式'], ['序号', '备注']);
  const col = (h: string) => header.cells.indexOf(h);
  const [cSeq, cName, cContact, cPhone, cNote] = [
    col('序号'),
    col('乡镇名称'),
    col('联系人'),
    col('联系方式'),
    col('备注'),
  ];
  const rows: TownshipRow[] = [];
  const problems: RowProblem[] = [];
  table.forEach((r, i) => {
    if (i <= header.index || isBlank(r)) return;
    const row = i + 1;
    const item = {
      row,
      cell: cellRef(cName, row),
      seq: at(r, cSeq),
      name: at(r, cName),
      contact: at(r, cContact),
      phone: at(r, cPhone),
      note: at(r, cNote),
    };
    if (item.name === '')
      problems.push({ row, cell: item.cell, entry: item.cell, message: `第${row}行：乡镇名称为空` });
    const p = phoneProblem(row, item.cell, cellRef(cPhone, row), '联系方式', item.phone);
    if (p) problems.push(p);
    rows.push(item);
  });
  return { rows, problems };
}

/**
 * 定点攻坚村: one or more side-by-side blocks of (序号, 区县, 村（社区）). Blocks are flattened in 序号 order (block by
 * block where 序号 is missing), and a blank 区县 takes the value of the previous row of the same block.
 */
export function parseVillages(tables: Table[]): Parsed<VillageRow> {
  const { table, header } = findHeader(tables, ['区县', '村（社区）'], ['序号']);
  const blocks: { seq: number; county: number; name: number }[] = [];
  header.cells.forEach((h, i) => {
    if (h !== '村（社区）') return;
    const county = header.cells.lastIndexOf('区县', i);
    const seq = header.cells.lastIndexOf('序号', i);
    if (county === -1 || blocks.some((b) => b.county === county)) return;
    blocks.push({ seq: seq > (blocks.at(-1)?.name ?? -1) ? seq : -1, county, name: i });
  });
  const rows: (VillageRow & { order: [number, number, number] })[] = [];
  const problems: RowProblem[] = [];
  blocks.forEach((b, bi) => {
    let county = '';
    table.forEach((r, i) => {
      if (i <= header.index) return;
      const row = i + 1;
      const seq = at(r, b.seq);
      const name = at(r, b.name);
      const written = at(r, b.county);
      if (seq === '' && name === '' && written === '') return;
      if (written !== '') county = written;
      const cell = cellRef(b.name, row);
      if (name === '') problems.push({ row, cell, entry: cell, message: `第${row}行（${cell}）：村（社区）为空` });
      if (county === '')
        problems.push({
          row,
          cell: cellRef(b.county, row),
          entry: cell,
          message: `第${row}行：区县为空，上方也没有可沿用的区县`,
        });
      const n = Number(seq);
      rows.push({ row, cell, seq, county, name, order: [seq !== '' && Number.isFinite(n) ? n : Infinity, bi, row] });
    });
  });
  rows.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  return { rows: rows.map(({ order: _order, ...r }) => r), problems };
}
