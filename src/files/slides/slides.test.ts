import { unzlibSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { sampleChart } from '../../domain/samples/sample-chart';
import { generateChart } from '../../domain/samples/generate-chart';
import { TEACH_STEPS } from '../../domain/teaching/teach-steps';
import { MIN_BOX_FONT_PT, slideOf, teachSlides, type SlideBox } from './slide-scene';
import { slidesToPdf } from './slides-pdf';
import { slidesToPptx } from './slides-pptx';

const chart = sampleChart();
const step = (id: string) => TEACH_STEPS.find((s) => s.id === id)!;
const centre = (box: SlideBox) => box.x + box.width / 2;
const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** The reporting line's arrow tip lands on the box it points at (its centre x). */
function tipOf(slideId: string, reportId: string) {
  const slide = slideOf(chart, step(slideId));
  const role = chart.roles.find((r) => r.id === reportId)!;
  const own = slide.boxes.find((b) => b.id === role.id)!;
  const boss = slide.boxes.find((b) => b.id === role.reportsTo)!;
  const line = slide.lines.find(
    (l) =>
      l.kind === 'reporting' &&
      ((near(l.x1, centre(own)) && near(l.x2, centre(boss))) ||
        (near(l.x1, centre(boss)) && near(l.x2, centre(own)))),
  )!;
  return near(line.x2, centre(boss)) && !near(centre(own), centre(boss)) ? 'boss' : 'report';
}

describe('the slides of Teach', () => {
  it('are one per step, titled and captioned as the steps are', () => {
    const slides = teachSlides(chart);
    expect(slides.map((s) => s.title)).toEqual(TEACH_STEPS.map((s) => s.title));
    expect(slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(slides[0]!.caption).toMatch(/everyone faces the boss/);
  });

  it('draw reporting lines pointing at the boss on the pyramid, and at the reports from the flip on', () => {
    // A role not centred under its manager, so the two ends can be told apart.
    const report = chart.roles.find((r) => {
      const slide = slideOf(chart, step('pyramid'));
      const own = slide.boxes.find((b) => b.id === r.id);
      const boss = slide.boxes.find((b) => b.id === r.reportsTo);
      return own && boss && !near(centre(own), centre(boss));
    })!;
    expect(tipOf('pyramid', report.id)).toBe('boss');
    expect(tipOf('flip', report.id)).toBe('report');
  });

  it('label every box of the 20-role sample legibly, customers on top after the flip', () => {
    const flip = slideOf(chart, step('flip'));
    expect(flip.boxes.every((b) => b.text !== null && b.fontSize >= MIN_BOX_FONT_PT)).toBe(true);
    const top = Math.min(...flip.boxes.map((b) => b.y));
    expect(flip.boxes.filter((b) => b.y === top).every((b) => b.kind === 'customer')).toBe(true);
    expect(flip.note).toBeNull();
  });

  it('light the direct servers on "Who faces the customer?" and dim the rest', () => {
    const slide = slideOf(chart, step('who-faces'));
    const customers = new Set(chart.customers.map((c) => c.id));
    for (const role of chart.roles) {
      const box = slide.boxes.find((b) => b.id === role.id)!;
      expect(box.mark).toBe(role.serves.some((id) => customers.has(id)) ? 'serve' : 'dim');
    }
    expect(slide.figure).toMatch(/serve a customer directly/);
  });

  it('say so when a big chart is too small to label on a slide, and stay inside the slide', () => {
    const big = generateChart({ roles: 600, seed: 3 });
    const slide = slideOf(big, step('flip'));
    expect(slide.note).toMatch(/too small to label/);
    for (const box of slide.boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(13.34);
      expect(box.y + box.height).toBeLessThanOrEqual(7.5);
    }
  });

  it('write a PPTX with one slide per step, the chart as shapes with text', async () => {
    const bytes = await slidesToPptx(chart, teachSlides(chart));
    const zip = await JSZip.loadAsync(bytes);
    const slideFiles = Object.keys(zip.files).filter((name) =>
      /^ppt\/slides\/slide\d+\.xml$/.test(name),
    );
    expect(slideFiles).toHaveLength(TEACH_STEPS.length);
    const first = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(first).toContain('<a:t>The pyramid</a:t>');
    expect(first).toContain(`<a:t>${chart.roles[0]!.title}</a:t>`);
    expect(first).toContain('prst="line"');
  });

  it('write a PDF with one page per step and the titles as text', () => {
    const bytes = slidesToPdf(chart, teachSlides(chart));
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(TEACH_STEPS.length);
    // Page streams are deflated: inflate them and read the text operators.
    const streams = [...text.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
      const raw = Uint8Array.from(m[1]!, (c) => c.charCodeAt(0));
      try {
        return new TextDecoder('latin1').decode(unzlibSync(raw));
      } catch {
        return '';
      }
    });
    const all = streams.join('\n');
    expect(all).toContain('(The pyramid) Tj');
    expect(all).toContain('(How far from the customer?) Tj');
    expect(all).toMatch(/\(Step 6 of 6 · page 6\) Tj|Step 6 of 6/);
  });
});
