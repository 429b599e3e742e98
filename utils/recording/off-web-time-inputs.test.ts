import { describe, expect, it } from 'vitest';
import { fromDateTimeInput, timeEntry, timeInputsOf, timesOfInputs, toDateTimeInput } from './off-web-time-inputs';

describe('datetime-local values', () => {
  it('write a moment in local time to the second and read it back', () => {
    const at = new Date(2026, 10, 28, 9, 41, 7).getTime();
    expect(toDateTimeInput(at)).toBe('2026-11-28T09:41:07');
    expect(fromDateTimeInput('2026-11-28T09:41:07')).toBe(at);
  });

  it('read a value without seconds (the browser leaves them out when they are zero) as the full minute', () => {
    expect(fromDateTimeInput('2026-11-28T09:41')).toBe(new Date(2026, 10, 28, 9, 41, 0).getTime());
  });

  it('read milliseconds where a browser writes them', () => {
    expect(fromDateTimeInput('2026-11-28T09:41:07.5')).toBe(new Date(2026, 10, 28, 9, 41, 7, 500).getTime());
  });

  it('give nothing for an empty or broken value', () => {
    expect(fromDateTimeInput('')).toBeUndefined();
    expect(fromDateTimeInput('28.11.2026 09:41')).toBeUndefined();
  });
});

describe('a contact’s time inputs', () => {
  const started = new Date(2026, 10, 26, 10, 0, 0).getTime();
  const answered = new Date(2026, 10, 27, 15, 30, 0).getTime();

  it('round-trip the times, leaving absent ones empty', () => {
    const inputs = timeInputsOf({ startedAt: started, answeredAt: answered });
    expect(inputs).toEqual({ started: '2026-11-26T10:00:00', answered: '2026-11-27T15:30:00', ended: '' });
    expect(timesOfInputs(inputs)).toEqual({ startedAt: started, answeredAt: answered });
  });

  it('name no times while the start is missing', () => {
    expect(timesOfInputs({ started: '', answered: '2026-11-27T15:30', ended: '' })).toBeUndefined();
  });
});

describe('timeEntry', () => {
  const inputs = { started: '2026-11-26T10:00:00', answered: '2026-11-26T09:59:59', ended: '' };
  const now = new Date(2026, 10, 28, 12, 0, 0).getTime();

  it('names what is wrong with the times as typed', () => {
    expect(timeEntry(inputs, now).problem).toBe('answer-before-start');
    expect(timeEntry({ ...inputs, answered: '2026-11-26T10:00:01' }, now).problem).toBeUndefined();
  });

  it('refuses a time after the moment it is checked', () => {
    expect(timeEntry({ ...inputs, answered: '', ended: '2026-11-28T12:00:01' }, now).problem).toBe('in-future');
  });

  it('has no times and no problem while the start is empty', () => {
    expect(timeEntry({ started: '', answered: '', ended: '' }, now)).toEqual({
      inputs: { started: '', answered: '', ended: '' },
    });
  });
});
