import type { ShopwalkDb } from './database';
import { readSetting, writeSetting, type SettingValue } from './settings';

/**
 * The version of what the welcome page tells the user an audit records. Raise it when that text changes in
 * substance (something new is recorded): every user is then asked again before the next audit.
 */
export const CONSENT_VERSION = 1;

export type CaptureConsent = SettingValue<'captureConsent'>;

/** Whether the user agreed to what this version records; an agreement to an older text does not count. */
export function consentHolds(consent: CaptureConsent): boolean {
  return consent !== null && consent.version === CONSENT_VERSION;
}

export async function hasCaptureConsent(db: ShopwalkDb): Promise<boolean> {
  return consentHolds(await readSetting(db, 'captureConsent'));
}

export function giveCaptureConsent(db: ShopwalkDb, at: number): Promise<void> {
  return writeSetting(db, 'captureConsent', { version: CONSENT_VERSION, at });
}

export function withdrawCaptureConsent(db: ShopwalkDb): Promise<void> {
  return writeSetting(db, 'captureConsent', null);
}
