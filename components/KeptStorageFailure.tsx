import {
  parseStorageFailure,
  STORAGE_FAILURE_KEY,
  writeStorageFailure,
} from '@/utils/background/storage-failure-state';
import type { Translate } from '@/utils/i18n/translate';
import { StorageFailureNotice } from './StorageFailureNotice';
import { useSessionValue } from './use-session-value';

/**
 * The latest storage failure the background met while recording (a full store pauses the recording), shown on
 * every page the auditor uses until it is over: a resumed audit clears it, or the user dismisses it.
 */
export function KeptStorageFailure({ t }: { t: Translate }) {
  const failure = useSessionValue(STORAGE_FAILURE_KEY, parseStorageFailure);
  if (!failure) return null;
  return <StorageFailureNotice t={t} reason={failure.reason} onDismiss={() => void writeStorageFailure(undefined)} />;
}
