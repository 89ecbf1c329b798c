/** The stage's title font: a condensed sans where the system has one, so long titles fit. */
export const STAGE_FONT =
  "'Roboto Condensed', 'Arial Narrow', 'Liberation Sans Narrow', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";
