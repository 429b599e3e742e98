import { describe, expect, it } from 'vitest';
import { deadClick } from './dead-click';
import { interaction, touchpoint } from './support/test-touchpoint';

describe('dead-click', () => {
  it('gives one finding per dead click, with an empty label left out', () => {
    const deadClicks = [
      { at: 1, selector: 'span.size', label: 'XL' },
      { at: 2, selector: 'img.thumb', label: '' },
    ];
    const found = deadClick.evaluate(touchpoint({ interaction: interaction({ deadClicks }) }), 0);
    expect(found.map((f) => f.evidence)).toEqual([
      { selector: 'span.size', text: 'XL', values: { clicks: 1 } },
      { selector: 'img.thumb', values: { clicks: 1 } },
    ]);
    expect(found.every((f) => f.severity === 2 && f.touchpointId === 'tp1')).toBe(true);
  });

  it('does not fire on rage clicks alone or without interaction', () => {
    const rageClicks = [{ at: 1, selector: '#x', label: 'x', clickCount: 4 }];
    expect(deadClick.evaluate(touchpoint({ interaction: interaction({ rageClicks }) }), 0)).toEqual([]);
    expect(deadClick.evaluate(touchpoint(), 0)).toEqual([]);
  });
});
