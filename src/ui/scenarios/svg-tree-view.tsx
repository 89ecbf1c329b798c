/**
 * Draws an SVG element tree (files/image/svg-tree.ts) as React elements, so a
 * plot made for the PDF is the very plot on screen. Text stays text: nothing
 * is parsed as markup.
 */
import { createElement, type ReactElement } from 'react';
import type { SvgElement } from '../../files/image/svg-tree';

/** `font-size` → `fontSize`; `class` → `className`; data- and aria- attributes as they are. */
function reactName(name: string): string {
  if (name === 'class') return 'className';
  if (name.startsWith('data-') || name.startsWith('aria-')) return name;
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function toReact(element: SvgElement, key?: number): ReactElement {
  const props: Record<string, unknown> = key === undefined ? {} : { key };
  for (const [name, value] of Object.entries(element.attrs ?? {})) {
    if (value !== undefined && name !== 'xmlns') props[reactName(name)] = value;
  }
  const children = element.children?.map((child, i) => toReact(child, i)) ?? element.text;
  return createElement(element.tag, props, children);
}

export function SvgTreeView({ tree, label }: { tree: SvgElement; label: string }) {
  const svg = toReact(tree);
  return createElement(
    'figure',
    { className: 'm-0' },
    createElement(svg.type, {
      ...(svg.props as object),
      role: 'img',
      'aria-label': label,
      style: { maxWidth: '100%', height: 'auto' },
    }),
  );
}
