import { readFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../../../src/lib/io/diagram/woff';
import { repoPath } from '../export-helpers';

const SLICE = 'node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-118-400-normal.woff';

/** The OpenType table checksum: the sum of the big-endian 32-bit words, zero-padded. */
function checksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.byteLength + 3) & ~3);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('woffToSfnt', () => {
  it('rebuilds a TrueType font whose tables match their checksums', async () => {
    const sfnt = await woffToSfnt(new Uint8Array(readFileSync(repoPath(SLICE))));
    const view = new DataView(sfnt.buffer);
    expect(view.getUint32(0)).toBe(0x00010000);
    const count = view.getUint16(4);
    expect(count).toBeGreaterThan(8);
    const tags: string[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 12 + i * 16;
      const tag = String.fromCharCode(...sfnt.subarray(entry, entry + 4));
      tags.push(tag);
      const offset = view.getUint32(entry + 8);
      expect(offset % 4, tag).toBe(0);
      const data = sfnt.slice(offset, offset + view.getUint32(entry + 12));
      // `head` is summed with its checksumAdjustment field (bytes 8–11) as zero.
      if (tag === 'head') data.fill(0, 8, 12);
      expect(checksum(data), tag).toBe(view.getUint32(entry + 4));
    }
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'loca']));
  });

  it('gives jsPDF a font it can embed, with the slice’s characters', async () => {
    const sfnt = await woffToSfnt(new Uint8Array(readFileSync(repoPath(SLICE))));
    const pdf = new jsPDF();
    pdf.addFileToVFS('slice.ttf', Buffer.from(sfnt).toString('latin1'));
    pdf.addFont('slice.ttf', 'Slice', 'normal');
    pdf.setFont('Slice', 'normal');
    const metadata = pdf.getFont().metadata as { characterToGlyph(code: number): number };
    // 产 and 主 are in slice 118 of Noto Sans SC; Latin "A" is not.
    expect(metadata.characterToGlyph('产'.charCodeAt(0))).toBeGreaterThan(0);
    expect(metadata.characterToGlyph('主'.charCodeAt(0))).toBeGreaterThan(0);
    expect(metadata.characterToGlyph('A'.charCodeAt(0))).toBe(0);
  });

  it('refuses what is not WOFF 1.0', async () => {
    await expect(woffToSfnt(new Uint8Array(64))).rejects.toThrow('not a WOFF 1.0 font');
  });
});
