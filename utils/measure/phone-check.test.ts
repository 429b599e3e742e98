// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { phoneCheckSchema } from '../model/phone-check';
import { checkForPhone } from './phone-check';
import { fakeLayout } from './test-layout';

describe('checkForPhone', () => {
  it('composes the three checks into a record the stored schema accepts', () => {
    document.head.innerHTML = '<meta name="viewport" content="width=device-width, maximum-scale=1">';
    document.body.innerHTML =
      '<style>small { font-size: 10px }</style>' +
      '<a href="/a" data-box="0 0 16 16">A</a><a href="/b" data-box="18 0 16 16">B</a>' +
      '<p>Legible text <small>tiny print</small></p><div data-box="0 100 800 50">wide</div>';
    const result = checkForPhone(document, fakeLayout(document, { width: 390, height: 844, scrollWidth: 800 }));
    expect(phoneCheckSchema.parse(result)).toEqual(result);
    expect(result.tapTargets.crowded).toBe(2);
    expect(result.smallText).toMatchObject({ smallChars: 10, viewportMeta: 'device-width', zoomBlocked: true });
    expect(result.sidewaysScroll).toMatchObject({ overflows: true, overflowPx: 410 });
  });

  it('rejects a stored record with more examples than allowed', () => {
    const example = { selector: 'a', label: 'x', width: 1, height: 1, crowded: true };
    const tapTargets = { checked: 11, inline: 0, tooSmall: 11, crowded: 11, truncated: false };
    const bad = { ...tapTargets, examples: Array.from({ length: 11 }, () => example) };
    expect(phoneCheckSchema.shape.tapTargets.safeParse(bad).success).toBe(false);
  });
});
