/**
 * The command line's image options: which formats are images, the flags they
 * take, and how those become the Export menu's options. Kept apart from the
 * drawing (./render-image.ts), which loads Vite and Playwright.
 */
import {
  DIAGRAM_FORMATS,
  PAGE_SIZES,
  PNG_SIZES,
  type DiagramFormat,
  type DiagramOptions,
} from '../../src/lib/io/diagram/options';

export const isImageFormat = (format: string): format is DiagramFormat =>
  (DIAGRAM_FORMATS as readonly string[]).includes(format);

/** The image options `parseArgs` accepts besides the data export's. */
export const IMAGE_CLI_OPTIONS = {
  size: { type: 'string' },
  background: { type: 'string' },
  'no-legend': { type: 'boolean' },
  page: { type: 'string' },
  orientation: { type: 'string' },
  poster: { type: 'boolean' },
} as const;

export const IMAGE_USAGE = [
  'images (drawn by the built app in Chromium; run `npm run build` first):',
  `  --to png [--size ${PNG_SIZES.join('|')}|WIDTH] [--background white|transparent]`,
  `  --to pdf [--page ${PAGE_SIZES.join('|')}] [--orientation landscape|portrait] [--poster]`,
  '  --to svg; any of them [--no-legend]. Default file: MAP-ID-whole.EXT',
].join('\n');

/** What the command line asks of the Export menu's options: the format, and what it changes. */
export type ImageOptions = Partial<DiagramOptions> & { format: DiagramFormat };

type ImageArgs = {
  [K in keyof typeof IMAGE_CLI_OPTIONS]?: K extends 'size' | 'background' | 'page' | 'orientation'
    ? string
    : boolean;
};

/** Reads the image options; a message naming the bad one when a value is not offered. */
export function imageOptions(
  format: DiagramFormat,
  args: ImageArgs,
): { ok: true; value: ImageOptions } | { ok: false; message: string } {
  const options: ImageOptions = { format, scope: 'whole' };
  const bad = (name: string, value: string, allowed: readonly string[]) => ({
    ok: false as const,
    message: `--${name} "${value}" is not one of: ${allowed.join(', ')}`,
  });
  if (args.size !== undefined) {
    // A bare width ("1920") names the same size as "1920px".
    const size = /^\d+$/.test(args.size) ? `${args.size}px` : args.size;
    const known = PNG_SIZES.find((candidate) => candidate === size);
    if (known === undefined) return bad('size', args.size, PNG_SIZES);
    options.pngSize = known;
  }
  if (args.background !== undefined) {
    if (args.background !== 'white' && args.background !== 'transparent') {
      return bad('background', args.background, ['white', 'transparent']);
    }
    options.background = args.background;
  }
  if (args.page !== undefined) {
    const page = PAGE_SIZES.find((candidate) => candidate === args.page);
    if (page === undefined) return bad('page', args.page, PAGE_SIZES);
    options.page = page;
  }
  if (args.orientation !== undefined) {
    if (args.orientation !== 'landscape' && args.orientation !== 'portrait') {
      return bad('orientation', args.orientation, ['landscape', 'portrait']);
    }
    options.orientation = args.orientation;
  }
  if (args.poster) {
    if (options.page === undefined || options.page === 'fit') {
      return { ok: false, message: '--poster needs --page a4 or --page letter' };
    }
    options.pdfPages = 'poster';
  }
  if (args['no-legend']) options.legend = false;
  return { ok: true, value: options };
}
