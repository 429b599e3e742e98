// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { burstEnded, findRageClick, isRageExempt, rageClickCount, type ClickPoint } from './rage-clicks';

/** Feeds clicks through findRageClick as the tracker does and returns the click counts of the bursts reported. */
function rageCounts(clicks: ClickPoint[]): number[] {
  let burst: ClickPoint[] = [];
  const counts: number[] = [];
  for (const click of clicks) {
    const next = findRageClick(burst, click);
    if (rageClickCount(next.ended)) counts.push(rageClickCount(next.ended));
    burst = next.burst;
  }
  if (rageClickCount(burst)) counts.push(rageClickCount(burst));
  return counts;
}

const at = (ms: number, x = 100, y = 100): ClickPoint => ({ at: ms, x, y });

describe('rage clicks', () => {
  it('does not call 2 fast clicks a rage click', () => {
    expect(rageCounts([at(0), at(100)])).toEqual([]);
  });
  it('calls 3 clicks within 1 s on one spot a rage click', () => {
    expect(rageCounts([at(0), at(300), at(600)])).toEqual([3]);
  });
  it('does not count 3 clicks spread over 40 px', () => {
    expect(rageCounts([at(0, 100), at(200, 120), at(400, 140)])).toEqual([]);
  });
  it('does not count 3 clicks spread over 1.2 s', () => {
    expect(rageCounts([at(0), at(600), at(1_200)])).toEqual([]);
  });
  it('reports 5 fast clicks once, with count 5', () => {
    expect(rageCounts([at(0), at(150), at(300), at(450), at(600)])).toEqual([5]);
  });
  it('reports two bursts apart in time as two', () => {
    expect(rageCounts([at(0), at(100), at(200), at(5_000), at(5_100), at(5_200), at(5_300)])).toEqual([3, 4]);
  });
  it('keeps clicks inside the radius around the first, not a chain creeping away', () => {
    expect(rageCounts([at(0, 100, 100), at(100, 120, 100), at(200, 125, 110)])).toEqual([3]);
    expect(rageCounts([at(0, 100, 100), at(100, 125, 100), at(200, 150, 100)])).toEqual([]);
  });
  it('ends a burst after a second of quiet', () => {
    expect(burstEnded([at(0), at(500)], 1_400)).toBe(false);
    expect(burstEnded([at(0), at(500)], 1_501)).toBe(true);
  });
});

describe('isRageExempt', () => {
  const fixture = () => {
    document.body.innerHTML = `
      <input id="text"><input id="qty" type="number"><div role="spinbutton" id="spin">1</div><textarea id="area"></textarea>
      <div contenteditable id="editor"><b id="bold">x</b></div><button id="buy">Buy</button><p id="para">Some text</p>
      <input id="box" type="checkbox">`;
    return (id: string) => document.getElementById(id)!;
  };
  const single = { detail: 1, interactive: false, selectionCollapsed: true };

  it('exempts text inputs, textareas, rich-text editors and number steppers', () => {
    const el = fixture();
    for (const id of ['text', 'qty', 'spin', 'area', 'bold']) expect(isRageExempt(el(id), single)).toBe(true);
    expect(isRageExempt(el('box'), { ...single, interactive: true })).toBe(false);
  });
  it('exempts a double click on text and any click that leaves a selection', () => {
    const el = fixture();
    expect(isRageExempt(el('para'), single)).toBe(false);
    expect(isRageExempt(el('para'), { ...single, detail: 2 })).toBe(true);
    expect(isRageExempt(el('para'), { ...single, selectionCollapsed: false })).toBe(true);
  });
  it('keeps multi-clicks on a button, where the browser counts detail up too', () => {
    const el = fixture();
    expect(isRageExempt(el('buy'), { detail: 4, interactive: true, selectionCollapsed: true })).toBe(false);
  });
  it('exempts keyboard activation, which has no pointer position', () => {
    const el = fixture();
    expect(isRageExempt(el('buy'), { detail: 0, interactive: true, selectionCollapsed: true })).toBe(true);
  });
});
