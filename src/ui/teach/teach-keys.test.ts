import { describe, expect, it } from 'vitest';
import { teachAction } from './teach-keys';

describe("a presenter's keys", () => {
  it('step on with a clicker, the arrows and Space', () => {
    for (const key of ['PageDown', 'ArrowRight', ' ']) expect(teachAction(key)).toBe('next');
  });
  it('step back with PageUp, ← and Backspace', () => {
    for (const key of ['PageUp', 'ArrowLeft', 'Backspace'])
      expect(teachAction(key)).toBe('previous');
  });
  it('black the screen with B or "." and leave with Escape', () => {
    expect(teachAction('b')).toBe('black');
    expect(teachAction('.')).toBe('black');
    expect(teachAction('Escape')).toBe('exit');
  });
  it('start again with F5, and stay put with Shift+F5', () => {
    expect(teachAction('F5')).toBe('restart');
    expect(teachAction('F5', true)).toBeNull();
  });
  it('leave other keys alone', () => {
    expect(teachAction('x')).toBeNull();
    expect(teachAction('Tab')).toBeNull();
  });
});
