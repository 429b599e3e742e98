import { useLiveQuery } from 'dexie-react-hooks';
import type { CaptureConsent } from '@/utils/db/capture-consent';
import { database } from '@/utils/db/database';
import { readSetting } from '@/utils/db/settings';

/** The user's agreement to what an audit records, live; undefined while it is read. */
export function useCaptureConsent(): CaptureConsent | undefined {
  return useLiveQuery(() => readSetting(database(), 'captureConsent'));
}
