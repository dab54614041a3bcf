// Background sweeps (claims lapsing, projects going overdue): when they run, and how one stays polite to requests
// on a database with one connection (PGlite).

/** Lets requests waiting on PGlite's one connection in between units. */
export const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface SweepSchedule<R> {
  /** The sweep's name in the log: "<name>" for a result worth a line, "<name> failed" for a failure. */
  name: string;
  firstAfterMs: number;
  everyMs: number;
  /** Whether a result is worth a log line (something was done). */
  worthLogging: (result: R) => boolean;
  log: { error(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

/**
 * Runs `sweep` shortly after the start and then at every interval; a sweep still running is not started twice.
 * The timers do not keep the process alive; the returned function stops them and waits for a running sweep.
 */
export function scheduleSweep<R extends object>(sweep: () => Promise<R>, schedule: SweepSchedule<R>): () => Promise<void> {
  const { name, log } = schedule;
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = sweep()
      .then((result) => {
        if (schedule.worthLogging(result)) log.info(result, name);
      })
      .catch((err: unknown) => log.error({ err }, `${name} failed`))
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(run, schedule.firstAfterMs);
  const every = setInterval(run, schedule.everyMs);
  first.unref();
  every.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(every);
    await running;
  };
}
