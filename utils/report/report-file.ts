import { localDay } from '../format/date-time';
import type { Locale } from '../i18n/locale';

/** A report as a file to download: its name, its text and its MIME type. */
export interface ReportFile {
  fileName: string;
  text: string;
  type: string;
}

/** What a report file is made with: the baseline (else the first audit), the user's language, the moment. */
export interface ReportFileOptions {
  baselineId?: string;
  locale: Locale;
  now: number;
}

/** `shopwalk-report-2026-11-28.html`: the user's calendar day of `now`, as the CSV files are named. */
export function reportFileName(extension: 'html' | 'md', now: number): string {
  return `shopwalk-report-${localDay(now)}.${extension}`;
}
