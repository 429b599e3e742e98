import type { PickerOptions } from './run-picker';

/**
 * Where the background leaves the picker's options in the tab's isolated world (`scripting.executeScript` with a
 * function, just before the picker's file): files cannot take arguments, and the page's own world cannot see this.
 */
export const PICKER_OPTIONS = Symbol.for('shopwalk.picker.options');

/** Runs in the tab (serialised by `executeScript`): it must not use anything from outside its own body. */
export function putPickerOptions(options: PickerOptions): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('shopwalk.picker.options')] = options;
}

/** The options, checked by hand (the picker carries no zod): a request id and a hint, both short strings. */
export function readPickerOptions(value: unknown): PickerOptions | undefined {
  const o = value as Partial<PickerOptions> | null | undefined;
  const short = (s: unknown, max: number): s is string => typeof s === 'string' && s.length > 0 && s.length <= max;
  return o && short(o.requestId, 64) && short(o.hint, 300) ? { requestId: o.requestId, hint: o.hint } : undefined;
}
