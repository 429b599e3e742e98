import { describe, expect, it } from 'vitest';
import { EN, nodesWhere, textsOf, twoShopsDocument } from '../support/test-report';
import { PLOT_WIDTH } from './bar-panel';
import { stageScoreChart } from './stage-score-chart';

describe('stageScoreChart', () => {
  const chart = stageScoreChart(twoShopsDocument(), EN)!;
  const bars = nodesWhere(chart.svg, (n) => n.attrs['data-value'] !== undefined);
  const widthOf = (value: number) =>
    Number(bars.find((b) => b.attrs['data-value'] === value)?.children?.[0]?.attrs.width);

  it('draws a score of 50 half as long as a score of 100, which spans the plot', () => {
    expect(widthOf(100)).toBe(PLOT_WIDTH);
    expect(widthOf(50)).toBe(PLOT_WIDTH / 2);
  });

  it('draws no bar but a dash where an audit skipped the stage, and only stages somebody scored', () => {
    const gaps = nodesWhere(chart.svg, (n) => n.attrs['data-gap'] === 'true');
    expect(gaps.map(textsOf)).toEqual([['—'], ['—']]); // the rival's product page and address form
    expect(bars.map((b) => b.attrs['data-value'])).toEqual([100, 50, 50, 88]); // no cart: nobody scored it
    expect(textsOf(chart.svg)).toEqual(
      expect.arrayContaining(['Entry', 'Product', '1 Regenwald Outdoor', '2 Gipfelglück']),
    );
  });

  it('is an image named by its title, with a description and a fixed width', () => {
    expect(chart.svg.attrs).toMatchObject({ role: 'img', 'aria-label': 'Score per stage' });
    expect(String(chart.svg.attrs.viewBox)).toMatch(/^0 0 720 \d+(\.\d)?$/);
    expect(chart.svg.children?.slice(0, 2).map((n) => n.tag)).toEqual(['title', 'desc']);
  });

  it('gives each audit after the first a pattern over its colour, so bars differ in greyscale print', () => {
    const patterned = nodesWhere(chart.svg, (n) => String(n.attrs.fill).startsWith('url(#stage-scores-pattern-'));
    expect(patterned.length).toBeGreaterThan(0);
    expect(nodesWhere(chart.svg, (n) => n.tag === 'pattern').map((n) => n.attrs.id)).toContain(
      'stage-scores-pattern-1',
    );
  });
});
