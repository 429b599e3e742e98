/** How long changes gather before they go to the background in one message. */
export const SEND_AFTER_MS = 1_000;

export interface OutboxEnvironment<M> {
  send(touchpointId: string, measures: Partial<M>): void;
  setTimeout(fn: () => void, ms: number): void;
}

/**
 * Collects the latest value of each measurement of the current touchpoint window and sends only what changed since
 * the last message, batched. Values are replaced, never added up, so a lost or repeated message does no harm.
 * Until the background has said which touchpoint this page is (`open`), values wait here.
 */
export function measureOutbox<M extends object>(env: OutboxEnvironment<M>) {
  let touchpointId: string | undefined;
  let sent = new Map<keyof M, string>();
  let pending: Partial<M> = {};
  let timerSet = false;

  const flush = () => {
    timerSet = false;
    if (touchpointId === undefined || Object.keys(pending).length === 0) return;
    env.send(touchpointId, pending);
    pending = {};
  };

  return {
    put<K extends keyof M>(key: K, value: M[K]): void {
      const json = JSON.stringify(value);
      if (sent.get(key) === json) return;
      sent.set(key, json);
      pending[key] = value;
      if (!timerSet) {
        timerSet = true;
        env.setTimeout(flush, SEND_AFTER_MS);
      }
    },
    /** Sends what is pending now: the page is being hidden or left, or the window is about to change. */
    flush,
    /** A new window begins: what is pending belongs to the old one and goes now; the new one starts empty. */
    open(id: string): void {
      if (touchpointId !== undefined) flush();
      touchpointId = id;
      sent = new Map();
      flush();
    },
    current: () => touchpointId,
  };
}
