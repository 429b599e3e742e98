import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { waitingAudits } from '@/utils/db/audit-list';
import { database } from '@/utils/db/database';
import type { Audit } from '@/utils/model/audit';
import type { Translate } from '@/utils/i18n/translate';
import { formatDateTime } from '@/utils/format/date-time';
import type { Locale } from '@/utils/i18n/locale';

const SHOWN = 5;

/** Audits whose tab or browser went away: the auditor can carry one on in the current tab. */
interface Props {
  t: Translate;
  locale: Locale;
  busy: boolean;
  onResume: (a: Audit) => void;
}

export function WaitingAudits({ t, locale, busy, onResume }: Props) {
  const headingId = useId();
  const waiting = useLiveQuery(() => waitingAudits(database(), SHOWN));
  if (!waiting?.length) return null;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-sm font-semibold">
        {t('waiting.label')}
      </h2>
      <ul className="space-y-1">
        {waiting.map((a) => (
          <li key={a.id} className="flex items-center justify-between gap-2 text-sm">
            <span id={`${headingId}-${a.id}`} className="truncate">
              {a.shopName} · {formatDateTime(a.startedAt, locale)}
            </span>
            {/* The buttons share their name; the description says which audit each resumes. */}
            <button
              type="button"
              className="btn shrink-0"
              aria-describedby={`${headingId}-${a.id}`}
              disabled={busy}
              onClick={() => onResume(a)}
            >
              {t('controls.resumeHere')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
