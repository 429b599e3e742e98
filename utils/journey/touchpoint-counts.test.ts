import { describe, expect, it } from 'vitest';
import type { Interruption } from '../model/interruption';
import { census, field, group } from '../rules/support/test-touchpoint';
import { fieldsSeen, unaskedInterruptions } from './touchpoint-counts';

const overlay = (askedFor: boolean, carriedOver: boolean): Interruption => ({
  kind: 'popup',
  selector: '#pop',
  label: 'Newsletter',
  coverage: 0.5,
  appearedAt: 1,
  askedFor,
  coversContent: true,
  carriedOver,
});

describe('fieldsSeen', () => {
  it('is every field a page showed over its time, else its census total, and unknown without a census', () => {
    expect(fieldsSeen({ forms: census([group([field()])], { fields: 4 }) })).toBe(4);
    expect(fieldsSeen({ forms: { ...census([group([field()])], { fields: 4 }), seenFields: 7 } })).toBe(7);
    expect(fieldsSeen({})).toBeUndefined();
  });
});

describe('unaskedInterruptions', () => {
  it('counts overlays nobody asked for that appeared here, and is unknown where none were measured', () => {
    const list = [overlay(false, false), overlay(true, false), overlay(false, true), overlay(false, false)];
    expect(unaskedInterruptions({ interruptions: list })).toBe(2);
    expect(unaskedInterruptions({ interruptions: [] })).toBe(0);
    expect(unaskedInterruptions({})).toBeUndefined();
  });
});
