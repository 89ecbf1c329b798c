/**
 * Sizes Teach's boxes for the room. Text is set in screen pixels: titles at
 * TITLE_PX, measured in the stage's own font, wrapped on words into boxes of
 * one width; the box width is chosen (among a few) so that the whole picture,
 * laid out at that size, fits the stage at the largest scale, which keeps the
 * titles of a chart of up to 25 roles at 28 px or more at 1920×1080. A big
 * chart takes the default boxes unmeasured (the search lays it out once per
 * width tried).
 */
import type { Chart } from '../../domain/chart';
import { stepPicture, type StepPicture, type TeachView } from '../../layout/teach/step-layouts';
import { wrapWords } from './wrap-words';

/** Title size in layout units: on screen it is this times the stage's scale. */
export const TITLE_PX = 30;
/** Padding inside a box, in layout units. */
export const BOX_PAD = 10;
/** Gaps between neighbours and between rows, in layout units. Tier and row labels sit in the row gap. */
export const TEACH_GAP_X = 16;
export const TEACH_GAP_Y = 40;
const LINE = 1.14;
const MAX_LINES = 3;
/** Above this many roles the boxes are not searched for (one layout per view). */
const SEARCH_UP_TO = 200;
const WIDTHS = [150, 170, 190, 210, 240, 280, 320, 380];
/** The scale never grows text past this (a chart of three roles is not a poster). */
const MAX_SCALE = 1.6;

/** Width of a line of text at `px` in the title font, in layout units. */
export type Measure = (text: string, px: number) => number;

/** A rough measure for where there is no canvas (tests): an average condensed bold glyph. */
export const roughMeasure: Measure = (text, px) => text.length * px * 0.5;

/** Wraps `text` on words into lines no wider than `width` at `px` (a longer word keeps a line of its own). */
export function wrapToWidth(text: string, width: number, px: number, measure: Measure): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(next, px) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface TeachFit {
  picture: StepPicture;
  /** Screen pixels per layout unit. */
  scale: number;
  /** The title size in layout units. */
  titlePx: number;
  /** Each node's title lines. */
  lines: Map<string, string[]>;
  /** Whether boxes have room for the person's name under the title. */
  persons: boolean;
}

interface Stage {
  width: number;
  height: number;
}

/** The picture's box with the half row gap above and below (the bands' edges), where the top labels sit. */
export function framed(picture: StepPicture): StepPicture['bounds'] {
  const { bounds } = picture;
  return {
    x: bounds.x - TEACH_GAP_X,
    y: bounds.y - TEACH_GAP_Y / 2,
    width: bounds.width + 2 * TEACH_GAP_X,
    height: bounds.height + TEACH_GAP_Y,
  };
}

function scaleFor(picture: StepPicture, stage: Stage): number {
  const box = framed(picture);
  if (box.width <= 0 || box.height <= 0) return 1;
  return Math.min(MAX_SCALE, stage.width / box.width, stage.height / box.height);
}

function titlesOf(chart: Chart): Map<string, string> {
  const titles = new Map<string, string>();
  for (const role of chart.roles) titles.set(role.id, role.title);
  for (const customer of chart.customers) titles.set(customer.id, customer.name);
  return titles;
}

function fitAt(
  chart: Chart,
  view: TeachView,
  stage: Stage,
  width: number,
  titles: Map<string, string>,
  measure: Measure,
  persons: boolean,
  shaped: boolean,
  order?: 'sweeps',
): TeachFit {
  const lines = new Map<string, string[]>();
  const customers = new Set(chart.customers.map((customer) => customer.id));
  let most = 1;
  let mostCustomer = 1;
  for (const [id, title] of titles) {
    const wrapped = wrapToWidth(title, width - 2 * BOX_PAD, TITLE_PX, measure);
    const kept = wrapped.length > MAX_LINES ? wrapWords(title, 24, MAX_LINES) : wrapped;
    lines.set(id, kept);
    if (customers.has(id)) mostCustomer = Math.max(mostCustomer, kept.length);
    else most = Math.max(most, kept.length);
  }
  const roleHeight =
    most * TITLE_PX * LINE + (persons ? TITLE_PX * 0.8 * LINE : 0) + 2 * BOX_PAD + 4;
  const customerHeight = mostCustomer * TITLE_PX * LINE + 2 * BOX_PAD + 4;
  const picture = stepPicture(chart, view, {
    order,
    targetAspect: shaped && stage.height > 0 ? stage.width / stage.height : undefined,
    gapX: TEACH_GAP_X,
    gapY: TEACH_GAP_Y,
    sizeOf: (kind) =>
      kind === 'role' ? { width, height: roleHeight } : { width, height: customerHeight },
  });
  return { picture, scale: scaleFor(picture, stage), titlePx: TITLE_PX, lines, persons };
}

/** The widest word of any title, at TITLE_PX, padded: no box is narrower. */
function widestWord(titles: Map<string, string>, measure: Measure): number {
  let widest = 0;
  for (const title of titles.values()) {
    for (const word of title.split(/\s+/)) widest = Math.max(widest, measure(word, TITLE_PX));
  }
  return Math.ceil(widest) + 2 * BOX_PAD + 2;
}

/**
 * The best-fitting sizes of `chart` in `view` on a stage of this size.
 * `shaped`, for a big chart's blocks: stack a manager's reports with no
 * reports of their own in columns to shape the picture like the stage, and
 * always keep room for the second line (a block's size). A small chart keeps
 * every row side by side, as a room knows an org chart.
 */
export function teachFit(
  chart: Chart,
  view: TeachView,
  stage: Stage,
  measure: Measure,
  shaped = false,
): TeachFit {
  const titles = titlesOf(chart);
  const hasPersons = chart.roles.some((role) => role.person);
  const least = widestWord(titles, measure);
  if (chart.roles.length > SEARCH_UP_TO) {
    return fitAt(chart, view, stage, Math.max(240, least), titles, measure, hasPersons, shaped);
  }
  // The search orders the distance view's rows by sweeps (linear); the one
  // chosen is laid out again in the view's own order (dagre, for a small chart).
  let best: { width: number; persons: boolean; scale: number } | null = null;
  for (const persons of hasPersons ? (shaped ? [true] : [true, false]) : [false]) {
    for (const width of [least, ...WIDTHS.filter((w) => w > least)]) {
      const { scale } = fitAt(
        chart,
        view,
        stage,
        width,
        titles,
        measure,
        persons,
        shaped,
        'sweeps',
      );
      if (!best || scale > best.scale + 0.01) best = { width, persons, scale };
    }
    // Names under titles when that still keeps titles at 28 px or more on screen.
    if (best && best.scale * TITLE_PX >= 28) break;
  }
  return fitAt(chart, view, stage, best!.width, titles, measure, best!.persons, shaped);
}
