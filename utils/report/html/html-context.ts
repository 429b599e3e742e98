import type { Locale } from '../../i18n/locale';
import type { Translate } from '../../i18n/translate';
import type { ReportDocument } from '../document/report-document';
import type { RowWinner } from '../row-winner';

/** What every section of the HTML report is written with. */
export interface HtmlContext {
  doc: ReportDocument;
  t: Translate;
  locale: Locale;
  /** Screenshots as data: URLs by id; a screenshot not here is left out. */
  images: ReadonlyMap<string, string>;
}

/** An audit's label by its id ("" for an id not in the report, which the document never produces). */
export function labelOf(doc: ReportDocument, auditId: string): string {
  return doc.audits.find((a) => a.id === auditId)?.label ?? '';
}

/** The winner as a reader names it: the audit's label, the word for a tie, or a dash when there is nobody to beat. */
export function winnerText(winner: RowWinner | undefined, { doc, t }: HtmlContext): string {
  if (winner?.kind === 'audit') return labelOf(doc, winner.auditId);
  return winner?.kind === 'tie' ? t('report.tie') : '—';
}
