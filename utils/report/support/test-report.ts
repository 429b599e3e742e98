import { translator } from '../../i18n/translate';
import type { ChartContext } from '../charts/report-chart';
import type { SvgNode } from '../charts/svg-node';
import { reportDocument } from '../document/report-document';
import { contact, fields, T0 } from './test-audit';
import { findingOn, walk } from './test-walk';

const rated = (value: number) => ({ ratings: { 'waiting-explained': value } });

/**
 * Two shops on one scenario. Own: entry rated 5 (score 100), product 3 (50), a 12-field address form, a slow
 * page (LCP 4.2 s), a major finding with a screenshot, a hotline call. Rival: entry rated 3 (50), no product page,
 * a 7-field address form, a fast page (LCP 1.8 s).
 */
export function twoShops(names: { own?: string; rival?: string } = {}) {
  const own = walk(
    'own',
    [
      ['entry', 10_000, { ...rated(5), timing: { lcpMs: 4_200, cls: 0.02 } }],
      ['product', 20_000, rated(3)],
      ['cart', 5_000],
      ['checkout-address', 30_000, fields(12)],
    ],
    {
      shopName: names.own ?? 'Regenwald Outdoor',
      findings: [
        findingOn('own', 3, {
          id: 'f-own',
          ruleId: 'manual',
          source: 'auditor',
          severity: 3,
          createdAt: T0 + 40_000,
          screenshotId: 'shot-1',
        }),
      ],
    },
  );
  const call = contact('own-call', 'hotline', 60_000, 120_000, {
    enteredAt: T0 + 70_000,
    answeredAt: T0 + 130_000,
    leftAt: T0 + 250_000,
  });
  const rival = walk(
    'rival',
    [
      ['entry', 8_000, { ...rated(3), timing: { lcpMs: 1_800 } }],
      ['cart', 7_000],
      ['checkout-address', 20_000, fields(7)],
    ],
    { shopName: names.rival ?? 'Gipfelglück' },
  );
  return [{ ...own, touchpoints: [...own.touchpoints, { ...call, auditId: 'own', seq: 4 }] }, rival];
}

export const twoShopsDocument = () => reportDocument(twoShops(), { now: T0 + 300_000 });

export const EN: ChartContext = { t: translator('en'), locale: 'en' };
export const DE: ChartContext = { t: translator('de'), locale: 'de' };

/** Every node of the tree that matches. */
export function nodesWhere(node: SvgNode, match: (n: SvgNode) => boolean): SvgNode[] {
  return [...(match(node) ? [node] : []), ...(node.children ?? []).flatMap((child) => nodesWhere(child, match))];
}

/** Every text of the tree, in order. */
export const textsOf = (node: SvgNode) => nodesWhere(node, (n) => n.text !== undefined).map((n) => n.text);
