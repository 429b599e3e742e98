import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../model/interaction';
import { interaction, touchpoint } from './support/test-touchpoint';
import { validationError } from './validation-error';

const error = (selector: string, message = 'valueMissing'): ValidationError => ({
  at: 1,
  kind: 'invalid-event',
  selector,
  message,
});
const run = (errors: ValidationError[], threshold = 3) =>
  validationError.evaluate(touchpoint({ interaction: interaction({ validationErrors: errors }) }), threshold);

describe('validation-error', () => {
  it('gives one cosmetic finding per error shown, with the message as page text', () => {
    expect(run([error('#zip', 'Please enter a postcode'), error('#city')])).toEqual([
      {
        ruleId: 'validation-error',
        severity: 1,
        touchpointId: 'tp1',
        evidence: {
          selector: '#zip',
          text: 'Please enter a postcode',
          values: { kind: 'invalid-event', errorsOnPage: 2 },
        },
      },
      {
        ruleId: 'validation-error',
        severity: 1,
        touchpointId: 'tp1',
        evidence: { selector: '#city', text: 'valueMissing', values: { kind: 'invalid-event', errorsOnPage: 2 } },
      },
    ]);
  });

  it('makes every error minor when a page showed 3 or more (or the threshold set)', () => {
    expect(run([error('#a'), error('#b'), error('#c')]).map((f) => f.severity)).toEqual([2, 2, 2]);
    expect(run([error('#a'), error('#b')], 2).map((f) => f.severity)).toEqual([2, 2]);
  });

  it('does not fire without errors or without interaction', () => {
    expect(run([])).toEqual([]);
    expect(validationError.evaluate(touchpoint(), 3)).toEqual([]);
  });
});
