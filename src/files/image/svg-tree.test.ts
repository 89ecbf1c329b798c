import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { el, escapeAttribute, escapeText, serialiseXml, unescapeXml } from './svg-tree';

describe('svg-tree', () => {
  it('escapes text and attributes', () => {
    const xml = serialiseXml(
      el('g', { 'data-id': `"><script>alert('x')</script>` }, el('text', {}, '<b>&amp;</b>')),
      false,
    );
    expect(xml).toBe(
      '<g data-id="&quot;&gt;&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"><text>&lt;b&gt;&amp;amp;&lt;/b&gt;</text></g>\n',
    );
  });

  it('keeps line breaks in attributes as references', () => {
    expect(escapeAttribute('a\nb\tc\rd')).toBe('a&#10;b&#9;c&#13;d');
  });

  it('replaces characters XML cannot carry', () => {
    expect(escapeText('a\u0000b\u0007c\uFFFFd\uD800e\u{1F642}')).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\u{1F642}',
    );
  });

  it('unescapes what it escapes (for text XML can carry)', () => {
    const xmlText = fc
      .string({ unit: 'grapheme' })
      .filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s)); // eslint-disable-line no-control-regex
    fc.assert(
      fc.property(xmlText, (text) => {
        expect(unescapeXml(escapeText(text))).toBe(text);
        expect(unescapeXml(escapeAttribute(text))).toBe(text);
      }),
    );
  });

  it('reads numeric references', () => {
    expect(unescapeXml('&#60;&#x3E;&#x1F642;&#1114112;')).toBe('<>\u{1F642}\uFFFD');
  });

  it('writes numbers tidily and leaves undefined attributes out', () => {
    expect(
      serialiseXml(el('rect', { x: 1.23456, y: -0, w: Number.NaN, h: undefined }), false),
    ).toBe('<rect x="1.23" y="0" w="0"/>\n');
  });

  it('refuses names that are not XML names', () => {
    expect(() => serialiseXml(el('g onload=alert(1)'))).toThrow(/Not an XML name/);
    expect(() => serialiseXml(el('g', { 'x"y': 1 }))).toThrow(/Not an XML name/);
  });
});
