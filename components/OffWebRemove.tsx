import { useEffect, useRef, useState } from 'react';
import { database } from '@/utils/db/database';
import { removeOffWebTouchpoint } from '@/utils/db/off-web';
import type { Translate } from '@/utils/i18n/translate';

interface Props {
  t: Translate;
  touchpointId: string;
  /** The id of the contact's title, so that "Remove" says which contact. */
  describedBy: string;
}

/** Removes a contact entered by mistake, with its files, after the auditor confirms: nothing brings it back. */
export function OffWebRemove({ t, touchpointId, describedBy }: Props) {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    // The focus follows the question and comes back to the button once it is answered with "Cancel".
    if (confirming) cancel.current?.focus();
    else if (asked.current) ask.current?.focus();
  }, [confirming]);

  if (!confirming)
    return (
      <button
        ref={ask}
        type="button"
        className="btn btn-danger"
        aria-describedby={describedBy}
        onClick={() => {
          asked.current = true;
          setConfirming(true);
        }}
      >
        {t('offWeb.remove')}
      </button>
    );
  return (
    <div role="group" aria-label={t('offWeb.removeConfirm')} className="flex flex-wrap items-center gap-2">
      <span className="text-sm">{t('offWeb.removeConfirm')}</span>
      <button
        type="button"
        className="btn btn-danger"
        aria-describedby={describedBy}
        onClick={() => void removeOffWebTouchpoint(database(), touchpointId, Date.now())}
      >
        {t('offWeb.removeYes')}
      </button>
      <button ref={cancel} type="button" className="btn" onClick={() => setConfirming(false)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
