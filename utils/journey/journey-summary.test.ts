import { describe, expect, it } from 'vitest';
import { touchpoint } from '../rules/support/test-touchpoint';
import { summarizeJourney } from './journey-summary';

describe('summarizeJourney', () => {
  it('sums the pages of the walk only: a hotline call is neither the site’s waiting nor the customer’s own time', () => {
    const page = touchpoint({ id: 'home', enteredAt: 0, leftAt: 20_000, visibleMs: 20_000 });
    const call = touchpoint({
      id: 'call',
      seq: 1,
      channel: 'hotline',
      url: '',
      origin: '',
      arrival: 'entered',
      enteredAt: 30_000,
      answeredAt: 270_000,
      leftAt: 630_000,
    });
    const withCall = summarizeJourney([page, call], 700_000);
    expect(withCall).toEqual(summarizeJourney([page], 700_000));
    expect(withCall.waitMs + withCall.thinkMs).toBeLessThanOrEqual(20_000);
  });
});
