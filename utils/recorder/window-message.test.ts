import { describe, expect, it } from 'vitest';
import { recorderWindowSchema } from '../messages';
import { readRecorderWindow } from './window-message';

const valid = { type: 'recorder/window', touchpointId: 'tp-1', route: false, phone: true };

const cases: [string, unknown][] = [
  ['a valid window', valid],
  ['a route', { ...valid, route: true }],
  ['another type', { ...valid, type: 'page/measure' }],
  ['an empty id', { ...valid, touchpointId: '' }],
  ['a too long id', { ...valid, touchpointId: 'x'.repeat(65) }],
  ['a numeric id', { ...valid, touchpointId: 7 }],
  ['a missing flag', { type: 'recorder/window', touchpointId: 'tp-1', route: false }],
  ['a string flag', { ...valid, phone: 'yes' }],
  ['an extra key', { ...valid, extra: 1 }],
  ['null', null],
  ['an array', [valid]],
  ['a string', 'recorder/window'],
];

describe('readRecorderWindow', () => {
  it.each(cases)('agrees with the background’s schema on %s', (_name, message) => {
    const parsed = recorderWindowSchema.safeParse(message);
    expect(readRecorderWindow(message)).toEqual(parsed.success ? parsed.data : undefined);
  });
});
