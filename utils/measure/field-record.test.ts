// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { labelsByFor } from './accessible-name';
import { controlOf } from './field-control';
import { addRadioOption, describeField, type FieldContext } from './field-record';

function setUp(html: string): FieldContext {
  document.body.innerHTML = html;
  return { labelsFor: labelsByFor(document.querySelectorAll('label')), inShadow: false, isPasteBlocked: () => false };
}
const describe1 = (el: Element, ctx: FieldContext) => describeField(el, controlOf(el)!, ctx);

describe('describeField', () => {
  it('records what a field is and asks, without its value', () => {
    const ctx = setUp(
      '<label for="e">E-mail</label><input id="e" type="text" name="email" autocomplete=" Email " required>',
    );
    expect(describe1(document.getElementById('e')!, ctx)).toEqual({
      selector: '',
      kind: 'text',
      type: 'text',
      required: true,
      name: 'E-mail',
      nameSource: 'label',
      autocomplete: 'Email',
      purpose: 'email',
      inShadow: false,
      flags: ['keyboard-mismatch'],
    });
  });
  it('reads requiredness and disabledness of custom widgets from ARIA', () => {
    const ctx = setUp(
      '<div role="combobox" aria-label="Country" aria-required="true"></div>' +
        '<div role="checkbox" aria-disabled="true" aria-required="true">Gift</div>',
    );
    const [combo, check] = document.querySelectorAll('[role]');
    expect(describe1(combo!, ctx)).toMatchObject({ required: true, purpose: 'country', flags: [] });
    expect(describe1(check!, ctx)).toMatchObject({ required: false, flags: ['disabled'] });
  });
  it('names a radio group by its legend, and marks it unlabeled if any option has no name', () => {
    const ctx = setUp(
      '<fieldset><legend>Size</legend><label><input type="radio" name="s"> S</label>' +
        '<input type="radio" name="s" required></fieldset>',
    );
    const [first, second] = document.querySelectorAll('input');
    const group = describe1(first!, ctx);
    expect(group).toMatchObject({ name: 'Size', nameSource: 'legend', options: 1, required: false, flags: [] });
    addRadioOption(group, second!, controlOf(second!)!, ctx);
    expect(group).toMatchObject({ options: 2, required: true, flags: ['unlabeled'] });
  });
});
