/**
 * Which embedded font draws each character of a label, as pure functions:
 * the PDF has no font fallback, so a line mixing scripts is cut into runs,
 * each set in one font that has all of its glyphs.
 */

/** jsPDF's style names; italics mark unstated premises. */
export type FontStyle = 'normal' | 'bold' | 'italic' | 'bolditalic';

export const isBold = (style: FontStyle): boolean => style === 'bold' || style === 'bolditalic';
export const isItalic = (style: FontStyle): boolean => style === 'italic' || style === 'bolditalic';

/** A font as jsPDF names it: a family registered with `addFont`, and a style. */
export interface Face {
  family: string;
  style: FontStyle;
}

export interface Run {
  text: string;
  face: Face;
}

/** Cuts `text` into runs of consecutive code points that `faceOf` puts in the same face. */
export function splitRuns(text: string, faceOf: (codePoint: number) => Face): Run[] {
  const runs: Run[] = [];
  for (const char of text) {
    const face = faceOf(char.codePointAt(0)!);
    const last = runs.at(-1);
    if (last !== undefined && last.face.family === face.family && last.face.style === face.style) {
      last.text += char;
    } else {
      runs.push({ text: char, face });
    }
  }
  return runs;
}

/** CSS `unicode-range` ("U+4e00-4e3f,U+4e45") as inclusive [first, last] pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range
    .split(',')
    .map((part) => /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => {
      const first = Number.parseInt(match[1]!, 16);
      return [first, match[2] === undefined ? first : Number.parseInt(match[2], 16)];
    });
}

/**
 * Finds the slice of a font split by `unicode-range` (as Fontsource ships
 * CJK fonts, in about a hundred files) that holds a code point. `slices`
 * maps a slice's name to its range, as Fontsource's unicode.json does.
 */
export function sliceFinder(
  slices: Readonly<Record<string, string>>,
): (codePoint: number) => string | undefined {
  const ranges = Object.entries(slices)
    .flatMap(([name, range]) => parseUnicodeRange(range).map(([from, to]) => ({ from, to, name })))
    .sort((a, b) => a.from - b.from);
  return (codePoint) => {
    // Binary search for the last range starting at or before the code point.
    let low = 0;
    let high = ranges.length - 1;
    let found: (typeof ranges)[number] | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const range = ranges[middle]!;
      if (range.from <= codePoint) {
        found = range;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found !== undefined && codePoint <= found.to ? found.name : undefined;
  };
}
