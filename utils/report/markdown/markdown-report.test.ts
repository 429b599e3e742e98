import { describe, expect, it } from 'vitest';
import type { ReportRecords } from '../../db/report-audits';
import { reportDocument } from '../document/report-document';
import { T0 } from '../support/test-audit';
import { DE, EN, twoShops } from '../support/test-report';
import { laterAndEarlier } from '../support/test-walk';
import { markdownReport, markdownReportFile } from './markdown-report';

const NOW = T0 + 300_000;
const text = (audits = twoShops(), context = EN) => markdownReport(reportDocument(audits, { now: NOW }), context);
const tableRow = (md: string, first: string) => md.split('\n').find((line) => line.startsWith(`| ${first} |`));

describe('markdownReport', () => {
  it('has a title, the audits, the verdict, the score table with a winner column, findings and a note on charts', () => {
    const md = text();
    expect(md.startsWith('# Shopwalk report\n')).toBe(true);
    expect(md).toContain('| 1 | Regenwald Outdoor (baseline) |');
    expect(md).toContain('**Regenwald Outdoor did best over the whole journey.**');
    expect(md).toContain('| Stage | 1 Regenwald Outdoor | 2 Gipfelglück | Best |');
    expect(md).toContain('- **3 major**: Flagged by the auditor.');
    expect(md.trimEnd().endsWith('_Charts and screenshots are in the HTML report._')).toBe(true);
  });

  it('writes each stage with the score, the difference to the baseline, ★ and the winner; a skipped stage as a gap', () => {
    const md = text();
    expect(tableRow(md, 'Entry')).toBe('| Entry | 100 ★ | 50 (−50) | Regenwald Outdoor |');
    expect(tableRow(md, 'Product')).toBe('| Product | 50 | — not visited | — |');
    expect(tableRow(md, 'Checkout: address')).toBe('| Checkout: address | 88 | — | Gipfelglück |');
  });

  it('writes numbers and words in German for a German user', () => {
    const md = text(twoShops(), DE);
    expect(md.startsWith('# Shopwalk-Bericht\n')).toBe(true);
    expect(md).toContain('| Einstieg | 10,0 s | 8,0 s ★ (\u22122,0 s) |');
  });

  it('keeps page text from becoming markup, a table cell or a link', () => {
    const hostile = '<script>alert(1)</script> | [x](javascript:alert(1)) *b*';
    const [own, rival] = twoShops({ own: hostile });
    const touchpoints = own!.touchpoints.map((tp, i) => (i === 3 ? { ...tp, url: 'javascript:alert(1)' } : tp));
    const md = text([{ ...own!, touchpoints }, rival!]);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\| \\[x\\](javascript:alert(1)) \\*b\\*');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/); // only the escaped one, which is text
    expect(tableRow(md, 'Entry')?.split(' | ')).toHaveLength(4);
  });

  it('lists what got better before what got worse for two audits of one shop', () => {
    const md = text(laterAndEarlier());
    expect(md.indexOf('### Better\n\n- Entry — Time: 9.0 s → 4.0 s')).toBeGreaterThan(0);
    expect(md.indexOf('### Better')).toBeLessThan(md.indexOf('### Worse\n\n- Cart — Time: 2.0 s → 3.0 s'));
    expect(md).toContain('### New steps\n\n- Product');
  });
});

describe('markdownReportFile', () => {
  it('names the file after the day and declares it UTF-8 Markdown', () => {
    const records = twoShops().map((a) => ({
      ...a,
      tasks: [],
      screenshots: [],
      attachments: [],
    })) as unknown as ReportRecords[];
    const file = markdownReportFile(records, { locale: 'en', now: Date.UTC(2026, 10, 28, 12) });
    expect(file.fileName).toBe('shopwalk-report-2026-11-28.md');
    expect(file.type).toBe('text/markdown;charset=utf-8');
    expect(file.text.startsWith('# Shopwalk report')).toBe(true);
  });
});
