import { useEffect } from 'react';
import type { Translate } from '@/utils/i18n/translate';

interface Props {
  t: Translate;
  message: string;
  onUndo: () => void;
  onExpire: () => void;
  /** How long the undo stays offered. */
  ms?: number;
}

/** Offers to take back what was just done, for a few seconds; a polite live region announces it. */
export function UndoBar({ t, message, onUndo, onExpire, ms = 10_000 }: Props) {
  useEffect(() => {
    const timer = setTimeout(onExpire, ms);
    return () => clearTimeout(timer);
  }, [onExpire, ms]);
  return (
    <div
      role="status"
      className="fixed bottom-4 left-1/2 flex -translate-x-1/2 items-center gap-3 rounded-md bg-slate-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
    >
      <span>{message}</span>
      <button type="button" className="font-semibold underline" onClick={onUndo}>
        {t('common.undo')}
      </button>
    </div>
  );
}
