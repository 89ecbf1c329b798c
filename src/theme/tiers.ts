/**
 * The tiers of the inverted triangle, named and coloured once: the canvas's
 * bands and labels, the big-chart overview and the SVG/PNG/PDF exports all
 * paint them from here, and the Tailwind theme (`@theme` in src/app/index.css,
 * kept equal by a unit test) carries the same colours as `--color-tier-*`.
 */
export const TIERS = ['customers', 'front-line', 'management', 'leadership'] as const;

export type Tier = (typeof TIERS)[number];

/** What a tier is called on screen and in exports. */
export const TIER_LABELS: Record<Tier, string> = {
  customers: 'Customers',
  'front-line': 'Front line',
  management: 'Management',
  leadership: 'Leadership',
};

export interface TierColours {
  /** The band's fill, drawn at `bandAlpha` over the background. */
  band: string;
  bandAlpha: number;
  /** The band's top and bottom edge. */
  edge: string;
  /** The label's text, fill and border. */
  ink: string;
  label: string;
  labelEdge: string;
}

/** Teal for the customers, sky for the front line, slate for management, indigo for leadership. */
export const TIER_COLOURS: Record<Tier, TierColours> = {
  customers: {
    band: '#f0fdfa',
    bandAlpha: 0.8,
    edge: '#ccfbf1',
    ink: '#115e59',
    label: '#f0fdfa',
    labelEdge: '#99f6e4',
  },
  'front-line': {
    band: '#f0f9ff',
    bandAlpha: 0.6,
    edge: '#e0f2fe',
    ink: '#075985',
    label: '#f0f9ff',
    labelEdge: '#bae6fd',
  },
  management: {
    band: '#f1f5f9',
    bandAlpha: 0.5,
    edge: '#e2e8f0',
    ink: '#475569',
    label: '#ffffff',
    labelEdge: '#e2e8f0',
  },
  leadership: {
    band: '#eef2ff',
    bandAlpha: 0.6,
    edge: '#e0e7ff',
    ink: '#3730a3',
    label: '#eef2ff',
    labelEdge: '#c7d2fe',
  },
};
