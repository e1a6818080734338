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

/** Greedy word wrap; a word longer than the line is split so nothing overflows. */
export function wrapText(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, font) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (measure(line, font) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), font) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}
