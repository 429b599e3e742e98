/**
 * What the task metrics need of a touchpoint. Structural, so that touchpoints with interaction counts (`clicks`,
 * measured in the page) and touchpoints recorded before those were measured both fit.
 */
export interface TaskStep {
  /** Only pages of the walk count (absent: a page); a contact off the web is no page and no pause. */
  channel?: string;
  enteredAt: number;
  leftAt?: number | undefined;
  backForward: boolean;
  interaction?: { clicks: number } | undefined;
}

export interface TaskSpan {
  startedAt: number;
  endedAt?: number | undefined;
}

export interface TaskMetrics {
  /** From start to end (or now), less the time the audit was paused meanwhile. */
  timeOnTaskMs: number;
  /** Touchpoints the customer was on during the task, the one open at its start included. */
  pages: number;
  /** Back or Forward presses during the task: touchpoints so reached and entered within it. */
  backNavigations: number;
  /** Clicks on the task's touchpoints; undefined when none of them has interaction counts (an older recording). */
  clicks: number | undefined;
}

/**
 * Time the audit did not record within [from, to): the gaps of its journey. Touchpoints follow each other without
 * a gap while an audit records; pausing leaves its last one closed and resuming opens the next, so a gap is a pause
 * (or a closed tab or browser), and nobody's time on the task.
 */
function pausedMs(steps: readonly TaskStep[], from: number, to: number): number {
  const sorted = [...steps].sort((a, b) => a.enteredAt - b.enteredAt);
  let paused = 0;
  let coveredUntil = -Infinity;
  const gap = (start: number, end: number) => Math.max(0, Math.min(end, to) - Math.max(start, from));
  for (const step of sorted) {
    if (step.enteredAt > coveredUntil && coveredUntil > -Infinity) paused += gap(coveredUntil, step.enteredAt);
    coveredUntil = Math.max(coveredUntil, step.leftAt ?? Infinity);
  }
  if (coveredUntil < Infinity && coveredUntil > -Infinity) paused += gap(coveredUntil, Infinity);
  return paused;
}

/**
 * A task's measurements from its span and its audit's touchpoints (any order), pure. A touchpoint belongs to the
 * task when the customer was on it at some moment of the task: partly inside counts whole, for pages and for
 * clicks alike, because clicks carry no time of their own. A task of zero length still has the page it began on.
 */
export function taskMetrics(task: TaskSpan, touchpoints: readonly TaskStep[], now: number): TaskMetrics {
  const steps = touchpoints.filter((s) => s.channel === undefined || s.channel === 'web');
  const start = task.startedAt;
  const end = Math.max(task.endedAt ?? now, start);
  const until = Math.max(end, start + 1); // half-open [start, until), at least one millisecond wide
  const within = steps.filter((s) => s.enteredAt < until && (s.leftAt ?? Infinity) > start);
  const counted = within.filter((s) => s.interaction !== undefined);
  return {
    timeOnTaskMs: Math.max(0, end - start - pausedMs(steps, start, end)),
    pages: within.length,
    backNavigations: within.filter((s) => s.backForward && s.enteredAt >= start).length,
    clicks: counted.length ? counted.reduce((sum, s) => sum + (s.interaction?.clicks ?? 0), 0) : undefined,
  };
}
