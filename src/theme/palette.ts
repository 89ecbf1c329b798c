/**
 * The editor's colours, named by meaning (ink, customer, flag, warn, brand),
 * as the Tailwind theme knows them (tailwind.config.js; a unit test keeps the
 * two equal) and as the SVG, PNG and PDF exports paint them.
 */
export const PALETTE = {
  ink: { DEFAULT: '#0f172a', soft: '#334155', faint: '#64748b' },
  customer: { DEFAULT: '#0f766e', soft: '#ccfbf1', line: '#14b8a6' },
  flag: { DEFAULT: '#b91c1c', soft: '#fef2f2', line: '#f87171' },
  warn: { DEFAULT: '#b45309', soft: '#fffbeb' },
  brand: { DEFAULT: '#4f46e5', soft: '#eef2ff' },
} as const;

/** The page behind the canvas (Tailwind's slate-50, the body's background). */
export const PAGE_BACKGROUND = '#f8fafc';

/** `hex` drawn at `alpha` over the opaque `under`, as one opaque `#rrggbb`. */
export function blended(hex: string, alpha: number, under: string): string {
  const top = Number.parseInt(hex.slice(1), 16);
  const bottom = Number.parseInt(under.slice(1), 16);
  let out = '#';
  for (const shift of [16, 8, 0]) {
    const value = Math.round(
      ((top >> shift) & 255) * alpha + ((bottom >> shift) & 255) * (1 - alpha),
    );
    out += value.toString(16).padStart(2, '0');
  }
  return out;
}

/** A `#rrggbb` colour at `alpha`, as CSS writes it (`rgb(r g b / a)`). */
export function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255} ${(value >> 8) & 255} ${value & 255} / ${alpha})`;
}
