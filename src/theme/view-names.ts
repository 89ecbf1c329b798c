/**
 * What each view is called on screen and in exports, once: the view switch,
 * the export menu and the PDF's subtitle read these.
 */
export const VIEW_NAMES = {
  'customer-first': 'Customer first',
  traditional: 'Traditional',
  'service-distance': 'Service distance',
} as const satisfies Record<'customer-first' | 'traditional' | 'service-distance', string>;
