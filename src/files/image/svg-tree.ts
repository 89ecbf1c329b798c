/**
 * A tiny element tree and the one serialiser that turns it into XML text.
 * Exports build SVG as data (`el('text', { x: 4 }, 'Cashier')`) and never
 * splice user text into markup: every attribute value and text node passes
 * through the escapers below, so a title like `<img src=x onerror=alert(1)>`
 * stays text.
 */

/** Attribute values; `undefined` leaves the attribute out. */
export type Attrs = Record<string, string | number | undefined>;

/** An XML element: a tag, its attributes, and either children or text. */
export interface SvgElement {
  tag: string;
  attrs?: Attrs;
  children?: SvgElement[];
  /** Text content (escaped on output); used when there are no children. */
  text?: string;
}

/** Build an element. A string child becomes the element's text. */
export function el(
  tag: string,
  attrs: Attrs = {},
  ...children: (SvgElement | string)[]
): SvgElement {
  const element: SvgElement = { tag, attrs };
  const text = children.filter((child): child is string => typeof child === 'string');
  const elements = children.filter((child): child is SvgElement => typeof child !== 'string');
  if (text.length > 0) element.text = text.join('');
  if (elements.length > 0) element.children = elements;
  return element;
}

/**
 * Characters XML 1.0 forbids even as references (C0 controls other than tab,
 * LF and CR; U+FFFE, U+FFFF; unpaired surrogates). A file carrying them
 * would not open, so they become U+FFFD.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an element. */
export function escapeText(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Text safe inside a double-quoted attribute (line breaks and tabs kept as references). */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** Undo XML escaping: the five named entities and numeric references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
    switch (entity) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code =
          entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
      }
    }
  });
}

const NAME = /^[A-Za-z_][\w.:-]*$/;

/** Numbers as SVG reads them: at most two decimals, no "-0", never NaN. */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function write(element: SvgElement, out: string[]): void {
  // Tags and attribute names come from code, never from files; checked anyway.
  if (!NAME.test(element.tag)) throw new Error(`Not an XML name: ${element.tag}`);
  out.push('<', element.tag);
  for (const [name, value] of Object.entries(element.attrs ?? {})) {
    if (value === undefined) continue;
    if (!NAME.test(name)) throw new Error(`Not an XML name: ${name}`);
    const text = typeof value === 'number' ? formatNumber(value) : escapeAttribute(value);
    out.push(' ', name, '="', text, '"');
  }
  const children = element.children ?? [];
  if (children.length === 0 && element.text === undefined) {
    out.push('/>');
    return;
  }
  out.push('>');
  if (element.text !== undefined) out.push(escapeText(element.text));
  for (const child of children) {
    if (children.length > 1) out.push('\n');
    write(child, out);
  }
  if (children.length > 1) out.push('\n');
  out.push('</', element.tag, '>');
}

/** The element as XML text (with an XML declaration when `declaration` is true). */
export function serialiseXml(root: SvgElement, declaration = true): string {
  const out: string[] = declaration ? ['<?xml version="1.0" encoding="UTF-8"?>\n'] : [];
  write(root, out);
  out.push('\n');
  return out.join('');
}
