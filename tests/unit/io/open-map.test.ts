import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { droppedAddress, fetchMap, sameOriginUrl } from '../../../src/lib/io/open-map';
import { readMapText } from '../../../src/lib/io/importers/warrant';
import { importArgdown } from '../../../src/lib/io/importers/argdown';
import { importKialo } from '../../../src/lib/io/importers/kialo';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const smallText = fixture('maps/small.json');
const BASE = 'https://warrant.example/app/index.html?map=x#node=t1';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readMapText', () => {
  it('returns the map for a valid file', async () => {
    await expect(readMapText(smallText)).resolves.toEqual({
      ok: true,
      value: JSON.parse(smallText),
    });
  });

  it('locates a JSON syntax error by line and column', async () => {
    await expect(readMapText(fixture('invalid/malformed.json'))).resolves.toEqual({
      ok: false,
      problems: [{ path: 'line 18, column 15', message: "invalid JSON: Unexpected token ','" }],
    });
    await expect(readMapText('')).resolves.toEqual({
      ok: false,
      problems: [
        { path: 'line 1, column 1', message: 'invalid JSON: Unexpected end of JSON input' },
      ],
    });
  });

  it('locates an edge to a missing node by its JSONPath', async () => {
    await expect(readMapText(fixture('invalid/edge-missing-node.json'))).resolves.toEqual({
      ok: false,
      problems: [
        { path: '$.edges[1].to', message: 'edge "e5" points to missing node or edge "ghost"' },
      ],
    });
  });

  it('reports a dangling edge source too', async () => {
    const map = JSON.parse(smallText) as { edges: { from: string }[] };
    map.edges[2]!.from = 'nobody';
    const result = await readMapText(JSON.stringify(map));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({
      path: '$.edges[2].from',
      message: 'edge "e3" comes from missing node "nobody"',
    });
  });

  it('reports schema problems by JSONPath', async () => {
    await expect(readMapText(fixture('invalid/schema-kind-enum.json'))).resolves.toEqual({
      ok: false,
      problems: [
        {
          path: '$.nodes[1].kind',
          message: 'must be one of "thesis", "claim", "evidence", "authority" (found "premise")',
        },
      ],
    });
  });

  it('says once that JSON with none of a map’s keys holds no map, naming what it has', async () => {
    const says = (what: string) => ({
      ok: false,
      problems: [
        {
          path: '$',
          message: `this JSON holds no argument map: Warrant JSON has "schemaVersion", "title", "nodes" and "edges" at its top level, and AIF has "nodes" with a "nodeID" each; ${what}`,
        },
      ],
    });
    await expect(readMapText('{}')).resolves.toEqual(says('it is an empty object'));
    await expect(readMapText('{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}')).resolves.toEqual(
      says('its keys are "a", "b", "c", "d", "e", …'),
    );
    await expect(readMapText('[{"id": 1}]')).resolves.toEqual(says('it is a list'));
    await expect(readMapText('42')).resolves.toEqual(says('it is a number'));
    // One of a map's keys makes it a broken map, which the validator describes.
    const broken = await readMapText('{"title": "T"}');
    expect(!broken.ok && broken.problems.length).toBeGreaterThan(1);
  });

  it.each(['null', '[]', '42', '"map"'])('rejects the JSON value %s at $', async (text) => {
    const result = await readMapText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('$');
  });
});

describe('sameOriginUrl', () => {
  it.each([
    ['maps/x.json', 'https://warrant.example/app/maps/x.json'],
    ['./maps/x.json', 'https://warrant.example/app/maps/x.json'],
    ['../data/x.json', 'https://warrant.example/data/x.json'],
    ['../../../../x.json', 'https://warrant.example/x.json'],
    ['/data/maps/x.json', 'https://warrant.example/data/maps/x.json'],
    ['x.json?v=2', 'https://warrant.example/app/x.json?v=2'],
    ['https://warrant.example/other.json', 'https://warrant.example/other.json'],
    ['//warrant.example/same-host.json', 'https://warrant.example/same-host.json'],
  ])('accepts %j as %s', (path, href) => {
    expect(sameOriginUrl(path, BASE)?.href).toBe(href);
  });

  it.each([
    'https://evil.com/map.json',
    'http://warrant.example/map.json',
    'https://warrant.example:8443/map.json',
    'https://sub.warrant.example/map.json',
    '//evil.com/map.json',
    '//evil.com',
    '\\\\evil.com/map.json',
    '/\\evil.com/map.json',
    'javascript:alert(1)',
    'data:application/json,{}',
    'file:///etc/passwd',
  ])('rejects %j', (path) => {
    expect(sameOriginUrl(path, BASE)).toBeNull();
  });

  it('returns null for an invalid base instead of throwing', () => {
    expect(sameOriginUrl('x.json', 'not a url')).toBeNull();
    expect(sameOriginUrl('x.json', '')).toBeNull();
  });
});

describe('fetchMap', () => {
  const respond = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }));

  it('fetches a same-origin map and validates it', async () => {
    const fetch = respond(smallText);
    vi.stubGlobal('fetch', fetch);
    await expect(fetchMap('maps/small.json', BASE)).resolves.toEqual({
      ok: true,
      value: JSON.parse(smallText),
      format: 'Warrant JSON',
    });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe(
      'https://warrant.example/app/maps/small.json',
    );
  });

  it('refuses another origin without fetching', async () => {
    const fetch = respond(smallText);
    vi.stubGlobal('fetch', fetch);
    await expect(fetchMap('https://evil.com/x.json', BASE)).resolves.toEqual({
      ok: false,
      problems: [
        { path: 'https://evil.com/x.json', message: 'only maps from this site can be opened' },
      ],
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reports an HTTP error status', async () => {
    vi.stubGlobal('fetch', respond('not found', 404));
    await expect(fetchMap('missing.json', BASE)).resolves.toEqual({
      ok: false,
      problems: [{ path: 'missing.json', message: 'could not load (HTTP 404)' }],
    });
  });

  it('reports a network failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(fetchMap('x.json', BASE)).resolves.toEqual({
      ok: false,
      problems: [{ path: 'x.json', message: 'could not load: TypeError: Failed to fetch' }],
    });
  });

  it('passes on the problems of an invalid map, naming the format it was read as', async () => {
    vi.stubGlobal('fetch', respond('{"a": 1,}'));
    await expect(fetchMap('x.json', BASE)).resolves.toEqual({
      ok: false,
      problems: [
        { path: 'line 1, column 9', message: 'invalid JSON: Expected double-quoted property name' },
      ],
      format: 'Warrant JSON',
    });
  });

  it('opens every format Warrant reads, chosen by content and the file name in the address', async () => {
    const kialo = fixture('kialo/numbered.txt');
    vi.stubGlobal('fetch', respond(kialo));
    await expect(fetchMap('maps/street%20trees.txt?v=2', BASE)).resolves.toEqual({
      ...importKialo(kialo, { id: 'street-trees' }),
      format: 'Kialo discussion export',
    });
    const argdown = fixture('argdown/relations.argdown');
    vi.stubGlobal('fetch', respond(argdown));
    await expect(fetchMap('/maps/relations.argdown', BASE)).resolves.toEqual({
      ...(await importArgdown(argdown, { id: 'relations', fileName: 'relations.argdown' })),
      format: 'Argdown',
    });
    const aif = fixture('aif/araucariadb_nodeset10.json');
    vi.stubGlobal('fetch', respond(aif));
    const opened = await fetchMap('nodeset10.json', BASE);
    expect(opened.format).toBe('AIF JSON (AIFdb, OVA)');
    expect(opened.ok && opened.value.id).toBe('nodeset10');
  });

  it('names the format of a file it cannot read, and where the problem is', async () => {
    vi.stubGlobal('fetch', respond('Discussion Title: Only a title\n'));
    await expect(fetchMap('maps/empty-discussion.txt', BASE)).resolves.toEqual({
      ok: false,
      problems: [
        {
          path: 'line 1',
          message:
            'the discussion has a title but no claims: expected numbered lines such as "1. …" and "1.1. Pro: …" after it',
        },
      ],
      format: 'Kialo discussion export',
    });
    vi.stubGlobal('fetch', respond(''));
    await expect(fetchMap('maps/x.argdown', BASE)).resolves.toEqual({
      ok: false,
      problems: [{ path: 'x.argdown', message: 'is empty' }],
    });
  });
});

describe('droppedAddress', () => {
  it('gives the path and query of a dropped link on this site', () => {
    expect(droppedAddress('https://warrant.example/maps/a.json?v=2', BASE)).toBe(
      '/maps/a.json?v=2',
    );
  });

  it('reads the first address of a uri-list, skipping comments and blank lines', () => {
    const list =
      '# dragged from a tab\r\n\r\nhttps://warrant.example/maps/b.json\r\nhttps://warrant.example/c';
    expect(droppedAddress(list, BASE)).toBe('/maps/b.json');
  });

  it('refuses other sites, other schemes and plain text', () => {
    expect(droppedAddress('https://elsewhere.example/maps/a.json', BASE)).toBeNull();
    expect(droppedAddress('javascript:alert(1)', BASE)).toBeNull();
    expect(droppedAddress('maps/a.json', BASE)).toBeNull();
    expect(droppedAddress('', BASE)).toBeNull();
  });
});
