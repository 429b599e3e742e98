import { describe, expect, it } from 'vitest';
import type { ReportRecords } from '../../db/report-audits';
import { corpusAudits, corpusChunks, corpusRecords } from '../../export/support/corpus-audits';
import { INJECTION_CORPUS } from '../../export/support/injection-corpus';
import { reportDocument } from '../document/report-document';
import { httpUrl } from '../http-url';
import { EN } from '../support/test-report';
import { markdownReport } from './markdown-report';

// The injection corpus through the Markdown summary, each payload in every text of five audits, and of two audits of
// one shop (before/after): whatever a payload says, the summary has the same structure as with harmless names (its
// lines, table cells, emphasis, and links only where Shopwalk makes one, to an http(s) address), and shows the
// payload's text.

const START = Date.UTC(2026, 10, 10, 12);
const DAY = 86_400_000;
const summary = (records: readonly ReportRecords[]) =>
  markdownReport(reportDocument(records, { now: START + 10 * DAY }), EN);

/** The links the summary makes itself: to the address of a finding's page, where it is http(s). */
const OUR_LINK = /\[[^[\]]*\]\(https?:\/\/[^\s()<>]*\)/g;

/**
 * What in Markdown makes structure, left when the text is taken out: line breaks, the unescaped characters that
 * start HTML, links, images, code, emphasis and table cells, and our own links as one mark each.
 */
function skeleton(markdown: string): string {
  return markdown
    .replace(/\\[\s\S]/g, '')
    .replace(OUR_LINK, '§')
    .replace(/[^\n|*_~<>[\]`§]/g, '')
    .replace(/§+/g, '§');
}

/** A payload as the summary shows it: its line breaks folded to a space, so that it stays in its cell or line. */
const folded = (payload: string) => payload.replace(/\s*[\r\n]+\s*/g, ' ');
const unescaped = (markdown: string) => markdown.replace(/\\([\\`*_[\]<>|~#])/g, '$1');

function reports(payloads: readonly string[]) {
  return [
    summary(corpusAudits(payloads, START)),
    summary([0, 1].map((i) => corpusRecords(`again-${i}`, payloads, START + i * DAY))),
  ];
}

describe('the Markdown summary of the injection corpus', () => {
  it.each(corpusChunks(INJECTION_CORPUS, 5).map((chunk, i) => [i * 5, chunk] as const))(
    'makes no HTML, link or table cell of a payload and shows it as its text, from payload %i: %j',
    (_, chunk) => {
      // Harmless names, an http address where the payload is one: a page's address is a link when it is http(s).
      const harmless = reports(chunk.map((p, i) => (httpUrl(p) ? `https://shop.example/${i}` : `Shop ${i}`)));
      const hostile = reports(chunk);
      hostile.forEach((markdown, i) => expect(skeleton(markdown)).toBe(skeleton(harmless[i]!)));
      expect(hostile[1]).toContain('## Before and after');
      for (const payload of chunk) expect(unescaped(hostile[0]!)).toContain(folded(payload));
    },
  );

  it('goes red where a payload would make a link, for the test to be trusted', () => {
    expect(skeleton('| [x](javascript:alert(1)) |')).not.toBe(skeleton('| x |'));
    expect(skeleton('| \\[x\\](javascript:alert(1)) |')).toBe(skeleton('| x |'));
    expect(skeleton('([https://a.example](https://a.example/%28x%29))')).toBe('§');
  });
});
