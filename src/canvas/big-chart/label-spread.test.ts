import { describe, expect, it } from 'vitest';
import { spreadCentres } from './label-spread';

describe('spreadCentres', () => {
  it('leaves labels with room where they are', () => {
    expect(spreadCentres([10, 60, 200], 24)).toEqual([10, 60, 200]);
    expect(spreadCentres([], 24)).toEqual([]);
    expect(spreadCentres([5], 24)).toEqual([5]);
  });

  it('stacks labels squeezed together, centred where they were', () => {
    expect(spreadCentres([100, 100.5, 101, 101.5], 20)).toEqual([
      100.75 - 30,
      100.75 - 10,
      100.75 + 10,
      100.75 + 30,
    ]);
  });

  it('keeps every pair at least a gap apart, in order', () => {
    const centres = [0, 5, 30, 31, 32, 90, 91];
    const spread = spreadCentres(centres, 20);
    expect(spread).toHaveLength(centres.length);
    for (let k = 1; k < spread.length; k++) {
      expect(spread[k]! - spread[k - 1]!).toBeGreaterThanOrEqual(20 - 1e-9);
    }
    // A lone label with room keeps its place.
    expect(spreadCentres([0, 100, 101], 20)[0]).toBe(0);
  });
});
