import { useId } from 'react';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import type { BeforeAfter, Change } from '@/utils/report/before-after';
import type { RowKey } from '@/utils/report/row-key';
import { metricValue, rowName } from './metric-text';

interface Props {
  t: Translate;
  locale: Locale;
  /** The two audits' names, the earlier one before. */
  before: string;
  after: string;
  changes: BeforeAfter;
}

function ChangeList({ t, locale, changes }: { t: Translate; locale: Locale; changes: readonly Change[] }) {
  if (changes.length === 0) return <p className="text-sm">{t('beforeAfter.nothing')}</p>;
  return (
    <ul className="list-disc space-y-0.5 pl-5 text-sm">
      {changes.map((c) => (
        <li key={`${c.row} ${c.metric}`} data-testid="change">
          {t('beforeAfter.change', {
            row: rowName(t, c.row),
            metric: t(`compare.metric.${c.metric}`),
            before: metricValue(c.metric, c.before, locale),
            after: metricValue(c.metric, c.after, locale),
          })}
        </li>
      ))}
    </ul>
  );
}

function RowList({ t, rows }: { t: Translate; rows: readonly RowKey[] }) {
  if (rows.length === 0) return <p className="text-sm">{t('beforeAfter.nothing')}</p>;
  return <p className="text-sm">{rows.map((row) => rowName(t, row)).join(', ')}</p>;
}

/** Two audits of one shop: what got better and what got worse first, the biggest changes on top; steps gone and new. */
export function BeforeAfterSummary({ t, locale, before, after, changes }: Props) {
  const beforeAfterId = useId();
  const h = 'text-sm font-semibold';
  return (
    <section className="space-y-2" aria-labelledby={beforeAfterId} data-testid="before-after">
      <h3 id={beforeAfterId} className="text-lg font-semibold">
        {t('beforeAfter.heading')}
      </h3>
      <p className="text-sm">{t('beforeAfter.about', { before, after })}</p>
      <div className="grid gap-4 md:grid-cols-2">
        <div data-testid="better">
          <h4 className={h}>{t('beforeAfter.better')}</h4>
          <ChangeList t={t} locale={locale} changes={changes.better} />
        </div>
        <div data-testid="worse">
          <h4 className={h}>{t('beforeAfter.worse')}</h4>
          <ChangeList t={t} locale={locale} changes={changes.worse} />
        </div>
        <div data-testid="rows-gone">
          <h4 className={h}>{t('beforeAfter.gone')}</h4>
          <RowList t={t} rows={changes.rowsGone} />
        </div>
        <div data-testid="rows-new">
          <h4 className={h}>{t('beforeAfter.new')}</h4>
          <RowList t={t} rows={changes.rowsNew} />
        </div>
      </div>
    </section>
  );
}
