import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../recording/test-fixtures';
import {
  CONSENT_VERSION,
  consentHolds,
  giveCaptureConsent,
  hasCaptureConsent,
  withdrawCaptureConsent,
} from './capture-consent';
import { writeSetting } from './settings';

const db = withTestDatabase();

describe('capture consent', () => {
  it('is absent on a fresh install, given by the user, and gone once withdrawn', async () => {
    expect(await hasCaptureConsent(db())).toBe(false);
    await giveCaptureConsent(db(), 1_000);
    expect(await hasCaptureConsent(db())).toBe(true);
    await withdrawCaptureConsent(db());
    expect(await hasCaptureConsent(db())).toBe(false);
  });

  it('does not count an agreement to an older text, nor a stored value of the wrong shape', async () => {
    expect(consentHolds({ version: 0, at: 1 })).toBe(false);
    expect(consentHolds({ version: CONSENT_VERSION, at: 1 })).toBe(true);
    await db().settings.put({ key: 'captureConsent', value: 'yes' });
    expect(await hasCaptureConsent(db())).toBe(false);
    await writeSetting(db(), 'captureConsent', { version: CONSENT_VERSION, at: 5 });
    expect(await hasCaptureConsent(db())).toBe(true);
  });
});
