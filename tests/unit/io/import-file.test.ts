import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile, pickImporter, unreadableText } from '../../../src/lib/io/import-file';
import { importArgdown } from '../../../src/lib/io/importers/argdown';
import { importAif } from '../../../src/lib/io/importers/aif';
import { importKialo } from '../../../src/lib/io/importers/kialo';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
/** What a browser's `file.text()` or Node's UTF-8 read makes of these bytes. */
const asUtf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const utf16 = (text: string, order: 'le' | 'be') => {
  const bytes = Buffer.from(text, 'utf16le');
  return order === 'le' ? bytes : bytes.swap16();
};

const KIALO = fixture('kialo/numbered.txt');
const ARGDOWN = fixture('argdown/relations.argdown');
const AIF = fixture('aif/araucariadb_nodeset10.json');

describe('importFile', () => {
  it('reads each format with its importer, and names the format', async () => {
    expect(await importFile('numbered.txt', KIALO)).toEqual({
      ...importKialo(KIALO, { id: 'numbered' }),
      format: 'Kialo discussion export',
    });
    expect(await importFile('relations.argdown', ARGDOWN)).toEqual({
      ...(await importArgdown(ARGDOWN, { id: 'relations', fileName: 'relations.argdown' })),
      format: 'Argdown',
    });
    expect(await importFile('nodeset10.json', AIF)).toEqual({
      ...importAif(AIF, { id: 'nodeset10' }),
      format: 'AIF JSON (AIFdb, OVA)',
    });
    const small = fixture('maps/small.json');
    expect(await importFile('small.json', small)).toEqual({
      ok: true,
      value: JSON.parse(small),
      format: 'Warrant JSON',
    });
  });

  it('goes by content when the ending belongs to another format', async () => {
    expect((await importFile('discussion.json', KIALO)).format).toBe('Kialo discussion export');
    expect((await importFile('argument.txt', ARGDOWN)).format).toBe('Argdown');
    expect((await importFile('argument.txt', ARGDOWN)).ok).toBe(true);
  });

  it('reads the file as the format asked for, whatever it looks like', async () => {
    const forced = await importFile('numbered.txt', KIALO, { from: 'argdown' });
    expect(forced.format).toBe('Argdown');
    expect(await importFile('x.txt', KIALO, { from: 'nonsense' })).toEqual({
      ok: false,
      problems: [
        {
          path: 'x.txt',
          message: 'cannot be read as "nonsense", which is no format Warrant knows',
        },
      ],
    });
  });

  it.each(['empty.json', 'empty.txt', 'empty.argdown', 'empty.md', 'empty'])(
    'says %s is empty, under no format',
    async (name) => {
      for (const text of ['', '\uFEFF', ' \r\n\t\n']) {
        expect(await importFile(name, text)).toEqual({
          ok: false,
          problems: [{ path: name, message: 'is empty' }],
        });
      }
    },
  );

  it('says a UTF-16 file is UTF-16, with or without its byte-order mark', async () => {
    const texts = [
      asUtf8(utf16(`\uFEFF${KIALO}`, 'le')),
      asUtf8(utf16(`\uFEFF${KIALO}`, 'be')),
      asUtf8(utf16(ARGDOWN, 'le')),
      asUtf8(utf16(AIF, 'be')),
    ];
    for (const text of texts) {
      for (const name of ['x.txt', 'x.json', 'x.argdown']) {
        const result = await importFile(name, text);
        expect(result.format).toBeUndefined();
        expect(result).toEqual({
          ok: false,
          problems: [
            {
              path: name,
              message:
                'is UTF-16 text, and Warrant reads UTF-8: save it as UTF-8 (in most editors: "Save as", encoding "UTF-8") and open it again',
            },
          ],
        });
      }
    }
  });

  it('says a binary file is not text', async () => {
    const png = asUtf8(
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    );
    expect(await importFile('map.json', png)).toEqual({
      ok: false,
      problems: [
        {
          path: 'map.json',
          message:
            'is not a text file: it holds zero bytes, as images, PDFs and word-processor files do',
        },
      ],
    });
  });

  it('writes control characters from the file in messages as escapes', async () => {
    const map = { ...(JSON.parse(fixture('maps/small.json')) as object), 'a\u001b[31m\u0085': 1 };
    expect(await importFile('small.json', JSON.stringify(map))).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'unknown property "a\\u001b[31m\\u0085"' }],
      format: 'Warrant JSON',
    });
  });

  it('says which formats it reads when a file is none of them', async () => {
    expect(await importFile('notes.rtf', '{\\rtf1 Hello}')).toEqual({
      ok: false,
      problems: [
        {
          path: 'notes.rtf',
          message:
            'is not a format Warrant opens: it reads Warrant and AIF JSON, Kialo discussion exports and Argdown (.json, .txt, .argdown, .md, .markdown)',
        },
      ],
    });
  });
});

describe('unreadableText', () => {
  it('passes ordinary text', () => {
    expect(unreadableText('Discussion Title: x\n\n1. y\n')).toBeUndefined();
    expect(unreadableText(`{"a": "${'x'.repeat(100)}"}`)).toBeUndefined();
  });
});

describe('pickImporter', () => {
  it('names the importer without running it', () => {
    const picked = pickImporter('x.txt', KIALO);
    expect(picked.ok && picked.value.id).toBe('kialo');
  });
});
