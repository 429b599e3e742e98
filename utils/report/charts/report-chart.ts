import type { Locale } from '../../i18n/locale';
import type { Translate } from '../../i18n/translate';
import type { ReportDocument } from '../document/report-document';
import type { SvgNode } from './svg-node';

/** A chart of a report: a key (stable, for ids and tests), its title in the user's language, and the drawing. */
export interface ReportChart {
  key: string;
  title: string;
  svg: SvgNode;
}

export interface ChartContext {
  t: Translate;
  locale: Locale;
}

/** Builds one chart from a report, or nothing when the report has no data for it. */
export type ChartBuilder = (doc: ReportDocument, context: ChartContext) => ReportChart | undefined;

/** Bars get thinner with many audits, so that ten of them still fit a stage on a printed page. */
export const barHeightFor = (audits: number) => (audits > 4 ? 9 : 13);
