import { describe, expect, it } from 'vitest';
import { finding } from '../../scoring/support/test-findings';
import { contact, page, T0 } from '../support/test-audit';
import { journeyTimeline } from './journey-timeline';

describe('journeyTimeline', () => {
  const journey = [
    { ...page('cart', 'cart', 5_000, { enteredAt: T0 + 10_000, leftAt: T0 + 15_000 }), seq: 1 },
    { ...page('home', 'entry', 10_000), seq: 0 },
    { ...contact('call', 'hotline', 60_000, 30_000, { enteredAt: T0 + 20_000 }), seq: 2, leftAt: undefined },
  ];
  const findings = [
    finding({ id: 'seen', touchpointId: 'cart', severity: 3, createdAt: T0 + 12_000 }),
    finding({ id: 'whole', severity: 2, createdAt: T0 + 16_000 }),
    finding({ id: 'no', verdict: 'dismissed', createdAt: T0 + 1 }),
  ];
  const timeline = journeyTimeline(T0, journey, findings, T0 + 50_000);

  it('draws each touchpoint from its start to its end in journey order, an open one up to now', () => {
    expect(timeline.bars.map((b) => [b.touchpointId, b.row, b.startMs, b.endMs])).toEqual([
      ['home', 'entry', 0, 10_000],
      ['cart', 'cart', 10_000, 15_000],
      ['call', 'hotline', 20_000, 50_000],
    ]);
    expect(timeline.durationMs).toBe(50_000);
  });

  it('marks confirmed findings at the moment they were recorded, those about the whole journey too', () => {
    expect(timeline.marks).toEqual([
      { findingId: 'seen', touchpointId: 'cart', severity: 3, atMs: 12_000 },
      { findingId: 'whole', severity: 2, atMs: 16_000 },
    ]);
  });

  it('is empty and zero long for a journey without touchpoints', () => {
    expect(journeyTimeline(T0, [], [], T0)).toEqual({ durationMs: 0, bars: [], marks: [] });
  });
});
