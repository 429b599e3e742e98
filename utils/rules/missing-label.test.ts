import { describe, expect, it } from 'vitest';
import { missingLabel } from './missing-label';
import { census, field, group, touchpoint } from './support/test-touchpoint';

describe('missing-label', () => {
  it('is minor for a field without a name and cosmetic for a placeholder-only one', () => {
    const fields = [
      field({ selector: '#a', name: '', nameSource: 'none', flags: ['unlabeled'] }),
      field({ selector: '#b', name: 'Street', nameSource: 'placeholder', type: 'text', flags: ['placeholder-only'] }),
    ];
    const found = missingLabel.evaluate(touchpoint({ forms: census([group(fields)]) }), 0);
    expect(found.map((f) => [f.severity, f.evidence])).toEqual([
      [2, { selector: '#a', values: { unlabeled: true, placeholderOnly: false, type: 'email' } }],
      [1, { selector: '#b', text: 'Street', values: { unlabeled: false, placeholderOnly: true, type: 'text' } }],
    ]);
  });

  it('does not fire on labelled fields (also named by aria-label or title) or without a census', () => {
    const fields = [
      field(),
      field({ nameSource: 'aria-label' }),
      field({ nameSource: 'title', flags: ['autocomplete-missing'] }),
    ];
    expect(missingLabel.evaluate(touchpoint({ forms: census([group(fields)]) }), 0)).toEqual([]);
    expect(missingLabel.evaluate(touchpoint(), 0)).toEqual([]);
  });
});
