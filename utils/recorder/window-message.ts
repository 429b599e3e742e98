import type { RecorderWindow } from '../messages';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a `recorder/window` message in the page recorder. The background's zod schema (`recorderWindowSchema`) is
 * the definition; this hand-written check says the same (a test holds them together) because zod would triple the
 * size of the script Shopwalk puts into every audited page.
 */
export function readRecorderWindow(message: unknown): RecorderWindow | undefined {
  if (!isRecord(message) || message.type !== 'recorder/window') return undefined;
  const { touchpointId, route, phone } = message;
  if (Object.keys(message).length !== 4) return undefined;
  if (typeof touchpointId !== 'string' || touchpointId.length < 1 || touchpointId.length > 64) return undefined;
  if (typeof route !== 'boolean' || typeof phone !== 'boolean') return undefined;
  return { type: 'recorder/window', touchpointId, route, phone };
}
