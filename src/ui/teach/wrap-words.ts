/**
 * Text wrapped on words into at most `maxLines` lines of about `perLine`
 * characters. Never cuts a word: a word longer than a line has a line of its
 * own, and text that still does not fit ends on the last whole word with "…".
 */
export function wrapWords(text: string, perLine: number, maxLines = Infinity): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && next.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}
