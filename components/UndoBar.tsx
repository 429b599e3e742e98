import { useEffect, useId, useRef, useState } from 'react';
import type { Translate } from '@/utils/i18n/translate';

interface Props {
  t: Translate;
  message: string;
  onUndo: () => void;
  onExpire: () => void;
  /** How long the undo stays offered once neither the keyboard focus nor the pointer is on it. */
  ms?: number;
}

/**
 * Offers to take back what was just done, for a few seconds. What had the focus (a Delete button) is gone or
 * disabled now, so Undo takes it, with the message as its description. The offer waits while the keyboard focus or
 * the pointer is on it: a time limit its user can extend (WCAG 2.2.1).
 */
export function UndoBar({ t, message, onUndo, onExpire, ms = 10_000 }: Props) {
  const messageId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);
  useEffect(() => {
    button.current?.focus();
  }, []);
  useEffect(() => {
    if (focused || hovered) return;
    const timer = setTimeout(onExpire, ms);
    return () => clearTimeout(timer);
  }, [focused, hovered, onExpire, ms]);
  return (
    <div
      className="fixed bottom-4 left-1/2 flex -translate-x-1/2 items-center gap-3 rounded-md bg-slate-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
      // Focus moved here by a click shows no ring and does not hold the offer; keyboard focus does.
      onFocus={(e) => setFocused(e.target.matches(':focus-visible'))}
      onBlur={() => setFocused(false)}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <span id={messageId} role="status">
        {message}
      </span>
      <button
        ref={button}
        type="button"
        className="font-semibold underline"
        aria-describedby={messageId}
        onClick={onUndo}
      >
        {t('common.undo')}
      </button>
    </div>
  );
}
