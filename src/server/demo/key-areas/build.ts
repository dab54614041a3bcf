// Builds the demo import spreadsheets of Chongqing's 2020 program from the seed's attachments 1-3, so the demo data is
// the published text and never retyped. Run once after the seed changes, and commit the CSVs: the server never reads
// ../shared at run time.  node --import tsx src/server/demo/key-areas/build.ts
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const SEED = path.resolve(ROOT, '../shared/seeds/001_6fa89cf50a38c157.txt');
const OUT = import.meta.dirname;

/**
 * The records of one attachment: the seed gives each table cell as a tab-indented line and separates records (rows)
 * with blank lines. The first record is the header. The attachment ends at the next line that is not a cell.
 */
export function attachmentRecords(lines: string[], marker: string): string[][] {
  const start = lines.findIndex((l) => l.trim() === marker);
  if (start === -1) throw new Error(`seed: ${marker} not found`);
  const records: string[][] = [];
  let current: string[] = [];
  let seenCell = false;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('\t')) {
      seenCell = true;
      current.push(line.slice(1).trim());
    } else if (line.trim() === '') {
      if (current.length > 0) records.push(current);
      current = [];
    } else if (seenCell) {
      break; // the next attachment or a page footer
    }
    // else: the attachment's title line, before the first cell
  }
  if (current.length > 0) records.push(current);
  return records;
}

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function writeCsv(file: string, records: string[][]): void {
  // With a BOM: Excel, which departments open these files with, reads UTF-8 only when it is there.
  const text = '\uFEFF' + records.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  fs.writeFileSync(path.join(OUT, file), text);
}

function check(name: string, records: string[][], width: number, dataRows: number): void {
  const bad = records.find((r) => r.length !== width);
  if (bad) throw new Error(`seed: ${name} has a record of ${bad.length} cells, expected ${width}: ${bad.join('|')}`);
  if (records.length - 1 !== dataRows)
    throw new Error(`seed: ${name} has ${records.length - 1} rows, expected ${dataRows}`);
}

function main(): void {
  const lines = fs.readFileSync(SEED, 'utf8').split(/\r?\n/);

  const counties = attachmentRecords(lines, '附件1');
  check('附件1', counties, 4, 18);
  writeCsv('chongqing-2020-key-counties.csv', counties);

  const townships = attachmentRecords(lines, '附件2');
  check('附件2', townships, 5, 18);
  writeCsv('chongqing-2020-deep-poverty-townships.csv', townships);

  // Two side-by-side blocks of (序号, 区县, 村（社区）) per row, a blank 区县 meaning "as above": kept as published.
  const villages = attachmentRecords(lines, '附件3');
  check('附件3', villages, 6, 51);
  const names = villages
    .slice(1)
    .flatMap((r) => [r[2], r[5]])
    .filter((v) => v !== undefined && v !== '');
  if (names.length !== 100) throw new Error(`seed: 附件3 has ${names.length} villages, expected 100`);
  writeCsv('chongqing-2020-designated-villages.csv', villages);

  console.log(
    'wrote 18 key counties, 18 deep-poverty townships and 100 designated villages to',
    path.relative(ROOT, OUT),
  );
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) main();
