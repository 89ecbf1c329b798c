/** Colours and dimming shared by the canvas scene drawing (scene-draw.ts and its parts). */
import type { Tier } from '../../layout/layout';

/** Colours as on the DOM nodes and edges (tailwind.config.js, flow-model.ts). */
export const COLOURS = {
  box: '#ffffff',
  boxBorder: '#cbd5e1',
  stripe: '#5fd4c7',
  noPath: '#f87171',
  warn: '#f59e0b',
  customerFill: '#ccfbf1',
  customerBorder: '#14b8a6',
  /** Boxes too small to show a border: one flat colour per tone. */
  flat: ['#94a3b8', '#ef4444', '#f59e0b', '#14b8a6'] as readonly string[],
  reporting: '#94a3b8',
  toCustomer: '#0d9488',
  toRole: '#6366f1',
  selected: '#4f46e5',
  hovered: '#818cf8',
} as const;

/** Opaque tier band colours: the DOM bands' tints over the page's slate-50. */
export const BAND_COLOURS: Record<Tier, { fill: string; edge: string }> = {
  customers: { fill: '#f0fdfa', edge: '#ccfbf1' },
  'front-line': { fill: '#f3f9fd', edge: '#e0f2fe' },
  management: { fill: '#f4f6f9', edge: '#e2e8f0' },
  leadership: { fill: '#f1f4fd', edge: '#e0e7ff' },
};

/** Opacity of what is off a highlighted path. */
export const DIM_ALPHA = 0.22;
