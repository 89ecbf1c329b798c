import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE, withAlpha } from './palette';
import { TIER_COLOURS, TIERS } from './tiers';

const root = new URL('../../', import.meta.url);
const css = readFileSync(new URL('src/app/index.css', root), 'utf8');
const tailwindConfig = readFileSync(new URL('tailwind.config.js', root), 'utf8');

/** The `--name: value;` declarations of the CSS's `@theme` block. */
function themeTokens(text: string): Map<string, string> {
  const block = /@theme\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
  return new Map(
    [...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()] as const),
  );
}

describe('the theme tokens', () => {
  it('are the Tailwind @theme tier colours, token for token', () => {
    const expected = new Map<string, string>();
    for (const tier of TIERS) {
      const c = TIER_COLOURS[tier];
      expected.set(`color-tier-${tier}`, c.band);
      expected.set(`color-tier-${tier}-edge`, c.edge);
      expected.set(`color-tier-${tier}-ink`, c.ink);
      expected.set(`color-tier-${tier}-label`, c.label);
      expected.set(`color-tier-${tier}-label-edge`, c.labelEdge);
    }
    expect(themeTokens(css)).toEqual(expected);
  });

  it('are the colours tailwind.config.js gives ink, customer, flag, warn and brand', () => {
    for (const [name, shades] of Object.entries(PALETTE)) {
      const inner = Object.entries(shades)
        .map(([shade, value]) => `${shade}: '${value}'`)
        .join(', ');
      expect(tailwindConfig).toContain(`${name}: { ${inner} }`);
    }
  });

  it('writes a colour at an alpha as CSS does', () => {
    expect(withAlpha('#f0fdfa', 0.8)).toBe('rgb(240 253 250 / 0.8)');
  });
});
