import { de } from './messages/de';
import { en, type Catalog, type MessageKey } from './messages/en';
import type { Locale } from './locale';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const catalogs: Record<Locale, Catalog> = { en, de };

/**
 * A translator for one locale. `{name}` in a message is replaced by `params.name`; a message with `one`/`other`
 * forms is chosen by `params.count` under the locale's plural rules.
 */
export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  const plural = new Intl.PluralRules(locale);
  return (key, params = {}) => {
    const message = catalog[key];
    const count = typeof params.count === 'number' ? params.count : 0;
    const text = typeof message === 'string' ? message : plural.select(count) === 'one' ? message.one : message.other;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
