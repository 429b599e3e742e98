import { afterEach, describe, expect, it } from 'vitest';
import { PICKER_OPTIONS, putPickerOptions, readPickerOptions } from './picker-options';

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[PICKER_OPTIONS];
});

describe('picker options', () => {
  it('are read back where the background put them', () => {
    putPickerOptions({ requestId: 'r-1', hint: 'Click it. Esc cancels.' });
    expect(readPickerOptions((globalThis as Record<symbol, unknown>)[PICKER_OPTIONS])).toEqual({
      requestId: 'r-1',
      hint: 'Click it. Esc cancels.',
    });
  });

  it('are refused when missing, empty or too long', () => {
    expect(readPickerOptions(undefined)).toBeUndefined();
    expect(readPickerOptions({ requestId: '', hint: 'x' })).toBeUndefined();
    expect(readPickerOptions({ requestId: 'r', hint: 'x'.repeat(301) })).toBeUndefined();
    expect(readPickerOptions({ requestId: 7, hint: 'x' })).toBeUndefined();
  });
});
