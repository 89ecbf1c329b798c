/**
 * What the pointer is over in the overview: a tiny store outside React state,
 * so moving the pointer re-renders the label alone, never the canvas.
 */
export interface Hovered {
  /** The box's index in the scene. */
  box: number;
  title: string;
  /** The pointer, relative to the pane (CSS pixels). */
  x: number;
  y: number;
}

export class HoverStore {
  private value: Hovered | null = null;
  private listeners = new Set<() => void>();

  get = (): Hovered | null => this.value;

  set(value: Hovered | null): void {
    const before = this.value;
    if (before === value) return;
    if (before && value && before.box === value.box && before.x === value.x && before.y === value.y)
      return;
    this.value = value;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
