import { describe, expect, it } from 'vitest';
import { measureOutbox, SEND_AFTER_MS } from './measure-outbox';

interface Measures {
  a: number;
  b: { n: number };
}

function outboxForTest() {
  const sent: [string, Partial<Measures>][] = [];
  const timers: (() => void)[] = [];
  const outbox = measureOutbox<Measures>({
    send: (id, m) => sent.push([id, m]),
    setTimeout: (fn, ms) => {
      expect(ms).toBe(SEND_AFTER_MS);
      timers.push(fn);
    },
  });
  const tick = () => timers.splice(0).forEach((fn) => fn());
  return { outbox, sent, tick };
}

describe('measureOutbox', () => {
  it('keeps values until it knows the touchpoint, then sends them', () => {
    const { outbox, sent, tick } = outboxForTest();
    outbox.put('a', 1);
    tick();
    expect(sent).toEqual([]);
    outbox.open('tp1');
    expect(sent).toEqual([['tp1', { a: 1 }]]);
  });

  it('batches changes and sends only what changed', () => {
    const { outbox, sent, tick } = outboxForTest();
    outbox.open('tp1');
    outbox.put('a', 1);
    outbox.put('b', { n: 2 });
    tick();
    outbox.put('a', 1);
    outbox.put('b', { n: 3 });
    tick();
    expect(sent).toEqual([
      ['tp1', { a: 1, b: { n: 2 } }],
      ['tp1', { b: { n: 3 } }],
    ]);
  });

  it('sends the old window’s last values to the old touchpoint and starts the new one afresh', () => {
    const { outbox, sent, tick } = outboxForTest();
    outbox.open('tp1');
    outbox.put('a', 1);
    outbox.open('tp2');
    outbox.put('a', 1);
    tick();
    expect(sent).toEqual([
      ['tp1', { a: 1 }],
      ['tp2', { a: 1 }],
    ]);
  });
});
