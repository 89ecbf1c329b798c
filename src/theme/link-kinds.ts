/**
 * The two kinds of link on a chart, named once: a reporting line (a role to
 * its manager) and a service link (a role to a customer or to a role it
 * serves). The canvas, the big-chart scene and the store all read them here.
 */
export const LINK_KINDS = ['reporting', 'service'] as const;

export type LinkKind = (typeof LINK_KINDS)[number];

/**
 * The kinds as small numbers, for the typed arrays of the big-chart scene,
 * where a service link is drawn differently by what it reaches.
 */
export const LINK_CODES = { reporting: 0, toCustomer: 1, toRole: 2 } as const;

export type LinkCode = (typeof LINK_CODES)[keyof typeof LINK_CODES];

/** One link on the chart: its kind and its two ends (`from` reports to, or serves, `to`). */
export type LinkRef = {
  kind: LinkKind;
  from: string;
  to: string;
};

/** Which links the canvas draws: every one, only the selection's, or none (the chart's shape alone). */
export const LINKS_SHOWN = ['all', 'selected', 'none'] as const;

export type LinksShown = (typeof LINKS_SHOWN)[number];

/** The words of the canvas's "Links" control. */
export const LINKS_SHOWN_WORDS: Record<LinksShown, string> = {
  all: 'All',
  selected: 'Selected',
  none: 'None',
};
/**
 * The colours links are drawn in, on the canvas and in the SVG, PNG and PDF
 * exports alike: a reporting line slate, a service link to a customer teal
 * (the customer's colour family), one to another role indigo.
 */
export const LINK_COLOURS = {
  reporting: '#94a3b8',
  toCustomer: '#0d9488',
  toRole: '#6366f1',
} as const;
