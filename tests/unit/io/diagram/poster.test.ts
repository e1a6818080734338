import { describe, expect, it } from 'vitest';
import { POSTER, pageSize, posterGrid } from '../../../../src/lib/io/diagram/poster';

describe('pageSize', () => {
  it('turns A4 and Letter either way', () => {
    expect(pageSize('a4', 'portrait')).toEqual({ width: 595.28, height: 841.89 });
    expect(pageSize('a4', 'landscape')).toEqual({ width: 841.89, height: 595.28 });
    expect(pageSize('letter', 'landscape')).toEqual({ width: 792, height: 612 });
  });
});

describe('posterGrid', () => {
  it('covers a 2000 × 1000 pt drawing with 3 × 2 A4 landscape tiles', () => {
    const grid = posterGrid({ width: 2000, height: 1000 }, pageSize('a4', 'landscape'));
    // Printable 769.89 × 523.28 pt; each tile advances that less the 18 pt overlap.
    expect(grid.area.width).toBeCloseTo(769.89, 2);
    expect(grid.area.height).toBeCloseTo(523.28, 2);
    expect([grid.columns, grid.rows, grid.tiles.length]).toEqual([3, 2, 6]);
    expect(grid.tiles.map((tile) => [tile.row, tile.column])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
    // Neighbours overlap by exactly 18 pt, and the drawing is centred in what the tiles cover.
    const [first, second] = grid.tiles;
    expect(first!.x + grid.area.width - second!.x).toBeCloseTo(POSTER.overlap, 6);
    const last = grid.tiles.at(-1)!;
    const coveredRight = last.x + grid.area.width;
    expect(-first!.x).toBeCloseTo(coveredRight - 2000, 6);
    expect(-first!.y).toBeCloseTo(last.y + grid.area.height - 1000, 6);
  });

  it('needs one page for a drawing that fits, and a new column one point past a boundary', () => {
    const page = { width: 200, height: 200 };
    const options = { margin: 10, overlap: 20 };
    // Printable 180 pt, advancing 160 pt: one tile holds 180, two 340, three 500.
    expect(posterGrid({ width: 1, height: 1 }, page, options).tiles).toHaveLength(1);
    expect(posterGrid({ width: 180, height: 180 }, page, options).tiles).toHaveLength(1);
    expect(posterGrid({ width: 181, height: 180 }, page, options).columns).toBe(2);
    expect(posterGrid({ width: 340, height: 180 }, page, options).columns).toBe(2);
    expect(posterGrid({ width: 341, height: 500 }, page, options)).toMatchObject({
      columns: 3,
      rows: 3,
    });
  });

  it('refuses margins that leave no room', () => {
    expect(() =>
      posterGrid({ width: 10, height: 10 }, { width: 50, height: 50 }, { margin: 20, overlap: 10 }),
    ).toThrow('too small');
  });
});
