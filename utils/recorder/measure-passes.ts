/** One detector run in idle time; `run` measures and hands its result on (it decides itself what changed). */
export interface MeasureJob {
  name: string;
  run(): void;
  /** What the job reads changes rarely (prices, help links, the stage): it runs again only after this long. */
  minIntervalMs?: number;
}

export interface PassEnvironment {
  /** Calls `fn` when the page is idle (requestIdleCallback, bound to the content script's lifetime). */
  whenIdle(fn: () => void): void;
  setTimeout(fn: () => void, ms: number): void;
  now(): number;
}

/** Wait for this long without new requests (a burst of DOM changes is one change)... */
export const QUIET_MS = 600;
/** ...but never longer than this after the first request, so a page that never stops changing is still measured. */
export const MAX_WAIT_MS = 3_000;
/**
 * A job that took more than a frame's share (FRAME_SHARE_MS) runs again only after COST_FACTOR times its last
 * duration: on a huge page a 40 ms census runs at most every 2 s, so Shopwalk's share of the main thread stays
 * near 2 % and it never queues long tasks back to back.
 */
export const FRAME_SHARE_MS = 8;
export const COST_FACTOR = 50;
/** ...but never longer than this: a first run on a cold page (compiling, first style pass) is slow once. */
export const MAX_BACKOFF_MS = 2_000;

/**
 * Coalesces "the page changed" requests into measurement passes. A pass runs each job in its own idle callback,
 * so no pass is one long task, and skips jobs that were expensive last time until they have earned another run.
 */
export function measurePasses(
  jobs: MeasureJob[],
  env: PassEnvironment,
): { request(): void; runNow(): void; settle(names: readonly string[]): void } {
  let firstRequest: number | undefined;
  let lastRequest = 0;
  let timerSet = false;
  let running = false;
  let again = false;
  const costs = new Map<string, { ms: number; endedAt: number }>();

  const run = (job: MeasureJob) => {
    const started = env.now();
    try {
      job.run();
    } catch (error) {
      // A hostile or broken page must not stop the other detectors; this one tries again next pass.
      console.debug('Shopwalk: measuring failed', job.name, error);
    }
    const ended = env.now();
    costs.set(job.name, { ms: ended - started, endedAt: ended });
  };

  /** How long `job` must still wait before it may run again; 0 when it may run now. */
  const waitFor = (job: MeasureJob, at: number) => {
    const cost = costs.get(job.name);
    if (!cost) return 0;
    const earned = cost.ms <= FRAME_SHARE_MS ? 0 : cost.endedAt + Math.min(cost.ms * COST_FACTOR, MAX_BACKOFF_MS) - at;
    return Math.max(0, earned, cost.endedAt + (job.minIntervalMs ?? 0) - at);
  };

  /** When the skipped jobs of a pass have earned their next run, in ms from now (0: none skipped). */
  const runJobs = (index: number, retryIn: number) => {
    if (index >= jobs.length) {
      running = false;
      if (again) {
        again = false;
        request();
      } else if (retryIn > 0) env.setTimeout(request, retryIn);
      return;
    }
    env.whenIdle(() => {
      const job = jobs[index]!;
      const wait = waitFor(job, env.now());
      if (wait === 0) run(job);
      runJobs(index + 1, wait === 0 ? retryIn : retryIn === 0 ? wait : Math.min(retryIn, wait));
    });
  };

  const startPass = () => {
    firstRequest = undefined;
    if (running) {
      again = true;
      return;
    }
    running = true;
    runJobs(0, 0);
  };

  const check = () => {
    timerSet = false;
    if (firstRequest === undefined) return;
    const at = env.now();
    const due = Math.min(lastRequest + QUIET_MS, firstRequest + MAX_WAIT_MS);
    if (at >= due) startPass();
    else arm(due - at);
  };
  const arm = (ms: number) => {
    if (timerSet) return;
    timerSet = true;
    env.setTimeout(check, ms);
  };

  function request() {
    const at = env.now();
    firstRequest ??= at;
    lastRequest = at;
    arm(QUIET_MS);
  }

  return {
    request,
    /**
     * Runs the named jobs now, in this task, if the page changed since they last ran: the customer is leaving, and
     * what they saw last (a field revealed a moment ago) must not be lost to a pass that never comes.
     */
    settle: (names) => {
      for (const job of jobs) {
        const cost = costs.get(job.name);
        if (names.includes(job.name) && (!cost || cost.endedAt < lastRequest)) run(job);
      }
    },
    /** Runs every job now, also those waiting for their turn: a new touchpoint window begins. */
    runNow: () => {
      costs.clear();
      startPass();
    },
  };
}
