import { describe, expect, it } from 'vitest';
import { escapeMarkdown, exportMarkdown } from '../../../src/lib/io/exporters/markdown';
import { oneLine, stripControlChars } from '../../../src/lib/io/text';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { HOSTILE_LABELS, hostileMap, loadValidMap } from './export-helpers';

const medium = await loadValidMap('tests/fixtures/maps/medium.json');

/** What a CommonMark renderer shows for backslash-escaped text. */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

const lines = (text: string) => text.split('\n');

describe('markdown exporter', () => {
  const md = exportMarkdown(medium);

  it('starts with the title and the source', () => {
    expect(lines(md).slice(0, 3)).toEqual([
      '# A four-day school week',
      '',
      'Source: Fixture Author, The Case for a Four-Day School Week, Fixture Review (2024-09).',
    ]);
  });

  it('nests each reason under what it bears on, marked in words', () => {
    expect(md).toContain('\n- **Thesis:** Schools should move to a four-day week\n');
    expect(md).toContain(
      "\n    - ✚ **Supports** (statistics): Missouri's attendance figures *(authority)* \\[10, 11\\]\n",
    );
    expect(md).toContain(
      '\n  - ✖ **Opposes:** Working parents cannot find childcare on the fifth day — *held by Critics*\n',
    );
    expect(md).toContain(
      "\n    - ✖ **Opposes:** Longer school days recover most of the lost time *(evidence)*\\\n      *Note: the study's own remedy*\n",
    );
  });

  it('indents quotes as block quotes inside their list item', () => {
    const all = lines(md);
    const item = all.indexOf(
      '    - ✚ **Supports** (sign): Students & teachers say they come back "ready to learn" *(evidence)*',
    );
    expect(all[item + 1]).toBe(
      '      > Students & teachers alike say "we come back ready to learn."',
    );
    const rest = all.findIndex((line) =>
      line.includes('A longer weekend lets teachers plan and rest'),
    );
    expect(all[rest]!.endsWith('\\')).toBe(true);
    expect(all[rest + 1]).toBe(
      '    Teachers are exhausted; a three-day weekend gives them time to plan lessons and recover.',
    );
    expect(all[rest + 2]).toMatch(/^ {4}> Teachers are exhausted, and a longer weekend/);
  });

  it('lists a shared reason with its reasons under its primary parent, and says so elsewhere', () => {
    expect(md.match(/A four-day week saves money/g)).toHaveLength(2);
    // Under the thesis: a pointer to where its reasons are, not "see above".
    expect(md).toContain(
      '\n  - ✚ **Supports** (consequences): A four-day week saves money *(also supports “Better pay keeps good teachers in the classroom”, where its reasons are given)*\n',
    );
    // Under retention, from its own section: its reasons, and the other statement it supports.
    expect(md).toContain(
      '\n    - ✚ **Supports** (cause to effect): A four-day week saves money\\\n      *Also supports “Schools should move to a four-day week”.*\n',
    );
    expect(md.indexOf('Buses, heating & cafeterias')).toBeGreaterThan(
      md.indexOf('A four-day week saves money\\'),
    );
    // The shared reason's own reasons are not repeated.
    expect(md.match(/Buses, heating & cafeterias/g)).toHaveLength(1);
    expect(md).toContain(
      '\n      - ✚ **Supports** (expert opinion): The RAND study *(also supports “Learning suffers”, where its reasons are given)*\n',
    );
    expect(md).not.toMatch(/see above|listed above/);
  });

  it('keeps the source’s footnote numbers and lists the sources under them', () => {
    expect(md).toContain("Missouri's attendance figures *(authority)* \\[10, 11\\]\n");
    expect(md).toContain('The RAND study *(authority)* \\[12\\]\\\n');
    const sources = md.slice(md.indexOf('\n## Sources\n'));
    expect(lines(sources).filter((line) => line.startsWith('- '))).toEqual([
      '- \\[10, 11\\] Missouri Department of Elementary and Secondary Education, Four-Day School Week Attendance Report, State report (2019). <https://example.org/missouri> Footnote 11 is the follow-up review.',
      '- \\[12\\] RAND Corporation, Does Shortening the School Week Impact Student Outcomes?, RAND Research Report (2021), pp. 1-20. <https://example.org/rand>',
    ]);
    expect(sources).toContain('\nNumbered as the footnotes of the source.\n');
  });

  it('letters works cited without a footnote, and numbers them in order of use when none has one', () => {
    const nodes = medium.nodes.map((node) =>
      node.id === 'missouri' ? { ...node, citation: { title: 'A report with no footnote' } } : node,
    );
    const mixed = exportMarkdown({ ...medium, nodes });
    expect(mixed).toContain("Missouri's attendance figures *(authority)* \\[a\\]\n");
    expect(
      lines(mixed.slice(mixed.indexOf('## Sources'))).filter((l) => l.startsWith('- ')),
    ).toEqual([
      expect.stringMatching(/^- \\\[12\\\] RAND Corporation/),
      '- \\[a\\] A report with no footnote.',
    ]);
    expect(mixed).toContain('lettered works are cited without one.');
    const none = exportMarkdown({
      ...medium,
      nodes: medium.nodes.map((node) =>
        node.citation === undefined
          ? node
          : { ...node, citation: { title: `${node.id} without a footnote` } },
      ),
    });
    expect(none).toContain("Missouri's attendance figures *(authority)* \\[1\\]\n");
    expect(none).toContain('The RAND study *(authority)* \\[2\\]');
    expect(none).not.toContain('Numbered as the footnotes');
  });

  it('terminates on cycles and writes every edge exactly once', () => {
    const cyclic: ArgumentMap = {
      ...medium,
      nodes: medium.nodes.filter((node) => node.id !== 'thesis'),
      edges: [
        { id: 'a', from: 'rest', to: 'savings', relation: 'supports' },
        { id: 'b', from: 'savings', to: 'rest', relation: 'opposes' },
        { id: 'c', from: 'rest', to: 'rest', relation: 'supports' },
      ],
    };
    const out = exportMarkdown(cyclic);
    const items = lines(out).filter((line) => /^\s*- /.test(line));
    const reasons = items.filter((line) => /✚|✖/.test(line));
    expect(reasons).toHaveLength(3);
    expect(out).toContain(
      'A longer weekend lets teachers plan and rest *(its reasons are given further up)*',
    );
    // Every node still appears, as a root when nothing connects it.
    for (const node of cyclic.nodes) expect(out).toContain(node.label);
  });

  it('escapes markup so hostile labels show literally', () => {
    for (const label of HOSTILE_LABELS) {
      const escaped = escapeMarkdown(oneLine(label), true);
      expect(unescape(escaped)).toBe(oneLine(label));
      expect(escaped).not.toMatch(/(^|[^\\])[<>[\]*_`#|~]/);
    }
    expect(escapeMarkdown('1. first', true)).toBe('1\\. first');
    expect(escapeMarkdown('- dash', true)).toBe('\\- dash');
    expect(escapeMarkdown('&amp; & &copy;')).toBe('\\&amp; & \\&copy;');
    const out = exportMarkdown(hostileMap());
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('javascript:');
    expect(stripControlChars(out)).toBe(out);
    // Multi-line quotes stay inside the block quote, one `>` per line.
    expect(out).toMatch(
      /\n {2}> Tags \\<b\\>\\&amp; "quotes" 'single' & more\\<\/b\\>\n {2}> quoted\n/,
    );
  });
});
