/**
 * Chrome allows `tabs.captureVisibleTab` at most twice a second (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND) and
 * fails the calls above that; Shopwalk keeps one capture per 600 ms, with room to spare.
 */
export const CAPTURE_INTERVAL_MS = 600;

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * A gate that runs captures one at a time, each at least `intervalMs` after the previous one began: a capture
 * asked for too soon waits for its turn instead of being dropped. The gate lives in the service worker's memory;
 * a worker that restarts has been idle for far longer than the interval, so forgetting the last time is safe.
 */
export function captureGate(intervalMs = CAPTURE_INTERVAL_MS, clock: Clock = realClock) {
  let lastStart = Number.NEGATIVE_INFINITY;
  let queue: Promise<unknown> = Promise.resolve();
  return function through<T>(capture: () => Promise<T>): Promise<T> {
    const turn = queue.then(async () => {
      const wait = lastStart + intervalMs - clock.now();
      if (wait > 0) await clock.sleep(wait);
      lastStart = clock.now();
      return capture();
    });
    queue = turn.catch(() => undefined); // a failed capture does not block the next
    return turn;
  };
}
export type CaptureGate = ReturnType<typeof captureGate>;
