import { describe, expect, it } from 'vitest';
import type { FieldEvidence } from '../model/form-census';
import { pasteBlocked } from './paste-blocked';
import { census, field, group, interaction, touchpoint } from './support/test-touchpoint';

const run = (fields: FieldEvidence[], observed: string[] = []) =>
  pasteBlocked.evaluate(
    touchpoint({ forms: census([group(fields)]), interaction: interaction({ pasteBlocked: observed }) }),
    0,
  );

describe('paste-blocked', () => {
  it('is cosmetic for a markup block and minor on a password field', () => {
    const found = run([
      field({ selector: '#mail2', name: 'Repeat e-mail', flags: ['paste-blocked'] }),
      field({ selector: '#pw', type: 'password', name: 'Password', flags: ['paste-blocked'] }),
    ]);
    expect(found.map((f) => [f.severity, f.evidence.selector, f.evidence.values.observed])).toEqual([
      [1, '#mail2', false],
      [2, '#pw', false],
    ]);
  });

  it('counts a field once when its markup blocks and a paste was seen to fail there, and is then minor', () => {
    const found = run([field({ selector: '#mail2', flags: ['paste-blocked'] })], ['#mail2']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 2, evidence: { values: { observed: true, inMarkup: true } } });
  });

  it('reports a paste blocked by script, which the markup does not show', () => {
    expect(run([field()], ['#iban'])).toEqual([
      {
        ruleId: 'paste-blocked',
        severity: 2,
        touchpointId: 'tp1',
        evidence: { selector: '#iban', values: { observed: true, inMarkup: false } },
      },
    ]);
  });

  it('does not fire on fields that allow pasting or without measurements', () => {
    expect(run([field({ flags: ['autocomplete-missing'] })])).toEqual([]);
    expect(pasteBlocked.evaluate(touchpoint(), 0)).toEqual([]);
  });
});
