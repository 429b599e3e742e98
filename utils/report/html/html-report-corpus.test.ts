// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { corpusAudits, corpusChunks, corpusRecords } from '../../export/support/corpus-audits';
import { INJECTION_CORPUS } from '../../export/support/injection-corpus';
import type { ReportRecords } from '../../db/report-audits';
import { reportDocument } from '../document/report-document';
import { asHtmlText, inertReportProblems } from '../support/inert-report';
import { EN } from '../support/test-report';
import { htmlReport, REPORT_CSP } from './html-report';
import { REPORT_STYLES } from './report-styles';

// The injection corpus through the HTML report, five payloads a report, each of them in every text of five audits
// (a shop's name, the scenario, the auditor, each step's title, address, field label, note and finding): nothing of
// it may become an element, an attribute, a link or a style, and all of it must be there as text.

const START = Date.UTC(2026, 10, 10, 12);
const DAY = 86_400_000;
const parse = (records: readonly ReportRecords[]) =>
  new DOMParser().parseFromString(
    htmlReport(reportDocument(records, { now: START + 10 * DAY }), { ...EN, images: new Map() }),
    'text/html',
  );
const texts = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((e) => asHtmlText(e.textContent ?? ''));

// Parsing a report of seven audits takes happy-dom a few hundred milliseconds, seconds on a busy machine.
describe('the HTML report of the injection corpus', { timeout: 30_000 }, () => {
  it.each(corpusChunks(INJECTION_CORPUS, 5).map((chunk, i) => [i * 5, chunk] as const))(
    'runs and loads nothing, and shows every payload as its text, from payload %i: %j',
    (_, chunk) => {
      // The first audit walked twice more, so that its scenario has statistics.
      const again = [5, 6].map((day) => corpusRecords(`again-${day}`, chunk, START + day * DAY));
      const doc = parse([...corpusAudits(chunk, START), ...again]);
      expect(inertReportProblems(doc, REPORT_STYLES)).toEqual([]);
      const shown = {
        audits: texts(doc, 'table.audits td'),
        notes: texts(doc, '.note'),
        evidence: texts(doc, '.evidence'),
        places: texts(doc, '.where'),
        steps: texts(doc, '[data-chart="timeline"] g[data-touchpoint] > title'),
      };
      for (const payload of chunk.map(asHtmlText))
        for (const [where, found] of Object.entries(shown))
          expect(
            found.some((text) => text.includes(payload)),
            `${where}: ${payload}`,
          ).toBe(true);
      expect(texts(doc, '#scenarios h3')).toEqual([asHtmlText(chunk[1]!)]);
    },
  );

  it('has the CSP first in its head, after the character set only', () => {
    const head = parse([corpusRecords('plain', ['x'], START)]).head;
    const [charset, csp] = [...head.children];
    expect(charset?.getAttribute('charset')).toBe('utf-8');
    expect(csp?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(csp?.getAttribute('content')).toBe(REPORT_CSP);
  });
});
