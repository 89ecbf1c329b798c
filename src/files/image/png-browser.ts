/**
 * Browser only: an SVG export rendered to PNG on a canvas (at 2x, less for a
 * chart too large for the browser's canvas: up to 16,384 px a side in
 * Chromium, and smaller again if this browser or its memory refuses that),
 * with the chart's Upturn JSON added so Import can reopen the image.
 */
import type { Chart } from '../../domain/chart';
import { pngSize, svgSize } from '../export/chart-export';
import { embedChartInPng } from './png-metadata';

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart image could not be drawn.'));
    image.src = url;
  });
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('The browser could not make a PNG this large.'));
    }, 'image/png');
  });
}

/** What `svgToPng` made: the PNG's bytes, its size, and the scale it was drawn at. */
export interface RenderedPng {
  bytes: Uint8Array;
  scale: number;
  width: number;
  height: number;
  /** True when the browser's limit made it smaller than 2x. */
  limited: boolean;
}

/** Halvings tried when the browser cannot make a canvas as large as its stated limit. */
const RETRIES = 3;

async function draw(image: HTMLImageElement, width: number, height: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  try {
    return await canvasBlob(canvas);
  } finally {
    // Let go of the pixels at once: a 16k canvas holds a gigabyte.
    canvas.width = 0;
    canvas.height = 0;
  }
}

/** Renders `svg` (an Upturn SVG export) to PNG bytes carrying `chart`. */
export async function svgToPng(svg: string, chart: Chart): Promise<RenderedPng> {
  const { width, height } = svgSize(svg);
  let size = pngSize(width, height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    for (let attempt = 0; ; attempt += 1) {
      try {
        const blob = await draw(image, size.width, size.height);
        const png = new Uint8Array(await blob.arrayBuffer());
        return { bytes: embedChartInPng(png, chart), ...size };
      } catch (error) {
        if (attempt >= RETRIES || !size.limited) throw error;
        const scale = size.scale / 2;
        size = {
          width: Math.max(1, Math.round(width * scale)),
          height: Math.max(1, Math.round(height * scale)),
          scale,
          limited: true,
        };
      }
    }
  } finally {
    URL.revokeObjectURL(url);
  }
}
