/**
 * Arbitraries that stand in for fast-check's full-Unicode ones. Building
 * `fc.string({ unit: 'binary' })` (or anything percent-encoded, like
 * `fc.webUrl`) fills a reverse table of all 1.1 M code points first: 1.0–2.2 s
 * per process, which put three tests near the 5 s timeout on a loaded
 * machine. These draw from the same values, with the same bias towards small
 * code points, and cost nothing to build.
 */
import fc from 'fast-check';

/** The surrogates, U+D800–U+DFFF: not Unicode scalar values, so never drawn. */
const SURROGATES = { first: 0xd800, count: 0x800 };

/** The `index`th Unicode scalar value, counting past the surrogates. */
export const scalarValue = (index: number): string =>
  String.fromCodePoint(index < SURROGATES.first ? index : index + SURROGATES.count);

/** Any Unicode scalar value (surrogates excluded), as `unit: 'binary'` draws. */
export const anyCodePoint: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 0x10ffff - SURROGATES.count })
  .map(scalarValue);

/** `fc.string({ unit: 'binary', ...constraints })`. */
export const binaryString = (
  constraints: Omit<fc.StringConstraints, 'unit'> = {},
): fc.Arbitrary<string> => fc.string({ ...constraints, unit: anyCodePoint });

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** What a path segment may hold unescaped (RFC 3986 `pchar`, less percent-escapes). */
const SEGMENT_CHARS = `${ALPHANUMERIC}-._~!$&'()*+,;=:@`;

/** One code point, percent-encoded (as `fc.webSegment` escapes). */
const percentEncoded = anyCodePoint.map((char) => {
  const encoded = encodeURIComponent(char);
  return encoded !== char ? encoded : `%${char.charCodeAt(0).toString(16)}`;
});

/** `fc.webUrl({ validSchemes: ['http', 'https'] })`: scheme, authority and path. */
export const httpUrl = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('http', 'https'),
      fc.webAuthority(),
      fc.array(
        fc.string({
          unit: fc.oneof(
            { weight: 10, arbitrary: fc.constantFrom(...SEGMENT_CHARS) },
            { weight: 1, arbitrary: percentEncoded },
          ),
        }),
      ),
    )
    .map(
      ([scheme, authority, segments]) =>
        `${scheme}://${authority}${segments.map((segment) => `/${segment}`).join('')}`,
    );
