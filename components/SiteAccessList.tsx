import type { Translate } from '@/utils/i18n/translate';

interface Props {
  t: Translate;
  sites: readonly string[];
  onRevoke: (origin: string) => void;
}

/** The sites Shopwalk may read, each with a way to take that back. */
export function SiteAccessList({ t, sites, onRevoke }: Props) {
  if (sites.length === 0) return <p className="text-sm">{t('settings.noSites')}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
      {sites.map((origin) => (
        <li key={origin} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
          <span className="break-all">{origin}</span>
          <button type="button" className="btn shrink-0" onClick={() => onRevoke(origin)}>
            {t('settings.revoke')}
            <span className="sr-only"> {origin}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
