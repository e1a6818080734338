import { letterMap } from '../../support/maps';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const map = letterMap;

const count = <T>(items: T[], pick: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => {
    acc[pick(item)] = (acc[pick(item)] ?? 0) + 1;
    return acc;
  }, {});

describe('the README', () => {
  it('states the letter map’s real counts', () => {
    const kinds = count(map.nodes, (node) => node.kind);
    const relations = count(map.edges, (edge) => edge.relation);
    const expected =
      `**Counts:** ${map.nodes.length} nodes (${kinds.thesis} thesis, ${kinds.claim} claims, ` +
      `${kinds.evidence} evidence, ${kinds.authority} authorities); ${map.edges.length} edges ` +
      `(${relations.supports} supports, ${relations.opposes} opposes).`;
    expect(readme).toContain(expected);
  });

  it('names both commands a newcomer needs', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toMatch(/```sh\nnpm test\n```/);
  });

  it('points at a whole-map image that exists', () => {
    const image = /\((docs\/three-takeaways-map\.png)\)/.exec(readme)?.[1];
    expect(image).toBe('docs/three-takeaways-map.png');
    const png = readFileSync(new URL(`../../../${image}`, import.meta.url));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(2000);
  });
});
