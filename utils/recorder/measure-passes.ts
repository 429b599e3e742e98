/** One detector run in idle time; `run` measures and hands its result on (it decides itself what changed). */
export interface MeasureJob {
  name: string;
  run(): void;
  /** What the job reads changes rarely (prices, help links, the stage): it runs again only after this long. */
  minIntervalMs?: number;
  /**
   * Whether the nodes changed since the job last ran (added, removed, or with a watched attribute changed) can
   * change its result; without it, every change can. A job whose result cannot have changed is not run.
   */
  changedBy?(nodes: ReadonlySet<Node>): boolean;
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
/** Changed nodes kept per job until it runs; more than this in between and the job treats the page as all new. */
export const MAX_CHANGED_NODES = 2_000;

/** What changed for one job since it last ran: some nodes, or everything (a new window, a resize, too many). */
interface Changes {
  nodes: Set<Node>;
  everything: boolean;
}

/**
 * Coalesces "the page changed" requests into measurement passes. A pass runs each job in its own idle callback,
 * so no pass is one long task, and skips jobs that were expensive last time until they have earned another run.
 */
export function measurePasses(
  jobs: MeasureJob[],
  env: PassEnvironment,
): { request(changed?: Iterable<Node>): void; runNow(): void; settle(names: readonly string[]): void } {
  let firstRequest: number | undefined;
  let lastRequest = 0;
  let timerSet = false;
  let running = false;
  let again = false;
  const costs = new Map<string, { ms: number; endedAt: number }>();
  const changes = new Map<MeasureJob, Changes>(
    jobs.filter((job) => job.changedBy).map((job) => [job, { nodes: new Set(), everything: true }]),
  );

  /** Notes what changed for the jobs that ask; no node is looked at here (that waits for the job's turn). */
  const note = (changed: Iterable<Node> | undefined) => {
    for (const pending of changes.values()) {
      if (pending.everything) continue;
      if (changed) for (const node of changed) pending.nodes.add(node);
      if (!changed || pending.nodes.size > MAX_CHANGED_NODES) {
        pending.everything = true;
        pending.nodes.clear();
      }
    }
  };
  /** Whether the job's result can have changed since it last ran; forgets the changes it was asked about. */
  const affected = (job: MeasureJob) => {
    const pending = changes.get(job);
    if (!pending) return true;
    let yes = pending.everything;
    try {
      yes ||= pending.nodes.size > 0 && job.changedBy!(pending.nodes);
    } catch {
      yes = true; // cannot tell: measure
    }
    pending.everything = false;
    pending.nodes.clear();
    return yes;
  };

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
        schedule();
      } else if (retryIn > 0) env.setTimeout(schedule, retryIn);
      return;
    }
    env.whenIdle(() => {
      const job = jobs[index]!;
      const wait = waitFor(job, env.now());
      if (wait === 0 && affected(job)) run(job);
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

  /** A pass after the page has been quiet for a moment (what changed is already noted). */
  function schedule() {
    const at = env.now();
    firstRequest ??= at;
    lastRequest = at;
    arm(QUIET_MS);
  }

  return {
    /** The page changed: these nodes, or anything (no nodes given). A pass follows once the page is quiet. */
    request(changed?: Iterable<Node>) {
      note(changed);
      schedule();
    },
    /**
     * Runs the named jobs now, in this task, if the page changed since they last ran: the customer is leaving, and
     * what they saw last (a field revealed a moment ago) must not be lost to a pass that never comes.
     */
    settle: (names) => {
      for (const job of jobs) {
        const cost = costs.get(job.name);
        if (names.includes(job.name) && (!cost || cost.endedAt < lastRequest) && affected(job)) run(job);
      }
    },
    /** Runs every job now, also those waiting for their turn: a new touchpoint window begins. */
    runNow: () => {
      costs.clear();
      note(undefined);
      startPass();
    },
  };
}
