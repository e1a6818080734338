/**
 * WOFF 1.0 to a plain TrueType/OpenType file, which is what jsPDF embeds.
 * WOFF 1.0 is the sfnt's tables, each zlib-compressed on its own
 * (https://www.w3.org/TR/WOFF/), so the browser's own DecompressionStream
 * undoes it: no inflate library joins the PDF code for this (the npm
 * converters bundle pako, and font engines such as fontkit are far larger).
 */

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface Table {
  tag: number;
  checksum: number;
  data: Uint8Array;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Rebuilds the sfnt from a WOFF file, tables in the WOFF's (tag-sorted) order. */
export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < WOFF_HEADER || view.getUint32(0) !== WOFF_SIGNATURE) {
    throw new Error('not a WOFF 1.0 font');
  }
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const entry = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = view.getUint32(entry + 4);
    const compLength = view.getUint32(entry + 8);
    const origLength = view.getUint32(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    // A table is stored uncompressed when compressing would not have made it smaller.
    const data = compLength < origLength ? await inflate(raw) : raw;
    if (data.byteLength !== origLength) throw new Error('WOFF table has the wrong length');
    tables.push({ tag: view.getUint32(entry), checksum: view.getUint32(entry + 16), data });
  }
  const padded = (length: number) => (length + 3) & ~3;
  const size = tables.reduce(
    (total, table) => total + padded(table.data.byteLength),
    SFNT_HEADER + SFNT_ENTRY * count,
  );
  const out = new Uint8Array(size);
  const sfnt = new DataView(out.buffer);
  // The binary-search fields of the sfnt header, as the OpenType spec defines them.
  const entrySelector = Math.floor(Math.log2(Math.max(count, 1)));
  const searchRange = 2 ** entrySelector * SFNT_ENTRY;
  sfnt.setUint32(0, flavor);
  sfnt.setUint16(4, count);
  sfnt.setUint16(6, searchRange);
  sfnt.setUint16(8, entrySelector);
  sfnt.setUint16(10, count * SFNT_ENTRY - searchRange);
  let offset = SFNT_HEADER + SFNT_ENTRY * count;
  tables.forEach((table, i) => {
    const entry = SFNT_HEADER + i * SFNT_ENTRY;
    sfnt.setUint32(entry, table.tag);
    sfnt.setUint32(entry + 4, table.checksum);
    sfnt.setUint32(entry + 8, offset);
    sfnt.setUint32(entry + 12, table.data.byteLength);
    out.set(table.data, offset);
    offset += padded(table.data.byteLength);
  });
  return out;
}
