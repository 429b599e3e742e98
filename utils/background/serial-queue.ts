/**
 * Runs tasks one after another per key. Browser events for one tab (commit, title, visibility) arrive faster than
 * their database work finishes; run side by side, a title could land on the touchpoint before the one it belongs to.
 */
export function serialQueue<K>(
  onError: (error: unknown) => void = (error) => console.error('Shopwalk: recording failed', error),
): (key: K, task: () => Promise<unknown>) => Promise<void> {
  const tails = new Map<K, Promise<void>>();
  return (key, task) => {
    // A failed task is handed on (a full store pauses the recording) and does not hold up the tab's next one.
    const run = (tails.get(key) ?? Promise.resolve()).then(task).then(
      () => undefined,
      (error: unknown) => onError(error),
    );
    tails.set(key, run);
    void run.then(() => {
      if (tails.get(key) === run) tails.delete(key);
    });
    return run;
  };
}
