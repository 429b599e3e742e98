import { useId } from 'react';
import type { Translate } from '@/utils/i18n/translate';

/** Picks an export file to import; the file input is the real control, styled as a button. */
export function ImportButton({ t, busy, onFile }: { t: Translate; busy: boolean; onFile: (file: File) => void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className={`btn cursor-pointer ${busy ? 'pointer-events-none opacity-50' : ''}`}>
        {t('dashboard.import')}
      </label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        data-testid="import-file"
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file can be picked again after fixing it
          if (file) onFile(file);
        }}
      />
    </>
  );
}
