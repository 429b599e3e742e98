import { formatNumber, formatVital } from '../format-metric';
import type { HtmlContext } from './html-context';
import { escaped, type Markup } from './markup';
import { link } from './findings-section';

/** How the numbers are made, and the published figures the report compares with, each with its source and year. */
export function methodSection(context: HtmlContext): Markup {
  const { doc, t, locale } = context;
  const { checkoutFieldsAverage: average, checkoutFieldsReachable: reachable, vitals } = doc.references;
  const fields = t('report.referenceFields', {
    average: formatNumber(average.value, locale, 1),
    reachable: formatNumber(reachable.value, locale),
    source: average.source,
    year: average.year,
  });
  const vitalItems = vitals.map((ref) => {
    const text = t('report.referenceVital', {
      vital: t(`report.vital.${ref.vital}`),
      good: formatVital(ref.vital, ref.good, locale),
      poor: formatVital(ref.vital, ref.poor, locale),
      source: ref.source,
      year: ref.year,
    });
    return escaped`<li>${link(ref.url, text)}</li>`;
  });
  return escaped`<section id="method">
    <h2>${t('report.method')}</h2>
    
    <p>${t('report.methodScore')}</p>
    <p>${t('timing.labVisit')}</p>
    <ul class="references">
      <li>${fields}</li>
      ${vitalItems}
    </ul>
  </section>`;
}
