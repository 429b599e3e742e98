import { describe, expect, it } from 'vitest';
import { rageClick } from './rage-click';
import { interaction, touchpoint } from './support/test-touchpoint';

const burst = (clickCount: number) => ({ at: 1_000, selector: '#buy', label: 'Add to cart', clickCount });
const run = (clicks: number[], threshold = 3) =>
  rageClick.evaluate(touchpoint({ interaction: interaction({ rageClicks: clicks.map(burst) }) }), threshold);

describe('rage-click', () => {
  it('gives one finding per recorded burst with its element and click count', () => {
    expect(run([3, 7])).toEqual([
      {
        ruleId: 'rage-click',
        severity: 2,
        touchpointId: 'tp1',
        evidence: { selector: '#buy', text: 'Add to cart', values: { clicks: 3 } },
      },
      {
        ruleId: 'rage-click',
        severity: 2,
        touchpointId: 'tp1',
        evidence: { selector: '#buy', text: 'Add to cart', values: { clicks: 7 } },
      },
    ]);
  });

  it('does not fire without bursts, without interaction, or below a raised threshold', () => {
    expect(run([])).toEqual([]);
    expect(rageClick.evaluate(touchpoint(), 3)).toEqual([]);
    expect(run([3, 4], 5)).toEqual([]);
  });
});
