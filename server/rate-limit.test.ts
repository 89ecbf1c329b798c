import { describe, expect, it } from 'vitest';
import { RateLimit } from './rate-limit';

describe('the rate limit', () => {
  it('allows a burst, then the rate, per connection', () => {
    let now = 0;
    const limit = new RateLimit(10, 3, () => now);
    expect([1, 2, 3, 4].map(() => limit.take('a'))).toEqual([true, true, true, false]);
    expect(limit.take('b')).toBe(true);
    now = 100; // a tenth of a second earns one message back
    expect([limit.take('a'), limit.take('a')]).toEqual([true, false]);
  });
});
