import { z } from 'zod';
import { EFFECTIVE_CONNECTION_TYPES } from './vocabulary';

export const deviceClassSchema = z.enum(['phone', 'tablet', 'desktop']);
export type DeviceClass = z.infer<typeof deviceClassSchema>;

export const effectiveConnectionTypeSchema = z.enum(EFFECTIVE_CONNECTION_TYPES);
export type EffectiveConnectionType = z.infer<typeof effectiveConnectionTypeSchema>;

const size = z.strictObject({
  width: z.number().int().nonnegative().max(100_000),
  height: z.number().int().nonnegative().max(100_000),
});

/**
 * The device and browser a touchpoint was measured in, stored with it so that one lab visit is read for what it was
 * (a fast desktop on office Wi-Fi is not a customer's phone on a train). Optional values are those the browser
 * does not tell: Firefox and Safari have no device memory or connection; Chromium rounds them to protect privacy.
 */
export const environmentSchema = z.strictObject({
  deviceClass: deviceClassSchema,
  /**
   * What the class was read from: the browser's own mobile flag, the user-agent string, or (a desktop browser in a
   * phone-sized window, as Shopwalk opens one) the viewport's width.
   */
  deviceClassFrom: z.enum(['user-agent-data', 'user-agent', 'viewport']),
  cpuCores: z.number().int().min(1).max(1_024).optional(),
  /** `navigator.deviceMemory`: rounded by the browser to a power of two, capped (Chrome: 0.25 to 8). */
  memoryGb: z.number().positive().max(1_024).optional(),
  effectiveConnectionType: effectiveConnectionTypeSchema.optional(),
  saveData: z.boolean().optional(),
  /** Estimated round-trip time and bandwidth, as the browser rounds them (Chrome: to 25 ms and 25 kbit/s). */
  rttMs: z.number().nonnegative().max(60_000).optional(),
  downlinkMbps: z.number().nonnegative().max(100_000).optional(),
  browser: z.strictObject({
    name: z.string().min(1).max(50),
    /** Major version, or the full one where the user-agent string gives it; empty when unknown. */
    version: z.string().max(50),
  }),
  platform: z.string().max(50).optional(),
  screen: size,
  viewport: size,
});
export type Environment = z.infer<typeof environmentSchema>;
