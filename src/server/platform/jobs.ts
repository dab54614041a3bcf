// Background jobs: a row per job with progress, claimed with SKIP LOCKED, surviving restarts.
// pg-boss was the first choice, but pg-boss 11 and 12 require Node 22 (this platform runs Node 20) and have no
// progress field; this table gives both databases the same queue with progress and ownership for access checks.
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { DB, Job } from '../db/types.ts';
import { AppError } from '../errors.ts';

export interface JobProgress {
  /** Record progress: `done` of `total` units, with an optional short message for the UI. */
  report(done: number, total?: number, message?: string): Promise<void>;
}

export interface JobEnv {
  db: Kysely<DB>;
  config: Config;
  log: FastifyBaseLogger;
}

export type JobHandler = (job: Job, progress: JobProgress, env: JobEnv) => Promise<unknown>;

// A running job whose heartbeat is older than this is taken to have died with its process.
const STALE_AFTER_MS = 60_000;

export class JobRunner {
  readonly #handlers = new Map<string, JobHandler>();
  #timer: NodeJS.Timeout | undefined;
  #active: Promise<void> | undefined;
  #stopped = true;

  constructor(private readonly env: JobEnv) {}

  define(kind: string, handler: JobHandler): void {
    this.#handlers.set(kind, handler);
  }

  has(kind: string): boolean {
    return this.#handlers.has(kind);
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#schedule(0);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#active;
  }

  /** Runs queued jobs until none is left (tests and the CLI use it instead of the poller). */
  async drain(): Promise<number> {
    let n = 0;
    while (await this.runOne()) n += 1;
    return n;
  }

  #schedule(delay: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#active = this.#tick().finally(() => {
        this.#active = undefined;
      });
    }, delay);
  }

  async #tick(): Promise<void> {
    let ran = false;
    try {
      await this.requeueStale();
      ran = await this.runOne();
    } catch (err) {
      this.env.log.error({ err }, 'job poll failed');
    }
    this.#schedule(ran ? 0 : this.env.config.jobsPollMs);
  }

  /** Jobs left running by a process that stopped go back to the queue (or fail once out of attempts). */
  async requeueStale(): Promise<void> {
    const before = new Date(Date.now() - STALE_AFTER_MS);
    await this.env.db
      .updateTable('jobs')
      .set({ status: 'failed', error: JSON.stringify({ message: '任务多次中断，已停止重试' }), finished_at: new Date() })
      .where('status', '=', 'running')
      .where('heartbeat_at', '<', before)
      .whereRef('attempts', '>=', 'max_attempts')
      .execute();
    await this.env.db
      .updateTable('jobs')
      .set({ status: 'queued', message: '进程中断后重新排队' })
      .where('status', '=', 'running')
      .where('heartbeat_at', '<', before)
      .execute();
  }

  async runOne(): Promise<boolean> {
    const kinds = [...this.#handlers.keys()];
    if (kinds.length === 0) return false;
    const job = await this.env.db.transaction().execute(async (trx) => {
      const next = await trx
        .selectFrom('jobs')
        .select('id')
        .where('status', '=', 'queued')
        .where('run_after', '<=', new Date())
        .where('kind', 'in', kinds)
        .orderBy('run_after')
        .orderBy('created_at')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!next) return undefined;
      return trx
        .updateTable('jobs')
        .set((eb) => ({
          status: 'running',
          attempts: eb('attempts', '+', 1),
          started_at: new Date(),
          heartbeat_at: new Date(),
        }))
        .where('id', '=', next.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
    if (!job) return false;
    const handler = this.#handlers.get(job.kind);
    if (!handler) return false;
    const progress: JobProgress = {
      report: async (done, total, message) => {
        await this.env.db
          .updateTable('jobs')
          .set({
            progress: done,
            ...(total !== undefined ? { total } : {}),
            ...(message !== undefined ? { message } : {}),
            heartbeat_at: new Date(),
          })
          .where('id', '=', job.id)
          .execute();
      },
    };
    try {
      const result = await handler(job, progress, this.env);
      await this.env.db
        .updateTable('jobs')
        .set({
          status: 'succeeded',
          result: JSON.stringify(result ?? null),
          finished_at: new Date(),
          heartbeat_at: new Date(),
        })
        .where('id', '=', job.id)
        .execute();
    } catch (err) {
      this.env.log.error({ err, jobId: job.id, kind: job.kind }, 'job failed');
      // Only our own errors carry a message meant for users; anything else may hold internals.
      const message = err instanceof AppError ? err.message : '任务执行失败，请重试；如持续失败请联系管理员';
      await this.env.db
        .updateTable('jobs')
        .set({ status: 'failed', error: JSON.stringify({ message }), finished_at: new Date() })
        .where('id', '=', job.id)
        .execute();
    }
    return true;
  }
}
