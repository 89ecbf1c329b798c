/** Colours and dimming shared by the canvas scene drawing (scene-draw.ts and its parts). */
import { blended, PAGE_BACKGROUND } from '../../theme/palette';
import { TIER_COLOURS, TIERS, type Tier } from '../../theme/tiers';

/** Colours as on the DOM nodes and edges (tailwind.config.js, flow-model.ts). */
export const COLOURS = {
  box: '#ffffff',
  boxBorder: '#cbd5e1',
  stripe: '#5fd4c7',
  noPath: '#f87171',
  warn: '#f59e0b',
  customerFill: '#ccfbf1',
  customerBorder: '#14b8a6',
  /** The compare view's tones (compare-nodes.tsx: emerald added, amber changed, slate ghosts). */
  added: '#059669',
  changed: '#f59e0b',
  ghost: '#94a3b8',
  /** Boxes too small to show a border: one flat colour per tone (indexed by TONE). */
  flat: [
    '#94a3b8',
    '#ef4444',
    '#f59e0b',
    '#14b8a6',
    '#059669',
    '#d97706',
    '#cbd5e1',
  ] as readonly string[],
  reporting: '#94a3b8',
  toCustomer: '#0d9488',
  toRole: '#6366f1',
  selected: '#4f46e5',
  hovered: '#818cf8',
} as const;

/** Opaque tier band colours: the DOM bands' tints (src/theme/tiers.ts) over the page. */
export const BAND_COLOURS = Object.fromEntries(
  TIERS.map((tier) => {
    const { band, bandAlpha, edge } = TIER_COLOURS[tier];
    return [tier, { fill: blended(band, bandAlpha, PAGE_BACKGROUND), edge }];
  }),
) as Record<Tier, { fill: string; edge: string }>;

/** Opacity of what is off a highlighted path. */
export const DIM_ALPHA = 0.22;
