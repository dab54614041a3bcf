// npm run cli -- ledger verify [--organization <id>] [--json]
// Walks every giver's hash chain in sequence order and recomputes each record's hashes from its stored content, so
// a row altered or removed behind the application's back (the append-only trigger disabled, a restored backup with
// rows missing) is found. Reads in keyset batches across all chains: memory stays bounded at any ledger size.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../server/db/types.ts';
import { CHAIN_GENESIS, chainHash, contentHash, type ChainedContent } from '../server/modules/ledger/chain.ts';
import { optional, UsageError, type Parsed } from './args.ts';
import type { CommandResult } from './key-areas.ts';

export const LEDGER_HELP = `ledger verify [--organization <社会组织编号>] [--json]
    校验帮扶台账的哈希链：逐条重算每条记录的内容哈希与链哈希，报告被改动、被删除的记录和链头不符；
    有问题时退出码为 1。`;

export type ProblemKind = 'altered' | 'removed' | 'head mismatch';

export interface LedgerProblem {
  chainKey: string;
  /** The record's sequence number; for removed records the first missing one. */
  seq: number;
  /** For removed records: the last missing sequence number (equal to seq when one record is missing). */
  toSeq: number;
  /** Null for removed records: their rows are gone. */
  recordId: number | null;
  kind: ProblemKind;
  detail: string;
}

export interface VerifyReport {
  ok: boolean;
  chains: number;
  records: number;
  problemCount: number;
  /** The first problems (all of them unless problemsTruncated). */
  problems: LedgerProblem[];
  problemsTruncated: boolean;
}

export interface VerifyOptions {
  organizationId?: number;
  /** Records per read; a few thousand keeps memory flat and round trips few. */
  batchSize?: number;
}

/** Past this many, problems are counted but not kept: a wholly corrupted ledger must not exhaust memory. */
const MAX_PROBLEMS = 10_000;
const CHAIN_BATCH = 1_000;
const RECORD_BATCH = 5_000;

interface Head {
  chain_key: string;
  last_seq: number;
  last_hash: string;
}

type StoredRecord = Omit<ChainedContent, 'items'> & {
  id: number;
  content_hash: string;
  prev_hash: string;
  hash: string;
};

async function* chainHeads(db: Kysely<DB>, only: string | undefined): AsyncGenerator<Head> {
  let after: string | null = null;
  for (;;) {
    let q = db
      .selectFrom('aid_chains')
      .select(['chain_key', 'last_seq', 'last_hash'])
      .orderBy('chain_key')
      .limit(CHAIN_BATCH);
    if (only !== undefined) q = q.where('chain_key', '=', only);
    if (after !== null) q = q.where('chain_key', '>', after);
    const rows = await q.execute();
    yield* rows;
    if (rows.length < CHAIN_BATCH) return;
    after = rows[rows.length - 1]!.chain_key;
  }
}

/** Records ordered by (chain_key, seq), each with its items, read batch by batch. */
async function* chainRecords(
  db: Kysely<DB>,
  only: string | undefined,
  batch: number,
): AsyncGenerator<ChainedContent & StoredRecord> {
  let after: { key: string; seq: number } | null = null;
  for (;;) {
    const cursor: { key: string; seq: number } | null = after;
    let q = db
      .selectFrom('aid_records')
      .select([
        'id',
        'chain_key',
        'seq',
        'organization_id',
        'caring_account_id',
        'giver_form',
        'counterpart',
        'region_code',
        'household_id',
        'need_id',
        'pairing_id',
        'project_id',
        'program_id',
        'occurred_on',
        'period_end',
        'kind',
        'activity_type',
        'key_field_code',
        'amount_fen',
        'material_quantity',
        'purchase_channel',
        'staff_count',
        'volunteer_count',
        'enterprise_count',
        'beneficiary_count',
        'beneficiary_households',
        'funding_source',
        'summary',
        'description',
        'external_ref',
        'reverses_id',
        'replaces_id',
        'reason',
        'reversed_confirmation',
        'content_hash',
        'prev_hash',
        'hash',
      ])
      .orderBy('chain_key')
      .orderBy('seq')
      .limit(batch);
    if (only !== undefined) q = q.where('chain_key', '=', only);
    // A row comparison reads the (chain_key, seq) unique index from where the last batch stopped.
    if (cursor !== null) q = q.where(sql<boolean>`(chain_key, seq) > (${cursor.key}, ${cursor.seq})`);
    const rows = await q.execute();
    if (rows.length === 0) return;
    const items = await db
      .selectFrom('aid_record_items')
      .select(['record_id', 'name', 'quantity', 'unit', 'value_fen'])
      .where(
        'record_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('record_id')
      .orderBy('position')
      .execute();
    const itemsOf = new Map<number, ChainedContent['items'][number][]>();
    for (const { record_id, ...item } of items) {
      const list = itemsOf.get(record_id);
      if (list) list.push(item);
      else itemsOf.set(record_id, [item]);
    }
    for (const r of rows) {
      yield { ...r, items: itemsOf.get(r.id) ?? [] };
    }
    if (rows.length < batch) return;
    const last = rows[rows.length - 1]!;
    after = { key: last.chain_key, seq: last.seq };
  }
}

/** Checks one chain's records as they stream by; `finish` compares the end of the chain with its head. */
class ChainCheck {
  private expected = 1;
  private prevHash = CHAIN_GENESIS;
  private lastRowHash: string | null = null;

  constructor(
    private readonly head: Head,
    private readonly report: (p: Omit<LedgerProblem, 'chainKey'>) => void,
  ) {}

  record(r: ChainedContent & StoredRecord): void {
    if (r.seq > this.expected) {
      this.report({
        seq: this.expected,
        toSeq: r.seq - 1,
        recordId: null,
        kind: 'removed',
        detail: `序号 ${this.expected}${r.seq - 1 > this.expected ? `–${r.seq - 1}` : ''} 的记录不存在（其后是记录 #${r.id}）`,
      });
      // The removed row's hash is unknown: continue from what this row claims, so one removal is one problem.
      this.prevHash = r.prev_hash;
    }
    const wrong: string[] = [];
    if (r.seq < this.expected) wrong.push(`序号 ${r.seq} 不应出现在序号 ${this.expected - 1} 之后`);
    if (contentHash(r) !== r.content_hash) wrong.push('内容与内容哈希不符');
    if (r.prev_hash !== this.prevHash) wrong.push('前一哈希与上一条记录的哈希不衔接');
    if (chainHash(r.prev_hash, r.content_hash) !== r.hash) wrong.push('链哈希与前一哈希、内容哈希不符');
    if (wrong.length > 0)
      this.report({ seq: r.seq, toSeq: r.seq, recordId: r.id, kind: 'altered', detail: wrong.join('；') });
    // The stored hash, not a recomputed one, carries on: an altered row does not make every later row fail too.
    this.prevHash = r.hash;
    this.lastRowHash = r.hash;
    this.expected = Math.max(this.expected, r.seq + 1);
  }

  finish(): void {
    const lastSeq = this.expected - 1;
    const { last_seq: headSeq, last_hash: headHash } = this.head;
    if (headSeq > lastSeq) {
      this.report({
        seq: lastSeq + 1,
        toSeq: headSeq,
        recordId: null,
        kind: 'removed',
        detail: `链头记到序号 ${headSeq}，最后一条记录是序号 ${lastSeq}：其后的记录不存在`,
      });
    } else if (headSeq < lastSeq) {
      this.report({
        seq: lastSeq,
        toSeq: lastSeq,
        recordId: null,
        kind: 'head mismatch',
        detail: `链头只记到序号 ${headSeq}，但有序号到 ${lastSeq} 的记录`,
      });
    } else if (headHash !== (this.lastRowHash ?? CHAIN_GENESIS)) {
      this.report({
        seq: lastSeq,
        toSeq: lastSeq,
        recordId: null,
        kind: 'head mismatch',
        detail: '链头哈希与最后一条记录的哈希不符',
      });
    }
  }
}

/** Verifies every chain (or one organization's); never writes. */
export async function verifyLedger(db: Kysely<DB>, options: VerifyOptions = {}): Promise<VerifyReport> {
  const only = options.organizationId === undefined ? undefined : `org:${options.organizationId}`;
  const problems: LedgerProblem[] = [];
  let problemCount = 0;
  let chains = 0;
  let records = 0;
  const records$ = chainRecords(db, only, options.batchSize ?? RECORD_BATCH);
  let next = await records$.next();
  const orphans = new Map<string, number>();
  for await (const head of chainHeads(db, only)) {
    chains += 1;
    const check = new ChainCheck(head, (p) => {
      problemCount += 1;
      if (problems.length < MAX_PROBLEMS) problems.push({ chainKey: head.chain_key, ...p });
    });
    // Both streams are in chain_key order (ASCII keys: the "C" collation and JavaScript agree).
    while (!next.done && next.value.chain_key < head.chain_key) {
      orphans.set(next.value.chain_key, (orphans.get(next.value.chain_key) ?? 0) + 1);
      records += 1;
      next = await records$.next();
    }
    while (!next.done && next.value.chain_key === head.chain_key) {
      check.record(next.value);
      records += 1;
      next = await records$.next();
    }
    check.finish();
  }
  for (; !next.done; next = await records$.next()) {
    orphans.set(next.value.chain_key, (orphans.get(next.value.chain_key) ?? 0) + 1);
    records += 1;
  }
  // Records whose chain head is missing (only possible with the foreign key dropped).
  for (const [chainKey, count] of orphans) {
    problemCount += 1;
    if (problems.length < MAX_PROBLEMS)
      problems.push({
        chainKey,
        seq: 0,
        toSeq: 0,
        recordId: null,
        kind: 'head mismatch',
        detail: `链头不存在，但有 ${count} 条记录`,
      });
  }
  return {
    ok: problemCount === 0,
    chains,
    records,
    problemCount,
    problems,
    problemsTruncated: problemCount > problems.length,
  };
}

const KIND_LABELS: Record<ProblemKind, string> = {
  altered: '被改动',
  removed: '被删除',
  'head mismatch': '链头不符',
};

export function renderReport(r: VerifyReport): string {
  const lines = [
    `已校验 ${r.chains} 条链、${r.records} 条记录。`,
    r.ok ? '台账完好：没有发现被改动或删除的记录。' : `发现 ${r.problemCount} 个问题：`,
  ];
  for (const p of r.problems) {
    const seq = p.toSeq > p.seq ? `${p.seq}–${p.toSeq}` : String(p.seq);
    const record = p.recordId === null ? '记录 —' : `记录 #${p.recordId}`;
    lines.push(`  链 ${p.chainKey}\t序号 ${seq}\t${record}\t${KIND_LABELS[p.kind]}（${p.kind}）：${p.detail}`);
  }
  if (r.problemsTruncated) lines.push(`  ……只列出前 ${r.problems.length} 个问题。`);
  return lines.join('\n');
}

export async function ledgerCommand(db: Kysely<DB>, command: string | undefined, p: Parsed): Promise<CommandResult> {
  if (command !== 'verify') throw new UsageError(`未知命令 ledger ${command ?? ''}`);
  const org = optional(p, 'organization');
  if (p.flags.get('organization') === true) throw new UsageError('--organization 后应给出社会组织编号');
  let organizationId: number | undefined;
  if (org !== undefined) {
    if (!/^[1-9][0-9]{0,15}$/.test(org)) throw new UsageError('--organization 应为社会组织编号（正整数）');
    organizationId = Number(org);
    const found = await db.selectFrom('organizations').select('id').where('id', '=', organizationId).executeTakeFirst();
    if (!found) throw new UsageError(`没有编号为 ${org} 的社会组织`);
  }
  const report = await verifyLedger(db, organizationId === undefined ? {} : { organizationId });
  const out = p.flags.has('json') ? JSON.stringify(report, null, 2) : renderReport(report);
  return { out, exitCode: report.ok ? 0 : 1 };
}
