// Progress written while the import's transaction is open. The report goes through the pool, not the transaction
// (whose writes nobody sees before the commit): on PostgreSQL another connection writes it at once; on PGlite, whose
// one connection the transaction holds, it waits and is written when the transaction ends. So a report is never
// awaited inside the transaction (that would deadlock PGlite); its failure is kept and thrown at the next check,
// which makes a reporter that fails (a job being stopped) roll the whole import back.
import type { JobProgress } from '../../platform/jobs.ts';

/** Reports closer together than this are dropped: each costs an UPDATE, queued on PGlite until the commit. */
const MIN_INTERVAL_MS = 500;

export class SideProgress {
  readonly #pending = new Set<Promise<void>>();
  #failure: { error: unknown } | undefined;
  #last = 0;

  constructor(private readonly progress: JobProgress) {}

  report(done: number, message: string, options: { force?: boolean; total?: number } = {}): void {
    const now = Date.now();
    if (!options.force && now - this.#last < MIN_INTERVAL_MS) return;
    this.#last = now;
    // Through a promise, so a reporter that throws synchronously is caught like one that rejects.
    const written = Promise.resolve()
      .then(() => this.progress.report(done, options.total, message))
      .catch((error: unknown) => {
        this.#failure ??= { error };
      });
    this.#pending.add(written);
    void written.finally(() => this.#pending.delete(written));
  }

  /** Throws what a report failed with, once the reports made so far have had their turn to fail. */
  async check(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.#failure) throw this.#failure.error;
  }

  /** Waits for the reports still on their way (on PGlite: those queued behind the finished transaction). */
  async settle(): Promise<void> {
    await Promise.all([...this.#pending]);
  }
}
