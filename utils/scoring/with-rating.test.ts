import { describe, expect, it } from 'vitest';
import { withRating } from './with-rating';

describe('withRating', () => {
  it('sets a rating, replaces it, keeps the others and clears it again', () => {
    expect(withRating(undefined, 'a', 4)).toEqual({ a: 4 });
    expect(withRating({ a: 4, b: 'na' }, 'a', 2)).toEqual({ a: 2, b: 'na' });
    expect(withRating({ a: 4, b: 'na' }, 'b', undefined)).toEqual({ a: 4 });
    expect(withRating({ a: 4 }, 'a', 'na')).toEqual({ a: 'na' });
  });
});
