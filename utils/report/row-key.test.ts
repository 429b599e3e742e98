import { describe, expect, it } from 'vitest';
import { OFF_WEB_CHANNELS } from '../model/touchpoint';
import { STAGES } from '../model/vocabulary';
import { inRowOrder, ROW_ORDER, rowOf } from './row-key';

describe('rows', () => {
  it('keeps stage and channel names apart, so that a row key names one row', () => {
    expect(new Set(ROW_ORDER).size).toBe(STAGES.length + 1 + OFF_WEB_CHANNELS.length);
  });

  it('puts a page in its stage, a page without one in unassigned, a contact off the web in its channel', () => {
    expect(rowOf({ channel: 'web', stage: 'cart' })).toBe('cart');
    expect(rowOf({ channel: 'web' })).toBe('unassigned');
    expect(rowOf({ channel: 'hotline', stage: 'service' })).toBe('hotline');
  });

  it('orders rows as the journey goes and lists each once', () => {
    expect(inRowOrder(['chat', 'cart', 'unassigned', 'entry', 'cart', 'checkout-address'])).toEqual([
      'entry',
      'cart',
      'checkout-address',
      'unassigned',
      'chat',
    ]);
  });
});
