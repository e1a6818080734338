/**
 * Real fonts for the PDF, embedded (jsPDF subsets them to the glyphs used),
 * so every script prints as it reads instead of jsPDF's base-14 Helvetica,
 * which only knows Windows-1252. Loaded with the PDF code, never before.
 *
 * - DejaVu Sans (npm `dejavu-fonts-ttf`; Book 757 KB, Bold 705 KB as TTF,
 *   and the obliques for unstated premises, fetched only when one is drawn)
 *   covers Latin, Greek, Cyrillic, arrows and mathematical operators, and is
 *   the last font of the app's own font stack.
 * - Noto Sans SC (npm `@fontsource/noto-sans-sc`) covers Chinese, Japanese
 *   kana and CJK punctuation. It ships as 97 `unicode-range` slices per
 *   weight (2–54 KB each as WOFF, 3 MB in all), so only the slices holding
 *   the map's characters are fetched: a few tens of KB for a short label.
 *
 * Not covered: scripts neither font has (Arabic, Hebrew, Indic, Thai, Hangul
 * syllables beyond Noto Sans SC's), and characters outside the Basic
 * Multilingual Plane such as emoji, which jsPDF cannot encode.
 */
import type { jsPDF } from 'jspdf';
import sansUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import sansBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import sansObliqueUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import sansBoldObliqueUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf?url';
import { sliceFinder, type Face, type FontStyle } from './font-runs';
import { woffToSfnt } from './woff';

const CJK_DIR = '/node_modules/@fontsource/noto-sans-sc';
/** Slice file URLs by path; Vite copies the files and inlines only their names. */
const CJK_FILES = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-{400,700}-normal.woff',
  { query: '?url&no-inline', import: 'default', eager: true },
);
/** The slices' unicode ranges (77 KB), fetched only when some text needs CJK. */
const CJK_RANGES = import.meta.glob<string>('/node_modules/@fontsource/noto-sans-sc/unicode.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

export const SANS_FAMILY = 'WarrantSans';
const CJK_FAMILY = 'WarrantCJK';

const SANS_URL: Readonly<Record<FontStyle, string>> = {
  normal: sansUrl,
  bold: sansBoldUrl,
  italic: sansObliqueUrl,
  bolditalic: sansBoldObliqueUrl,
};
/** Noto Sans SC has no italics: CJK in an unstated premise is set upright. */
const CSS_WEIGHT: Readonly<Record<FontStyle, number>> = {
  normal: 400,
  bold: 700,
  italic: 400,
  bolditalic: 700,
};

/** What jsPDF's TrueType parser offers; its type is `any` in jsPDF's typings. */
interface FontMetadata {
  characterToGlyph(charCode: number): number;
  widthOfString(text: string, size: number, charSpace: number): number;
}

/** The fonts one PDF has embedded, and which one draws what. */
export interface FontBook {
  /** The face that has a glyph for `codePoint`, preferring `style`; DejaVu Sans when none has. */
  faceFor(codePoint: number, style: FontStyle): Face;
  /** Width of `text` set in `face` at `size`, in the units of `size`. */
  width(text: string, face: Face, size: number): number;
}

const binaries = new Map<string, Promise<string>>();

/** A font file as the binary string jsPDF's virtual file system wants, fetched once per page load. */
function fontBinary(url: string, woff: boolean): Promise<string> {
  let binary = binaries.get(url);
  if (binary === undefined) {
    binary = (async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`could not load the font ${url} (HTTP ${response.status})`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const sfnt = woff ? await woffToSfnt(bytes) : bytes;
      let text = '';
      // In chunks: spreading 700 KB into one call would overflow the stack.
      for (let i = 0; i < sfnt.length; i += 0x8000) {
        text += String.fromCharCode(...sfnt.subarray(i, i + 0x8000));
      }
      return text;
    })();
    binary.catch(() => binaries.delete(url));
    binaries.set(url, binary);
  }
  return binary;
}

async function embed(pdf: jsPDF, face: Face, url: string, woff: boolean): Promise<void> {
  const file = `${face.family}-${face.style}.ttf`;
  pdf.addFileToVFS(file, await fontBinary(url, woff));
  // No weight argument: jsPDF would fold it into the style name ("bold700").
  pdf.addFont(file, face.family, face.style);
}

function metadataOf(pdf: jsPDF, face: Face): FontMetadata {
  const current = pdf.getFont();
  pdf.setFont(face.family, face.style);
  const metadata = pdf.getFont().metadata as FontMetadata;
  pdf.setFont(current.fontName, current.fontStyle);
  return metadata;
}

/** A piece of text to be set, and in which style. */
export interface StyledText {
  text: string;
  style: FontStyle;
}

/**
 * Embeds the fonts that `texts` need and returns the book that places each
 * character. jsPDF keys glyphs by UTF-16 unit, so characters outside the BMP
 * get the missing-glyph box.
 */
export async function embedFonts(pdf: jsPDF, texts: readonly StyledText[]): Promise<FontBook> {
  const styles = [...new Set<FontStyle>(['normal', ...texts.map((text) => text.style)])];
  await Promise.all(
    styles.map((style) => embed(pdf, { family: SANS_FAMILY, style }, SANS_URL[style], false)),
  );
  const faces = new Map<string, FontMetadata>();
  const key = (face: Face) => `${face.family}/${face.style}`;
  for (const style of styles) {
    const face = { family: SANS_FAMILY, style };
    faces.set(key(face), metadataOf(pdf, face));
  }
  const has = (face: Face, codePoint: number) =>
    codePoint <= 0xffff && (faces.get(key(face))?.characterToGlyph(codePoint) ?? 0) > 0;
  const inSans = (codePoint: number) => has({ family: SANS_FAMILY, style: 'normal' }, codePoint);

  // Whatever DejaVu Sans lacks is looked for in Noto Sans SC's slices, in the styles it is set in.
  const missing = new Map<number, Set<FontStyle>>();
  for (const { text, style } of texts) {
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      if (codePoint > 0xffff || inSans(codePoint)) continue;
      missing.set(codePoint, (missing.get(codePoint) ?? new Set()).add(style));
    }
  }
  const sliceOfCodePoint = new Map<number, string>();
  if (missing.size > 0) {
    const rangesUrl = CJK_RANGES[`${CJK_DIR}/unicode.json`];
    if (rangesUrl === undefined) throw new Error('the CJK font ranges are missing from the build');
    const findSlice = sliceFinder(
      (await (await fetch(rangesUrl)).json()) as Record<string, string>,
    );
    const wanted = new Map<string, { slice: string; style: FontStyle }>();
    for (const [codePoint, used] of missing) {
      const slice = findSlice(codePoint)?.replace(/\D/g, '');
      if (slice === undefined || slice === '') continue;
      sliceOfCodePoint.set(codePoint, slice);
      for (const style of used) wanted.set(`${slice}/${style}`, { slice, style });
    }
    await Promise.all(
      [...wanted.values()].map(async ({ slice, style }) => {
        const url =
          CJK_FILES[`${CJK_DIR}/files/noto-sans-sc-${slice}-${CSS_WEIGHT[style]}-normal.woff`];
        if (url === undefined) return;
        const face = { family: `${CJK_FAMILY}-${slice}`, style };
        await embed(pdf, face, url, true);
        faces.set(key(face), metadataOf(pdf, face));
      }),
    );
  }

  return {
    faceFor(codePoint, style) {
      const slice = sliceOfCodePoint.get(codePoint);
      const cjk = slice === undefined ? [] : [`${CJK_FAMILY}-${slice}`];
      // The asked-for style first, then the regular face; DejaVu Sans before Noto Sans SC.
      const candidates = [style, 'normal' as const].flatMap((s) =>
        [SANS_FAMILY, ...cjk].map((family) => ({ family, style: s })),
      );
      return (
        candidates.find((face) => has(face, codePoint)) ?? { family: SANS_FAMILY, style: 'normal' }
      );
    },
    width(text, face, size) {
      return faces.get(key(face))?.widthOfString(text, size, 0) ?? 0;
    },
  };
}
