import { describe, expect, it } from 'vitest';
import { finding } from '../scoring/support/test-findings';
import { alignByStage, figuresIn } from './align-by-stage';
import { clicks, contact, fields, overlay, page, reportAudit, T0 } from './support/test-audit';

const PRODUCT = 400 / 7 - 12; // docs/scoring.md's worked example: 45.14
const CART = 925 / 11; // 84.09

/**
 * docs/scoring.md's worked example walked with times and measurements: the product page visited again after the
 * address (out of order), the address twice, a page without a stage and a hotline call.
 */
const friction = reportAudit(
  'friction',
  [
    page('home', 'entry', 10_000, {
      ...clicks(2),
      interruptions: [overlay('cookie-banner'), overlay('popup', { askedFor: true })],
    }),
    page('product', 'product', 20_000, {
      ...clicks(3),
      ratings: { 'product-facts': 4, 'product-images': 'na', 'costs-early': 2, 'waiting-explained': 5 },
    }),
    page('cart', 'cart', 15_000, {
      ...clicks(4),
      ratings: { 'costs-early': 5, 'guest-path': 4, 'total-clear': 5, 'trust-signals': 3, 'help-while-buying': 'na' },
    }),
    page('address', 'checkout-address', 30_000, {
      ...clicks(10),
      ...fields(12),
      interruptions: [overlay('newsletter'), overlay('modal', { carriedOver: true })],
    }),
    page('product-2', 'product', 5_000, clicks(1)),
    page('address-2', 'checkout-address', 12_000, { forms: { ...fields(7).forms, seenFields: 9 } }),
    page('imprint', undefined, 3_000),
    contact('hotline', 'hotline', 120_000, 180_000),
  ],
  [
    finding({ id: 'lcp', touchpointId: 'product', ruleId: 'slow-page', severity: 3 }),
    finding({ id: 'cls', touchpointId: 'product', ruleId: 'slow-page', severity: 2 }),
    finding({ id: 'help', touchpointId: 'cart', ruleId: 'no-help', severity: 2, verdict: 'proposed' }),
    finding({ id: 'own', touchpointId: 'address', source: 'auditor', ruleId: 'manual', severity: 1 }),
    finding({ id: 'long', ruleId: 'long-checkout', severity: 2 }),
    finding({ id: 'late', ruleId: 'late-cost', severity: 3, verdict: 'dismissed' }),
  ],
);

describe('alignByStage', () => {
  const aligned = alignByStage(friction, T0 + 1e9);

  it('lists the rows in journey order, pages without a stage after the stages, contacts off the web last', () => {
    expect(aligned.rows.map((r) => r.row)).toEqual([
      'entry',
      'product',
      'cart',
      'checkout-address',
      'unassigned',
      'hotline',
    ]);
  });

  it('sums a stage visited twice, out of order, over both visits', () => {
    expect(figuresIn(aligned, 'product')).toEqual({
      values: { timeMs: 25_000, pages: 2, clicks: 4, findingPoints: 18, score: PRODUCT },
      findingsBySeverity: [0, 0, 1, 1, 0],
      touchpointIds: ['product', 'product-2'],
    });
  });

  it('counts fields a page showed over its time and only interruptions nobody asked for, once', () => {
    expect(figuresIn(aligned, 'checkout-address')?.values).toEqual({
      timeMs: 42_000,
      pages: 2,
      clicks: 10,
      fields: 21,
      interruptions: 1,
      findingPoints: 3,
      score: 97,
    });
    expect(figuresIn(aligned, 'entry')?.values).toEqual({
      timeMs: 10_000,
      pages: 1,
      clicks: 2,
      interruptions: 1,
      findingPoints: 0,
    });
  });

  it('gives a contact off the web its waiting and serving time, and no pages, clicks or fields', () => {
    expect(figuresIn(aligned, 'hotline')?.values).toEqual({ timeMs: 300_000, findingPoints: 0 });
  });

  it('counts only confirmed findings, and scores the cart as the worked example does', () => {
    expect(figuresIn(aligned, 'cart')?.values).toEqual({
      timeMs: 15_000,
      pages: 1,
      clicks: 4,
      findingPoints: 0,
      score: CART,
    });
  });

  it('totals the whole journey with its journey findings and the audit score of the worked example', () => {
    expect(aligned.total.values).toEqual({
      timeMs: 395_000,
      pages: 7,
      clicks: 20,
      fields: 21,
      interruptions: 2,
      findingPoints: 27,
      score: (PRODUCT + CART + 97) / 3 - 6,
    });
    expect(aligned.total.findingsBySeverity).toEqual([0, 1, 2, 1, 0]);
    expect(Math.round(aligned.total.values.score ?? NaN)).toBe(69);
  });

  it('leaves a stage the audit skipped out: a gap, not a row of zeros', () => {
    expect(figuresIn(aligned, 'browse')).toBeUndefined();
    expect(figuresIn(aligned, 'checkout-payment')).toBeUndefined();
  });

  it('leaves a metric nothing measured out rather than counting it as zero', () => {
    const unread = alignByStage(reportAudit('u', [page('p', 'product', 1_000)]), T0);
    expect(figuresIn(unread, 'product')?.values).toEqual({ timeMs: 1_000, pages: 1, findingPoints: 0 });
  });

  it('times a touchpoint still open up to now', () => {
    const open = alignByStage(reportAudit('o', [page('p', 'cart', 0, { leftAt: undefined })]), T0 + 7_000);
    expect(open.total.values.timeMs).toBe(7_000);
  });

  it('scores a web stage without the contact off the web that shares its stage', () => {
    const service = alignByStage(
      reportAudit('s', [
        page('faq', 'service', 1_000, { ratings: { 'waiting-explained': 5 } }),
        contact('mail', 'email', 1_000, 1_000, { stage: 'service', ratings: { 'waiting-explained': 3 } }),
      ]),
      T0,
    );
    expect(figuresIn(service, 'service')?.values.score).toBe(100);
    expect(figuresIn(service, 'email')?.values.score).toBe(50);
    expect(service.total.values.score).toBe(75);
  });

  it('has no rows and a zero-time total for an audit without touchpoints', () => {
    const empty = alignByStage(reportAudit('e', []), T0);
    expect(empty.rows).toEqual([]);
    expect(empty.total.values).toEqual({ timeMs: 0, findingPoints: 0 });
  });
});
