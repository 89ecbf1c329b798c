/**
 * Tells the editor the canvas's shape, so the layout aims the chart at it
 * (the compact layout stacks reports until the chart is shaped like the
 * canvas). The shape is the canvas's box less the margins a fit keeps free
 * (the tier labels on the left, the zoom controls and minimap).
 */
import { useEffect, type RefObject } from 'react';
import { useEditorStore } from '../../editor/use-editor';

export interface FitMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export function useLayoutAspect(wrapper: RefObject<HTMLElement | null>, margins: FitMargins): void {
  const store = useEditorStore();
  const { top, right, bottom, left } = margins;
  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    const tell = () => {
      const width = element.clientWidth - left - right;
      const height = element.clientHeight - top - bottom;
      if (width > 0 && height > 0) store.getState().setLayoutAspect(width / height);
    };
    tell();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(tell);
    observer.observe(element);
    return () => observer.disconnect();
  }, [wrapper, store, top, right, bottom, left]);
}
