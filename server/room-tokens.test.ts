import { describe, expect, it } from 'vitest';
import { accessOf, issueRoom, tokenFor } from './room-tokens';

describe('room tokens', () => {
  it('grant edit or view in their own room only, under their own secret', () => {
    const { room, edit, view } = issueRoom('s1');
    expect(room).toMatch(/^[0-9a-f]{32}$/);
    expect(accessOf('s1', room, edit)).toBe('edit');
    expect(accessOf('s1', room, view)).toBe('view');
    expect(accessOf('s2', room, edit)).toBeNull();
    expect(accessOf('s1', issueRoom('s1').room, edit)).toBeNull();
    expect(accessOf('s1', room, '')).toBeNull();
    expect(accessOf('s1', '../etc/passwd', tokenFor('s1', '../etc/passwd', 'edit'))).toBeNull();
  });

  it('makes a fresh room id every time', () => {
    const ids = new Set(Array.from({ length: 100 }, () => issueRoom('s').room));
    expect(ids.size).toBe(100);
  });
});
