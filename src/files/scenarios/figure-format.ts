/** How the figures table writes a value and a change (shared by the screen and the PDF). */
import type { FigureRow } from '../../domain/scenarios/scenario-figures';

export function formatFigure(format: FigureRow['format'], value: number | null): string {
  if (value === null) return '–';
  if (format === 'share') return `${Math.round(value * 1000) / 10}%`;
  if (format === 'decimal') return String(Math.round(value * 100) / 100);
  return String(value);
}

/** "+3", "−2.5 pts", "no change"; a share's change in percentage points. */
export function formatChange(row: FigureRow): string {
  if (row.change === null) return '–';
  if (Math.abs(row.change) < 1e-9) return 'no change';
  const sign = row.change > 0 ? '+' : '−';
  const size = Math.abs(row.change);
  if (row.format === 'share') return `${sign}${Math.round(size * 1000) / 10} pts`;
  if (row.format === 'decimal') return `${sign}${Math.round(size * 100) / 100}`;
  return `${sign}${size}`;
}

/** "up" or "down" in words, so a change never rests on colour alone. */
export function changeDirection(row: FigureRow): 'up' | 'down' | null {
  if (row.change === null || Math.abs(row.change) < 1e-9) return null;
  return row.change > 0 ? 'up' : 'down';
}
