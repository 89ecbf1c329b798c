/**
 * Browser only: an SVG export rendered to PNG on a canvas (at 2x, less for a
 * chart too large for the browser's canvas), with the chart's Upturn JSON
 * added so Import can reopen the image.
 */
import type { Chart } from '../../domain/chart';
import { pngScale, svgSize } from '../export/chart-export';
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

/** What `svgToPng` made: the PNG's bytes and the scale it was drawn at. */
export interface RenderedPng {
  bytes: Uint8Array;
  scale: number;
}

/** Renders `svg` (an Upturn SVG export) to PNG bytes carrying `chart`. */
export async function svgToPng(svg: string, chart: Chart): Promise<RenderedPng> {
  const { width, height } = svgSize(svg);
  const scale = pngScale(width, height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await canvasBlob(canvas);
    const png = new Uint8Array(await blob.arrayBuffer());
    return { bytes: embedChartInPng(png, chart), scale };
  } finally {
    URL.revokeObjectURL(url);
  }
}
