import type { Locale } from '../i18n/locale';

const KIB = 1024;

/**
 * A file's size as file managers show it ("820 B", "12.5 kB", "3.2 MB", "76.4 GB": the storage a browser allows), counted in steps of 1024 as the 10 MB limit
 * on attachments is (utils/model/attachment.ts), so that a file at the limit reads "10 MB".
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] =
    bytes < KIB
      ? [bytes, 'byte']
      : bytes < KIB ** 2
        ? [bytes / KIB, 'kilobyte']
        : bytes < KIB ** 3
          ? [bytes / KIB ** 2, 'megabyte']
          : [bytes / KIB ** 3, 'gigabyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** Image types the browser draws in an `<img>`; other files are offered for download by name. */
const DRAWN = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
  'image/svg+xml',
]);

export function isDrawnImage(type: string): boolean {
  return DRAWN.has(type.toLowerCase());
}
