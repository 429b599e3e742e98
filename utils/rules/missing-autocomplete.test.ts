import { describe, expect, it } from 'vitest';
import type { FieldEvidence } from '../model/form-census';
import type { Stage } from '../model/stage';
import { missingAutocomplete } from './missing-autocomplete';
import { census, field, group, touchpoint } from './support/test-touchpoint';

const run = (fields: FieldEvidence[], stage?: Stage) =>
  missingAutocomplete.evaluate(touchpoint({ stage, forms: census([group(fields)]) }), 0);

describe('missing-autocomplete', () => {
  it('fires per flagged field: minor in checkout, with purpose and the token as written', () => {
    const found = run(
      [
        field({ selector: '#zip', name: 'Postcode', purpose: 'postal-code', flags: ['autocomplete-missing'] }),
        field({
          selector: '#mail',
          purpose: 'email',
          autocomplete: 'mail',
          flags: ['autocomplete-invalid', 'autocomplete-missing'],
        }),
      ],
      'checkout-address',
    );
    expect(found).toEqual([
      {
        ruleId: 'missing-autocomplete',
        severity: 2,
        touchpointId: 'tp1',
        evidence: { selector: '#zip', text: 'Postcode', values: { invalid: false, purpose: 'postal-code' } },
      },
      {
        ruleId: 'missing-autocomplete',
        severity: 2,
        touchpointId: 'tp1',
        evidence: {
          selector: '#mail',
          text: 'E-mail',
          values: { invalid: true, purpose: 'email', autocomplete: 'mail' },
        },
      },
    ]);
  });

  it('is cosmetic outside cart and checkout', () => {
    expect(run([field({ flags: ['autocomplete-missing'] })], 'other')[0]?.severity).toBe(1);
  });

  it('does not fire on fields with a valid token or other flags, or without a census', () => {
    expect(run([field({ autocomplete: 'email', flags: ['unlabeled', 'paste-blocked'] })], 'checkout-address')).toEqual(
      [],
    );
    expect(missingAutocomplete.evaluate(touchpoint({ stage: 'checkout-address' }), 0)).toEqual([]);
  });
});
