/** Measures a string's width in CSS pixels for a given CSS font. */
export type Measure = (text: string, font: string) => number;

export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

/**
 * A canvas-free estimate for Node and workers: generous on purpose, since a
 * box slightly too wide looks fine and one too narrow clips its text.
 */
export const estimateWidth: Measure = (text, font) => {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 13);
  const factor = /bold|[6-9]00/.test(font) ? 0.62 : 0.58;
  return text.length * size * factor;
};

/** Real glyph widths from a 2D canvas, cached because labels repeat words. */
export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return estimateWidth;
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

/**
 * Greedy word wrap. Words are measured one at a time and summed with the width
 * of a space, so a measure that caches (see `canvasMeasure`) hits on every
 * repeated word; a word longer than the line is split so nothing overflows.
 */
export function wrapText(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  const space = measure(' ', font);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = measure(word, font);
    if (line !== '' && lineWidth + space + wordWidth <= maxWidth) {
      line = `${line} ${word}`;
      lineWidth += space + wordWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    if (wordWidth <= maxWidth) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    // Split by code point, never inside a surrogate pair.
    let rest = Array.from(word);
    while (rest.length > 1 && measure(rest.join(''), font) > maxWidth) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut).join(''), font) > maxWidth) cut--;
      lines.push(rest.slice(0, cut).join(''));
      rest = rest.slice(cut);
    }
    line = rest.join('');
    lineWidth = measure(line, font);
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}
