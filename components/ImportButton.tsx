import type { Translate } from '@/utils/i18n/translate';

/**
 * Picks an export file to import. The file input is the real control, named by the label around it and hidden
 * visually; the label looks like a button and shows the input's keyboard focus (styles.css).
 */
export function ImportButton({ t, busy, onFile }: { t: Translate; busy: boolean; onFile: (file: File) => void }) {
  return (
    <label className={`btn relative cursor-pointer ${busy ? 'pointer-events-none opacity-50' : ''}`}>
      <input
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
      {t('dashboard.import')}
    </label>
  );
}
