import { describe, expect, it } from 'vitest';
import { touchpointSchema } from '../model/touchpoint';
import { newOffWebTouchpoint, offWebDurations, offWebTimesProblem } from './off-web-touchpoint';

const NOW = 1_800_000_000_000;

describe('offWebTimesProblem', () => {
  it('accepts times in order, and a contact still running', () => {
    expect(offWebTimesProblem({ startedAt: NOW - 60_000, answeredAt: NOW - 30_000, endedAt: NOW }, NOW)).toBe(
      undefined,
    );
    expect(offWebTimesProblem({ startedAt: NOW - 60_000 }, NOW)).toBe(undefined);
    expect(offWebTimesProblem({ startedAt: NOW - 60_000, endedAt: NOW - 60_000 }, NOW)).toBe(undefined);
  });

  it('names what is out of order, or in the future', () => {
    expect(offWebTimesProblem({ startedAt: NOW, answeredAt: NOW - 1 }, NOW)).toBe('answer-before-start');
    expect(offWebTimesProblem({ startedAt: NOW, endedAt: NOW - 1 }, NOW)).toBe('end-before-start');
    expect(offWebTimesProblem({ startedAt: NOW - 10, answeredAt: NOW - 2, endedAt: NOW - 5 }, NOW)).toBe(
      'end-before-answer',
    );
    expect(offWebTimesProblem({ startedAt: NOW - 10, endedAt: NOW + 60_000 }, NOW)).toBe('in-future');
  });
});

describe('newOffWebTouchpoint', () => {
  it('is a valid touchpoint without a page, in the stage the auditor chose', () => {
    const tp = newOffWebTouchpoint('a1', 7, {
      channel: 'hotline',
      title: '  Hotline: question about returns  ',
      stage: 'service',
      times: { startedAt: NOW - 300_000, answeredAt: NOW - 60_000 },
    });
    expect(touchpointSchema.parse(tp)).toEqual(tp);
    expect(tp).toMatchObject({
      seq: 7,
      channel: 'hotline',
      url: '',
      arrival: 'entered',
      title: 'Hotline: question about returns',
      enteredAt: NOW - 300_000,
      answeredAt: NOW - 60_000,
      stage: 'service',
      stageSource: 'auditor',
    });
    expect(tp).not.toHaveProperty('leftAt');
    expect(tp).not.toHaveProperty('visibleSince');
  });
});

describe('offWebDurations', () => {
  it('splits a finished contact into waiting and handling', () => {
    expect(offWebDurations({ enteredAt: 0, answeredAt: 240_000, leftAt: 600_000 }, NOW)).toEqual({
      waitMs: 240_000,
      handlingMs: 360_000,
      running: false,
    });
  });

  it('counts waiting up to now while nobody answered, and up to the end when nobody ever did', () => {
    expect(offWebDurations({ enteredAt: NOW - 5_000 }, NOW)).toEqual({
      waitMs: 5_000,
      handlingMs: undefined,
      running: true,
    });
    expect(offWebDurations({ enteredAt: 0, leftAt: 90_000 }, NOW)).toMatchObject({ waitMs: 90_000, running: false });
  });
});
