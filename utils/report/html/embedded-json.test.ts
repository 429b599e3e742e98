import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusAudits } from '../../export/support/corpus-audits';
import { INJECTION_GROUPS } from '../../export/support/injection-corpus';
import { reportDocument } from '../document/report-document';
import { EN } from '../support/test-report';
import { htmlReport } from './html-report';

// "JSON embedded in HTML cannot close its script tag": nothing of Shopwalk embeds JSON (or any data) in HTML. The
// extension's pages load their scripts as files and get their data from the database; the HTML report has no script
// at all. These tests keep it so: whoever adds an inline script must add an escaping of <, >, & and U+2028/2029 for
// what goes in it, and a test of it, first.

const entrypoints = fileURLToPath(new URL('../../../entrypoints/', import.meta.url));
const pages = readdirSync(entrypoints, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) => readdirSync(`${entrypoints}${dir.name}`).map((file) => `${dir.name}/${file}`))
  .filter((file) => file.endsWith('.html'));

describe('JSON embedded in HTML', () => {
  it.each(pages)('is in no extension page: every script of %s is a file, nothing inline', (page) => {
    const html = readFileSync(`${entrypoints}${page}`, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)];
    expect(scripts.length).toBe((html.match(/<script\b/gi) ?? []).length);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
  });

  it('is in no HTML report, which has no script at all, not even with the JSON breakers of the corpus in it', () => {
    const start = Date.UTC(2026, 10, 10, 12);
    const audits = corpusAudits(INJECTION_GROUPS['json breakers']!, start);
    const html = htmlReport(reportDocument(audits, { now: start + 864e5 * 10 }), { ...EN, images: new Map() });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;/script&gt;'); // the breakers are in it, as text
  });
});
