import { Component, type ReactNode } from 'react';
import { classifyStorageError, type StorageFailureReason } from '@/utils/db/storage-failure';
import { resolveLocale } from '@/utils/i18n/locale';
import { translator } from '@/utils/i18n/translate';
import { StorageFailureNotice } from './StorageFailureNotice';

interface State {
  error?: unknown;
  reason?: StorageFailureReason;
}

/**
 * A page whose database does not open cannot render (its live queries throw, the language setting among them):
 * instead of an empty page, the user reads what happened and what to do, in the browser's language. Any other
 * error is thrown on, as before.
 */
export class StorageFailureBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error, reason: classifyStorageError(error) };
  }

  override render() {
    const { error, reason } = this.state;
    if (error === undefined) return this.props.children;
    if (!reason) throw error;
    const t = translator(resolveLocale('auto', navigator.languages));
    return (
      <main className="p-4">
        <StorageFailureNotice t={t} reason={reason} />
      </main>
    );
  }
}
