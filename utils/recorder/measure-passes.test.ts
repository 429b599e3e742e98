import { describe, expect, it, vi } from 'vitest';
import {
  COST_FACTOR,
  MAX_BACKOFF_MS,
  MAX_CHANGED_NODES,
  MAX_WAIT_MS,
  measurePasses,
  QUIET_MS,
  type MeasureJob,
} from './measure-passes';

/** A clock and an idle queue the test advances by hand. */
function fakeEnvironment() {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const idle: (() => void)[] = [];
  const env = {
    whenIdle: (fn: () => void) => idle.push(fn),
    setTimeout: (fn: () => void, ms: number) => timers.push({ at: now + ms, fn }),
    now: () => now,
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > until) break;
      timers.shift();
      now = next.at;
      next.fn();
    }
    now = until;
  };
  const drainIdle = () => {
    while (idle.length) idle.shift()!();
  };
  return { env, advance, drainIdle, idle, spend: (ms: number) => (now += ms) };
}

function job(name: string, runs: string[], work?: () => void): MeasureJob {
  return { name, run: () => (runs.push(name), work?.()) };
}

describe('measurePasses', () => {
  it('runs one pass for a burst of requests, once the page is quiet', () => {
    const f = fakeEnvironment();
    const runs: string[] = [];
    const passes = measurePasses([job('a', runs), job('b', runs)], f.env);
    for (let i = 0; i < 5; i++) {
      passes.request();
      f.advance(100);
    }
    f.drainIdle();
    expect(runs).toEqual([]);
    f.advance(QUIET_MS);
    f.drainIdle();
    expect(runs).toEqual(['a', 'b']);
  });

  it('gives each job its own idle callback, so a pass is never one long task', () => {
    const f = fakeEnvironment();
    const runs: string[] = [];
    const passes = measurePasses([job('a', runs), job('b', runs)], f.env);
    passes.runNow();
    expect(f.idle).toHaveLength(1);
    f.idle.shift()!();
    expect(runs).toEqual(['a']);
    expect(f.idle).toHaveLength(1);
  });

  it('measures a page that never stops changing at least every few seconds', () => {
    const f = fakeEnvironment();
    const runs: string[] = [];
    const passes = measurePasses([job('a', runs)], f.env);
    for (let t = 0; t < MAX_WAIT_MS + 200; t += 100) {
      passes.request();
      f.advance(100);
      f.drainIdle();
    }
    expect(runs.length).toBeGreaterThanOrEqual(1);
  });

  it('lets an expensive job run again only after it has earned it, and still measures it later', () => {
    const f = fakeEnvironment();
    const runs: string[] = [];
    const passes = measurePasses([job('cheap', runs), job('heavy', runs, () => f.spend(40))], f.env);
    passes.runNow();
    f.drainIdle();
    passes.request();
    f.advance(QUIET_MS);
    f.drainIdle();
    expect(runs).toEqual(['cheap', 'heavy', 'cheap']);
    f.advance(Math.min(40 * COST_FACTOR, MAX_BACKOFF_MS) + QUIET_MS);
    f.drainIdle();
    expect(runs.filter((r) => r === 'heavy')).toHaveLength(2);
  });

  it('runs a job that asked for a minimum interval again only after it', () => {
    const f = fakeEnvironment();
    const runs: string[] = [];
    const passes = measurePasses([job('often', runs), { ...job('rare', runs), minIntervalMs: 5_000 }], f.env);
    passes.request();
    f.advance(QUIET_MS);
    f.drainIdle();
    passes.request();
    f.advance(QUIET_MS);
    f.drainIdle();
    expect(runs).toEqual(['often', 'rare', 'often']);
    f.advance(5_000);
    f.drainIdle();
    expect(runs.filter((r) => r === 'rare')).toHaveLength(2);
  });

  it('never makes a job wait more than the longest back-off, however slow its last run', () => {
    const f = fakeEnvironment();
    const runs: string[] = [];
    const passes = measurePasses([job('cold', runs, () => f.spend(runs.length === 1 ? 500 : 1))], f.env);
    passes.runNow();
    f.drainIdle();
    passes.request();
    f.advance(MAX_BACKOFF_MS + QUIET_MS);
    f.drainIdle();
    expect(runs).toEqual(['cold', 'cold']);
  });

  it('settles a changed page at once when the customer leaves, and leaves an unchanged one alone', () => {
    const f = fakeEnvironment();
    const runs: string[] = [];
    const passes = measurePasses([job('forms', runs), job('money', runs)], f.env);
    passes.runNow();
    f.drainIdle();
    f.advance(10);
    passes.settle(['forms']);
    expect(runs).toEqual(['forms', 'money']);
    passes.request();
    passes.settle(['forms']);
    expect(runs).toEqual(['forms', 'money', 'forms']);
  });

  it('runs every job at once for a new window, whatever their turn', () => {
    const f = fakeEnvironment();
    const runs: string[] = [];
    const passes = measurePasses([{ ...job('rare', runs), minIntervalMs: 60_000 }], f.env);
    passes.runNow();
    f.drainIdle();
    passes.runNow();
    f.drainIdle();
    expect(runs).toEqual(['rare', 'rare']);
  });

  it('keeps measuring with the other jobs when one throws', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const f = fakeEnvironment();
    const runs: string[] = [];
    const broken: MeasureJob = {
      name: 'broken',
      run: () => {
        throw new Error('hostile page');
      },
    };
    const passes = measurePasses([broken, job('b', runs)], f.env);
    passes.runNow();
    f.drainIdle();
    expect(runs).toEqual(['b']);
  });

  it('runs once more after a pass when a request came in during it', () => {
    const f = fakeEnvironment();
    const runs: string[] = [];
    const passes = measurePasses([job('a', runs, () => passes.request())], f.env);
    passes.runNow();
    f.drainIdle();
    f.advance(QUIET_MS);
    f.drainIdle();
    expect(runs).toEqual(['a', 'a']);
  });
});

describe('measurePasses with jobs that say what changes them', () => {
  const node = (name: string) => ({ nodeName: name }) as unknown as Node;
  const relevant = (nodes: ReadonlySet<Node>) => [...nodes].some((n) => n.nodeName === 'INPUT');

  function setUp() {
    const f = fakeEnvironment();
    const runs: string[] = [];
    const seen: string[][] = [];
    const forms: MeasureJob = {
      ...job('forms', runs),
      changedBy: (nodes) => (seen.push([...nodes].map((n) => n.nodeName)), relevant(nodes)),
    };
    const passes = measurePasses([forms, job('other', runs)], f.env);
    const pass = () => {
      f.advance(QUIET_MS);
      f.drainIdle();
    };
    return { f, runs, seen, passes, pass };
  }

  it('runs such a job only when a change it cares about came in since it last ran', () => {
    const { runs, seen, passes, pass } = setUp();
    passes.runNow();
    pass();
    expect(runs).toEqual(['forms', 'other']);
    const paragraph = node('P');
    passes.request([paragraph, paragraph]);
    pass();
    expect(runs).toEqual(['forms', 'other', 'other']);
    passes.request([node('P')]);
    passes.request([node('INPUT')]);
    pass();
    expect(runs).toEqual(['forms', 'other', 'other', 'forms', 'other']);
    expect(seen).toEqual([['P'], ['P', 'INPUT']]);
  });

  it('runs it for a change without nodes (load, resize), a new window, and more changes than it keeps', () => {
    const { runs, passes, pass } = setUp();
    passes.runNow();
    pass();
    runs.length = 0;
    passes.request();
    pass();
    expect(runs).toEqual(['forms', 'other']);
    runs.length = 0;
    passes.request(Array.from({ length: MAX_CHANGED_NODES + 1 }, () => node('P')));
    pass();
    expect(runs).toEqual(['forms', 'other']);
    runs.length = 0;
    passes.runNow();
    pass();
    expect(runs).toEqual(['forms', 'other']);
  });

  it('keeps the changes of a job that waits for its turn, and settles it only if they matter', () => {
    const { f, runs, passes, pass } = setUp();
    passes.runNow();
    pass();
    runs.length = 0;
    f.spend(10);
    passes.request([node('P')]);
    passes.settle(['forms']);
    expect(runs).toEqual([]);
    passes.request([node('INPUT')]);
    passes.settle(['forms']);
    expect(runs).toEqual(['forms']);
  });
});
