import { formatDuration } from '@/utils/format/duration';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import type { Touchpoint } from '@/utils/model/touchpoint';
import { offWebDurations } from '@/utils/recording/off-web-touchpoint';

interface Props {
  t: Translate;
  locale: Locale;
  touchpoint: Pick<Touchpoint, 'enteredAt' | 'answeredAt' | 'leftAt'>;
  now: number;
}

/** Seconds matter on a stopwatch: a queue of 0:40 and one of 1:20 rate differently. */
function moment(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(ms);
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * A wait as long as an e-mail's reads in days and hours ("2 days, 3 h"): a clock reading of 51:00:00 is not read at a
 * glance, and at that scale minutes do not change a rating. Shorter ones as every duration in the journey.
 */
export function formatContactDuration(ms: number, t: Translate, locale: Locale): string {
  if (ms < DAY) return formatDuration(ms, locale);
  return t('offWeb.daysHours', { count: Math.floor(ms / DAY), hours: Math.floor((ms % DAY) / HOUR) });
}

/** When a contact off the web began, was answered and ended; how long the customer waited, and was served. */
export function OffWebDurations({ t, locale, touchpoint: tp, now }: Props) {
  const { waitMs, handlingMs, running } = offWebDurations(tp, now);
  const wait = formatContactDuration(waitMs, t, locale);
  const handling = handlingMs === undefined ? undefined : formatContactDuration(handlingMs, t, locale);
  const times = [
    t('offWeb.startedAt', { time: moment(tp.enteredAt, locale) }),
    tp.answeredAt !== undefined && t('offWeb.answeredAt', { time: moment(tp.answeredAt, locale) }),
    tp.leftAt !== undefined && t('offWeb.endedAt', { time: moment(tp.leftAt, locale) }),
  ].filter((x): x is string => typeof x === 'string');
  return (
    <div className="mt-1 text-xs text-slate-600 dark:text-slate-300">
      <p
        className="text-sm font-medium text-slate-900 tabular-nums dark:text-slate-100"
        data-testid="off-web-durations"
      >
        {handling === undefined
          ? running
            ? t('offWeb.waiting', { time: wait })
            : `${t('offWeb.waited', { time: wait })} · ${t('offWeb.unanswered')}`
          : `${t('offWeb.waited', { time: wait })} · ${t(running ? 'offWeb.handling' : 'offWeb.handled', { time: handling })}`}
      </p>
      <p data-testid="off-web-times">{times.join(' · ')}</p>
    </div>
  );
}
