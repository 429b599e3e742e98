export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language to show: the one chosen in settings, else the browser's first language Shopwalk speaks. */
export function resolveLocale(choice: Locale | 'auto', browserLanguages: readonly string[]): Locale {
  if (choice !== 'auto') return choice;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    const found = LOCALES.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}
