import { describe, expect, it } from 'vitest';
import { taskMetrics, type TaskStep } from './task-metrics';

const T0 = 1_700_000_000_000;
const s = (seconds: number) => T0 + seconds * 1000;

/** A journey of contiguous steps entered at the given seconds; the last one is open. */
function journey(...enteredAt: number[]): TaskStep[] {
  return enteredAt.map((at, i) => {
    const next = enteredAt[i + 1];
    return { enteredAt: s(at), ...(next !== undefined && { leftAt: s(next) }), backForward: false };
  });
}

describe('taskMetrics: time on task', () => {
  it('is the span of an ended task', () => {
    expect(taskMetrics({ startedAt: s(5), endedAt: s(65) }, journey(0, 10, 30), s(999)).timeOnTaskMs).toBe(60_000);
  });

  it('counts up to now while the task runs', () => {
    expect(taskMetrics({ startedAt: s(5) }, journey(0, 10), s(42)).timeOnTaskMs).toBe(37_000);
  });

  it('leaves out the time the audit was paused during the task', () => {
    // Paused from 20 s to 50 s: the touchpoint was left at 20 and the next one (resumed) entered at 50.
    const steps: TaskStep[] = [
      { enteredAt: s(0), leftAt: s(20), backForward: false },
      { enteredAt: s(50), backForward: false },
    ];
    expect(taskMetrics({ startedAt: s(10), endedAt: s(70) }, steps, s(99)).timeOnTaskMs).toBe(30_000);
  });

  it('stops counting while the audit is paused now, the task still running', () => {
    const steps: TaskStep[] = [{ enteredAt: s(0), leftAt: s(20), backForward: false }];
    expect(taskMetrics({ startedAt: s(10) }, steps, s(300)).timeOnTaskMs).toBe(10_000);
  });

  it('is zero, not negative, for a task that ended as it started', () => {
    expect(taskMetrics({ startedAt: s(10), endedAt: s(10) }, journey(0), s(20)).timeOnTaskMs).toBe(0);
  });

  it('is the plain span when no journey is known', () => {
    expect(taskMetrics({ startedAt: s(0), endedAt: s(8) }, [], s(9)).timeOnTaskMs).toBe(8_000);
  });
});

describe('taskMetrics: pages', () => {
  it('counts the page open at the start and every page entered before the end', () => {
    // Steps at 0-10, 10-30, 30-50, 50-: the task runs 15-45, so the 2nd and 3rd.
    expect(taskMetrics({ startedAt: s(15), endedAt: s(45) }, journey(0, 10, 30, 50), s(99)).pages).toBe(2);
  });

  it('leaves out a page left exactly as the task started and one entered exactly as it ended', () => {
    expect(taskMetrics({ startedAt: s(10), endedAt: s(30) }, journey(0, 10, 30), s(99)).pages).toBe(1);
  });

  it('counts the open page of a running task', () => {
    expect(taskMetrics({ startedAt: s(15) }, journey(0, 10), s(20)).pages).toBe(1);
  });

  it('gives a task of zero length the page it began on', () => {
    expect(taskMetrics({ startedAt: s(12), endedAt: s(12) }, journey(0, 10, 30), s(99)).pages).toBe(1);
  });

  it('does not depend on the order the touchpoints come in', () => {
    const steps = journey(0, 10, 30, 50).reverse();
    expect(taskMetrics({ startedAt: s(15), endedAt: s(45) }, steps, s(99)).pages).toBe(2);
  });
});

describe('taskMetrics: back-navigations', () => {
  it('counts Back and Forward presses that entered a page during the task', () => {
    const steps = journey(0, 10, 20, 30, 40).map((step, i) => ({ ...step, backForward: i === 2 || i === 4 }));
    expect(taskMetrics({ startedAt: s(5), endedAt: s(50) }, steps, s(99)).backNavigations).toBe(2);
  });

  it('does not count the Back press that led to the page the task began on', () => {
    const steps = journey(0, 10, 20).map((step, i) => ({ ...step, backForward: i === 1 }));
    expect(taskMetrics({ startedAt: s(15), endedAt: s(25) }, steps, s(99)).backNavigations).toBe(0);
  });
});

describe('taskMetrics: clicks', () => {
  it('sums the clicks of the task’s touchpoints, counting one partly inside whole', () => {
    const steps = journey(0, 10, 20, 30).map((step, i) => ({ ...step, interaction: { clicks: [1, 2, 4, 8][i]! } }));
    // The task runs 15-25: the page of 10-20 (2 clicks) and the page of 20-30 (4 clicks), both partly inside.
    expect(taskMetrics({ startedAt: s(15), endedAt: s(25) }, steps, s(99)).clicks).toBe(6);
  });

  it('is unknown, not zero, when no touchpoint of the task has interaction counts', () => {
    expect(taskMetrics({ startedAt: s(0), endedAt: s(25) }, journey(0, 10, 20), s(99)).clicks).toBeUndefined();
  });

  it('counts what is known when only some touchpoints have interaction counts', () => {
    const steps = journey(0, 10).map((step, i) => (i === 1 ? { ...step, interaction: { clicks: 3 } } : step));
    expect(taskMetrics({ startedAt: s(0), endedAt: s(20) }, steps, s(99)).clicks).toBe(3);
  });
});

describe('taskMetrics and contacts off the web', () => {
  it('counts pages only, and a call during a pause is no page and no end of the pause', () => {
    const pages = journey(0, 10, 20); // the last one left at 30 by the pause below
    pages[2] = { ...pages[2]!, leftAt: s(30) };
    const resumed = { enteredAt: s(60), backForward: false };
    const call = { channel: 'hotline', enteredAt: s(35), leftAt: s(50), backForward: false };
    const m = taskMetrics({ startedAt: s(5), endedAt: s(70) }, [...pages, call, resumed], s(70));
    expect(m.pages).toBe(4);
    expect(m.timeOnTaskMs).toBe(65_000 - 30_000);
  });
});
