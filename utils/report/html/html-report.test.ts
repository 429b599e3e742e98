// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { reportDocument } from '../document/report-document';
import { T0 } from '../support/test-audit';
import { DE, EN, twoShops } from '../support/test-report';
import { laterAndEarlier, walk } from '../support/test-walk';
import { htmlReport, REPORT_CSP } from './html-report';

const SCRIPT = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';
const NOW = T0 + 300_000;

const parse = (text: string) => new DOMParser().parseFromString(text, 'text/html');
const report = (audits = twoShops(), context = EN, images = new Map<string, string>()) =>
  parse(htmlReport(reportDocument(audits, { now: NOW }), { ...context, images }));

function hostileShops() {
  const [own, rival] = twoShops({ own: SCRIPT, rival: BREAKOUT });
  const touchpoints = own!.touchpoints.map((tp, i) =>
    i === 3 ? { ...tp, title: BREAKOUT, url: 'javascript:alert(1)', note: SCRIPT } : tp,
  );
  const findings = own!.findings.map((f) => ({
    ...f,
    note: `${SCRIPT}${BREAKOUT}`,
    evidence: { ...f.evidence, text: BREAKOUT },
  }));
  return [{ ...own!, touchpoints, findings }, rival!];
}

describe('htmlReport', () => {
  it('carries page text only as text: no script, no injected element or handler, no javascript: link', () => {
    const doc = report(hostileShops(), EN, new Map([['shot-1', 'javascript:alert(1)']]));
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('img')).toHaveLength(0); // not even the screenshot whose URL is not an image
    expect(doc.querySelectorAll('[onerror], [onload], [onclick]')).toHaveLength(0);
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => /^https?:\/\//.test(href))).toBe(true);
    const text = doc.body.textContent ?? '';
    expect(text).toContain(SCRIPT);
    expect(text).toContain(BREAKOUT);
    expect(text).toContain('javascript:alert(1)'); // the address, shown as text
  });

  it('allows no script, images only from data: URLs and inline styles, in a CSP of its own', () => {
    const csp = report().querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe(REPORT_CSP);
    expect(REPORT_CSP).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
  });

  it("is written in the user's language, its lang attribute set", () => {
    const german = report(twoShops(), DE);
    expect(german.documentElement.getAttribute('lang')).toBe('de');
    expect(german.querySelector('h1')?.textContent).toBe('Shopwalk-Bericht');
    expect(report().documentElement.getAttribute('lang')).toBe('en');
  });

  it('names the winner of each stage and of the whole journey, and a dash where only one audit was there', () => {
    const doc = report();
    const winner = (row: string) => doc.querySelector(`tr[data-row="${row}"] td[data-cell="winner"]`)?.textContent;
    expect(winner('entry')).toBe('Regenwald Outdoor');
    expect(winner('checkout-address')).toBe('Gipfelglück'); // the rival has no score there: fewer finding points win
    expect(winner('product')).toBe('—');
    expect(winner('total')).toBe('Regenwald Outdoor');
    expect(doc.querySelectorAll('tr[data-row]')).toHaveLength(6);
  });

  it('calls a tie a tie', () => {
    const same = (id: string) => walk(id, [['entry', 5_000, { ratings: { 'waiting-explained': 4 } }]]);
    const doc = report([same('a'), same('b')]);
    expect(doc.querySelector('tr[data-row="entry"] td[data-cell="winner"]')?.textContent).toBe('tie');
  });

  it('shows a stage an audit skipped as a gap, not a zero, and marks the best with ★ and a word', () => {
    const doc = report();
    const product = doc.querySelector('tr[data-row="product"]')!;
    expect(product.querySelectorAll('td')[1]?.textContent).toBe('— not visited');
    const bestEntry = doc.querySelector('tr[data-row="entry"] td.is-best');
    expect(bestEntry?.textContent).toBe('100 ★ best');
  });

  it('writes differences to the baseline with their sign and numbers in the locale', () => {
    const time = report(twoShops(), DE).querySelector('tr[data-row="checkout-address"] ~ tr[data-metric="timeMs"]');
    expect([...time!.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '30,0 s',
      '20,0 s ★ bester Wert\u221210,0 s',
      '',
    ]);
  });

  it("shows each shop's top findings with severity, the rule's source and the screenshot it was given", () => {
    const doc = report(twoShops(), EN, new Map([['shot-1', 'data:image/jpeg;base64,AAAA']]));
    const card = doc.querySelector('article[data-finding="f-own"]')!;
    expect(card.querySelector('.severity')?.textContent).toBe('3 major');
    expect(card.textContent).toContain('flagged by the auditor');
    expect(card.querySelector('img')?.getAttribute('src')).toBe('data:image/jpeg;base64,AAAA');
  });

  it('has before/after only for two audits of one shop, better listed before worse', () => {
    expect(report().querySelector('#before-after')).toBeNull();
    const section = report(laterAndEarlier()).querySelector('#before-after')!;
    expect([...section.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Better',
      'Worse',
      'Steps no longer taken',
      'New steps',
    ]);
    expect(section.querySelector('li.better')?.textContent).toBe('▲Entry — Time: 9.0 s → 4.0 s');
    expect(section.querySelector('li.worse')?.textContent).toBe('▼Cart — Time: 2.0 s → 3.0 s');
    expect([...section.querySelectorAll('li')].map((li) => li.textContent)).toContain('Product');
  });
});
