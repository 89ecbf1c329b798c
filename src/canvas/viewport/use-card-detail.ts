/**
 * The card level (nodes/card-detail.ts) for the viewport's zoom: a selector
 * on React Flow's store, so the canvas re-renders only when the level
 * changes, never on every frame of a zoom.
 */
import { useStore } from '@xyflow/react';
import { cardDetailAt, type CardDetail } from '../nodes/card-detail';

export function useCardDetail(enlargement: number, legiblePx?: number): CardDetail {
  return useStore((state) => cardDetailAt(state.transform[2] * enlargement, legiblePx));
}
