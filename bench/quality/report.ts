import type { QualityRow } from './run';

const fixed = (value: number, digits: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
const whole = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a';
const time = (ms: number) =>
  !Number.isFinite(ms)
    ? 'n/a'
    : ms < 10_000
      ? `${Math.round(ms)} ms`
      : `${(ms / 1000).toFixed(1)} s`;
const share = (count: number, of: number) =>
  `${count} (${of === 0 ? 0 : Math.round((100 * count) / of)}%)`;

/** The layout-quality table: one row per map and layout. */
export function formatQualityTable(rows: QualityRow[]): string {
  const lines = [
    '| map | layout | crossings | primary crossings | thesis at (0 = left, 1 = right) | aspect (w ÷ h) | total edge length | mean edge ÷ mean node width | edges through boxes | layout time |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const q = row.quality;
    if (q === null) {
      lines.push(`| ${row.map} | ${row.layout} | ${row.message ?? 'failed'} | | | | | | | |`);
      continue;
    }
    const meanEdge = q.totalEdgeLength / Math.max(1, row.edges);
    lines.push(
      `| ${row.map} | ${row.layout} | ${q.crossings} | ${q.primaryCrossings} | ${
        q.rootPosition === null ? 'n/a' : fixed(q.rootPosition, 2)
      } | ${fixed(q.aspectRatio, 2)} | ${whole(q.totalEdgeLength)} | ${fixed(
        meanEdge / row.meanNodeWidth,
        2,
      )} | ${share(q.edgesThroughBoxes, row.edges)} | ${time(row.ms)} |`,
    );
  }
  const counts = [...new Map(rows.map((row) => [row.map, row])).values()]
    .map((row) => `${row.map} ${row.edges} (${row.primaryEdges} primary)`)
    .join(', ');
  lines.push(
    '',
    'Edges are straight segments between node centres; pairs sharing a node do not count as crossing.',
    `Primary edges form the tree the layout hangs the map on (each statement's primary parent, through the junction of a linked group); the rest are cross-links, drawn as light curves. Edges: ${counts}.`,
    'Lengths are in each layout’s unit (px for Warrant, pt for dot); the ratio to the mean node width compares them.',
    'Graphviz dot lays out Warrant’s own DOT export (`exportDot`), with its edge labels (schemes).',
  );
  return lines.join('\n');
}
