import { describe, expect, it } from 'vitest';
import { ruleById } from '../../rules/registry';
import { T0 } from '../support/test-audit';
import { findingOn, walk } from '../support/test-walk';
import { reportDocument } from './report-document';

const rated = (value: number) => ({ ratings: { 'waiting-explained': value } });

describe('reportDocument', () => {
  const own = walk('own', [
    ['entry', 10_000, rated(5)],
    ['product', 20_000, rated(3)],
    ['cart', 5_000, rated(5)],
  ]);
  const rival = walk('rival', [
    ['entry', 8_000, rated(4)],
    ['cart', 7_000, rated(1)],
    ['product', 6_000, rated(5)],
    ['product', 4_000, rated(5)],
  ]);

  it('refuses to report on no audits, or against a baseline that is not among them', () => {
    expect(() => reportDocument([], { now: T0 })).toThrow(/at least one audit/);
    expect(() => reportDocument([own], { baselineId: 'gone', now: T0 })).toThrow(/baseline gone/);
  });

  it('puts the chosen baseline first and compares the others against it', () => {
    const doc = reportDocument([own, rival], { baselineId: 'rival', now: T0 });
    expect(doc.audits.map((a) => a.id)).toEqual(['rival', 'own']);
    expect(doc.comparison.baselineId).toBe('rival');
    expect(doc.comparison.rows[0]?.cells.map((c) => c.metrics.timeMs.difference)).toEqual([0, 2_000]);
  });

  it('aligns a stage visited twice and out of order, and names each row its winner', () => {
    const doc = reportDocument([own, rival], { now: T0 });
    expect(doc.comparison.rows.map((r) => r.row)).toEqual(['entry', 'product', 'cart']);
    const product = doc.comparison.rows[1]!.cells[1]!;
    expect(product.figures?.values).toMatchObject({ timeMs: 10_000, pages: 2, score: 100 });
    expect(doc.winners.rows).toEqual({
      entry: { kind: 'audit', auditId: 'own' },
      product: { kind: 'audit', auditId: 'rival' },
      cart: { kind: 'audit', auditId: 'own' },
    });
    expect(doc.winners.total).toEqual({ kind: 'audit', auditId: 'own' });
  });

  it('leaves a stage an audit skipped a gap that nobody wins', () => {
    const short = walk('short', [['entry', 1_000]]);
    const doc = reportDocument([short, own], { now: T0 });
    const cart = doc.comparison.rows.find((r) => r.row === 'cart')!;
    expect(cart.cells[0]?.figures).toBeUndefined();
    expect(cart.cells[0]?.metrics.timeMs).toEqual({ best: false });
    expect(doc.winners.rows.cart).toEqual({ kind: 'none' });
  });

  it('reports one audit alone: no winners, no before/after, no statistics', () => {
    const doc = reportDocument([own], { now: T0 });
    expect(doc.audits).toHaveLength(1);
    expect(Object.values(doc.winners.rows).every((w) => w?.kind === 'none')).toBe(true);
    expect(doc.winners.total).toEqual({ kind: 'none' });
    expect(doc.beforeAfter).toBeUndefined();
    expect(doc.scenarios).toEqual([]);
  });

  it('gives each audit its timeline in journey order, its checkout fields, vitals and dimension scores', () => {
    const doc = reportDocument([rival], { now: T0 });
    const [audit] = doc.audits;
    expect(audit?.timeline.bars.map((b) => [b.row, b.startMs, b.endMs])).toEqual([
      ['entry', 0, 8_000],
      ['cart', 8_000, 15_000],
      ['product', 15_000, 21_000],
      ['product', 21_000, 25_000],
    ]);
    expect(audit?.checkoutFields).toBeUndefined();
    expect(audit?.vitals).toEqual({});
    expect(audit?.dimensions.find((d) => d.dimension === 'speed')?.score).toBeCloseTo((75 + 0 + 100) / 3);
  });

  it("lists each audit's top findings with their page, rule source and screenshot", () => {
    const found = walk(
      'found',
      [
        ['entry', 1_000],
        ['cart', 1_000],
      ],
      {
        findings: [
          findingOn('found', 1, { id: 'f-help', ruleId: 'no-help', severity: 2, screenshotId: 's1' }),
          findingOn('found', 0, { id: 'f-own', ruleId: 'manual', source: 'auditor', severity: 3, note: 'Slow' }),
        ],
      },
    );
    const [audit] = reportDocument([found], { now: T0 }).audits;
    expect(audit?.topFindings.map((f) => [f.id, f.place?.no, f.place?.row, f.rule?.source.year])).toEqual([
      ['f-own', 1, 'entry', undefined],
      ['f-help', 2, 'cart', ruleById('no-help')?.source.year],
    ]);
    expect(audit?.topFindings[1]).toMatchObject({ screenshotId: 's1', raisedBy: 'rule', severity: 2 });
    expect(audit?.timeline.marks.map((m) => m.findingId).sort()).toEqual(['f-help', 'f-own']);
  });

  it('compares before and after only for two audits of one shop, the earlier as before', () => {
    const later = walk('later', [['entry', 4_000]], { shopName: 'Shop own ', startedAt: T0 + 86_400_000 });
    const earlier = walk('earlier', [['entry', 9_000]], { shopName: 'shop OWN' });
    const doc = reportDocument([later, earlier], { now: T0 + 1e9 });
    expect(doc.beforeAfter).toMatchObject({ beforeId: 'earlier', afterId: 'later' });
    expect(doc.beforeAfter?.changes.better).toContainEqual({
      row: 'entry',
      metric: 'timeMs',
      before: 9_000,
      after: 4_000,
    });
    expect(reportDocument([own, rival], { now: T0 }).beforeAfter).toBeUndefined();
    expect(reportDocument([earlier, later, own], { now: T0 + 1e9 }).beforeAfter).toBeUndefined();
  });

  it('reports ten audits with unique labels and statistics for the scenario three or more of them walked', () => {
    const ten = Array.from({ length: 10 }, (_, i) =>
      walk(`a${i}`, [['entry', (i + 1) * 1_000]], {
        shopName: i < 2 ? 'Twin' : `Shop ${i}`,
        scenario: i < 3 ? 'Return' : 'Buy',
      }),
    );
    const doc = reportDocument(ten, { now: T0 });
    expect(new Set(doc.audits.map((a) => a.label)).size).toBe(10);
    expect(doc.comparison.rows[0]?.cells).toHaveLength(10);
    expect(doc.winners.total).toEqual({ kind: 'audit', auditId: 'a0' });
    expect(doc.scenarios.map((s) => [s.scenario, s.auditIds.length, s.statistics.total.timeMs?.median])).toEqual([
      ['Return', 3, 2_000],
      ['Buy', 7, 7_000],
    ]);
  });
});
