import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from './messages/de';
import { en, type Message } from './messages/en';
import { translator } from './translate';

const catalogs = { de };
const placeholders = (m: Message) =>
  (typeof m === 'string' ? [m] : [m.one, m.other])
    .flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]))
    .sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !path.includes('i18n/messages') ? [path] : [];
  });
}

describe('message catalogues', () => {
  for (const [locale, catalog] of Object.entries(catalogs)) {
    it(`${locale} has exactly the keys of English, with the same placeholders and plural forms`, () => {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(typeof catalog[key], key).toBe(typeof en[key]);
        expect(placeholders(catalog[key]), key).toEqual(placeholders(en[key]));
      }
    });
  }

  it('has no key that the code does not use', () => {
    const code = ['components', 'entrypoints', 'utils']
      .flatMap(sourceFiles)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // A key is used literally ('journey.note') or through a template on its group (`arrival.${tp.arrival}`).
    const unused = Object.keys(en).filter((key) => {
      const group = key.slice(0, key.lastIndexOf('.') + 1);
      return !code.includes(`'${key}'`) && !code.includes(`\`${group}\${`);
    });
    expect(unused).toEqual([]);
  });
});

describe('manifest messages (public/_locales)', () => {
  it('name the same keys in every language', () => {
    const keys = (locale: string) =>
      Object.keys(JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as object).sort();
    expect(keys('de')).toEqual(keys('en'));
  });
});

describe('translator', () => {
  it('fills placeholders and picks the plural form by count', () => {
    expect(translator('en')('dashboard.deleted', { count: 1 })).toBe('Deleted 1 audit.');
    expect(translator('en')('dashboard.deleted', { count: 3 })).toBe('Deleted 3 audits.');
    expect(translator('de')('dashboard.deleted', { count: 3 })).toBe('3 Audits gelöscht.');
    expect(translator('de')('controls.elapsed', { time: '1:05' })).toBe('Läuft seit 1:05');
  });

  it('leaves a placeholder without a value visible rather than printing "undefined"', () => {
    expect(translator('en')('controls.elapsed')).toBe('Running for {time}');
  });
});
