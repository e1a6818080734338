import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeViewState,
  defaultViewState,
  encodeViewState,
  type ViewState,
} from '../../../src/lib/state/url-state';
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from '../../../src/lib/model/types';
import { runs } from '../../support/property';
import { binaryString } from '../../support/arbitraries';

const state = (
  over: {
    selected?: string | null;
    kinds?: NodeKind[];
    relations?: Relation[];
    sections?: string[];
    direction?: 'TB' | 'LR';
    focus?: string | null;
    fold?: string[] | null;
    unfolded?: string[];
    relayout?: boolean;
  } = {},
): ViewState => ({
  selected: over.selected ?? null,
  filters: {
    kinds: new Set(over.kinds ?? NODE_KINDS),
    relations: new Set(over.relations ?? RELATIONS),
    sections: new Set(over.sections ?? []),
  },
  direction: over.direction ?? 'TB',
  focus: over.focus ?? null,
  fold:
    over.unfolded !== undefined
      ? { kind: 'unfolded', ids: new Set(over.unfolded) }
      : over.fold === undefined || over.fold === null
        ? null
        : { kind: 'folded', ids: new Set(over.fold) },
  source: false,
  relayout: over.relayout ?? false,
});

/** Plain arrays, so equality does not depend on how Sets are compared. */
const plain = (s: ViewState) => ({
  fold: s.fold === null ? null : { kind: s.fold.kind, ids: [...s.fold.ids].sort() },
  source: s.source,
  relayout: s.relayout,
  selected: s.selected,
  kinds: [...s.filters.kinds],
  relations: [...s.filters.relations],
  sections: [...s.filters.sections],
  direction: s.direction,
  focus: s.focus,
});

const DEFAULT = plain(defaultViewState());

/** Awkward characters for ids: URL syntax, spaces, and non-ASCII. */
const awkward = fc.constantFrom('&', '=', '#', ' ', '+', '%', '?', '/', ';', 'é', '→', '😀', '中');
const text = fc
  .array(fc.oneof(awkward, binaryString({ minLength: 1, maxLength: 3 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''));
/** Section ids are joined with commas, so they cannot contain one (nor can schema ids). */
const sectionId = text.filter((s) => !s.includes(','));

const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    selected: fc.option(text, { nil: null }),
    kinds: fc.subarray([...NODE_KINDS]),
    relations: fc.subarray([...RELATIONS]),
    sections: fc.uniqueArray(sectionId, { maxLength: 5 }),
    direction: fc.constantFrom<'TB' | 'LR'>('TB', 'LR'),
    focus: fc.option(text, { nil: null }),
  })
  .map((s) => state(s));

describe('encodeViewState', () => {
  it('writes nothing for the default state', () => {
    expect(encodeViewState(defaultViewState())).toBe('');
    expect(encodeViewState(state({ sections: [] }))).toBe('');
  });

  it.each([
    [state({ selected: 't1' }), '#node=t1'],
    [state({ direction: 'LR' }), '#dir=LR'],
    [state({ kinds: ['thesis', 'claim'] }), '#kinds=thesis%2Cclaim'],
    [state({ kinds: [] }), '#kinds='],
    [state({ relations: ['opposes'] }), '#rel=opposes'],
    [state({ relations: [] }), '#rel='],
    [state({ sections: ['t1', 't2'] }), '#sec=t1%2Ct2'],
    [state({ selected: 'a b&c=d#e' }), '#node=a+b%26c%3Dd%23e'],
    [
      state({
        selected: 't1',
        kinds: ['thesis', 'claim'],
        relations: ['supports'],
        sections: ['t1', 't2'],
        direction: 'LR',
      }),
      '#node=t1&kinds=thesis%2Cclaim&rel=supports&sec=t1%2Ct2&dir=LR',
    ],
  ])('encodes %# as %s', (s, hash) => {
    expect(encodeViewState(s)).toBe(hash);
  });

  it('writes kinds and relations in canonical order, whatever the set order', () => {
    const s = state({ kinds: ['authority', 'thesis'], relations: ['opposes'] });
    expect(encodeViewState(s)).toBe('#kinds=thesis%2Cauthority&rel=opposes');
  });
});

describe('decodeViewState', () => {
  it('round-trips any state', () => {
    fc.assert(
      fc.property(viewState, (s) => {
        expect(plain(decodeViewState(encodeViewState(s)))).toEqual(plain(s));
      }),
      runs(500),
    );
  });

  it('round-trips awkward selected ids exactly', () => {
    for (const id of ['a&b', 'a=b', '#x', 'a b', ' lead', 'trail ', '100%', 'é→😀', 'a+b', '?q']) {
      const s = state({ selected: id });
      expect(decodeViewState(encodeViewState(s)).selected).toBe(id);
    }
  });

  it('encodes to a hash that starts with # and has no raw space or second #', () => {
    fc.assert(
      fc.property(viewState, (s) => {
        const hash = encodeViewState(s);
        if (hash === '') return;
        expect(hash[0]).toBe('#');
        expect(hash.slice(1)).not.toMatch(/[\s#]/);
      }),
    );
  });

  it('reads the documented example', () => {
    expect(
      plain(
        decodeViewState(
          '#node=t1&kinds=thesis,claim&rel=supports&sec=t1,t2&dir=LR&focus=t1&fold=t2,t3',
        ),
      ),
    ).toEqual({
      fold: { kind: 'folded', ids: ['t2', 't3'] },
      source: false,
      relayout: false,
      selected: 't1',
      kinds: ['thesis', 'claim'],
      relations: ['supports'],
      sections: ['t1', 't2'],
      direction: 'LR',
      focus: 't1',
    });
  });

  it('accepts a hash without the leading #', () => {
    expect(plain(decodeViewState('node=x&dir=LR'))).toEqual({
      ...DEFAULT,
      selected: 'x',
      direction: 'LR',
    });
  });

  it.each(['', '#', '#&&&', '#=', '#foo=bar', '#%', '#%zz', '#node=', '#node', '#dir=XX', '#sec='])(
    'falls back to the defaults for %j',
    (hash) => {
      expect(plain(decodeViewState(hash))).toEqual(DEFAULT);
    },
  );

  it.each(['XX', 'lr', 'Lr', 'TB', 'BT', 'RL', ' LR', ''])('reads dir=%j as TB', (dir) => {
    expect(decodeViewState(`#dir=${dir}`).direction).toBe('TB');
  });

  it('drops unknown kinds and relations but keeps the known ones', () => {
    const s = plain(decodeViewState('#kinds=thesis,bogus,Claim,,claim&rel=likes,opposes,'));
    expect(s.kinds).toEqual(['thesis', 'claim']);
    expect(s.relations).toEqual(['opposes']);
  });

  it('ignores a list of only unknown kinds or relations rather than hiding everything', () => {
    const s = plain(decodeViewState('#kinds=bogus&rel=likes'));
    expect(s.kinds).toEqual(['thesis', 'claim', 'evidence', 'authority']);
    expect(s.relations).toEqual(['supports', 'opposes']);
  });

  it('keeps an explicitly empty list: everything of that sort hidden', () => {
    const s = plain(decodeViewState('#kinds=&rel='));
    expect(s.kinds).toEqual([]);
    expect(s.relations).toEqual([]);
  });

  it('drops empty section ids and repeated ones', () => {
    expect(plain(decodeViewState('#sec=,a,,b,a,')).sections).toEqual(['a', 'b']);
  });

  it('keeps malformed percent escapes literally in the selected id', () => {
    expect(decodeViewState('#node=a%zzb').selected).toBe('a%zzb');
    expect(decodeViewState('#node=%E2%86%92').selected).toBe('→');
  });

  it('reads the first of repeated parameters', () => {
    expect(decodeViewState('#node=a&node=b&dir=LR&dir=TB')).toMatchObject({
      selected: 'a',
      direction: 'LR',
    });
  });

  it('returns fresh filter sets on every call', () => {
    const a = decodeViewState('');
    (a.filters.kinds as Set<NodeKind>).clear();
    expect(decodeViewState('').filters.kinds.size).toBe(NODE_KINDS.length);
  });

  it('never throws, whatever the hash', () => {
    fc.assert(
      fc.property(binaryString(), (hash) => {
        const s = decodeViewState(hash);
        expect(['TB', 'LR']).toContain(s.direction);
        for (const kind of s.filters.kinds) expect(NODE_KINDS).toContain(kind);
        for (const relation of s.filters.relations) expect(RELATIONS).toContain(relation);
        expect(s.selected).not.toBe('');
      }),
      runs(500),
    );
  });
});

describe('folds in the address', () => {
  it('writes nothing for the opening view, expand=all for nothing folded, and the folded ids', () => {
    expect(encodeViewState(state())).toBe('');
    expect(encodeViewState(state({ fold: [] }))).toBe('#expand=all');
    expect(encodeViewState(state({ fold: ['t1', 't2'] }))).toBe('#fold=t1%2Ct2');
  });

  it('reads them back', () => {
    expect(decodeViewState('').fold).toBeNull();
    expect(decodeViewState('#expand=all').fold).toEqual({ kind: 'folded', ids: new Set() });
    expect(decodeViewState('#fold=t1,t2').fold).toEqual({
      kind: 'folded',
      ids: new Set(['t1', 't2']),
    });
    expect(decodeViewState('#fold=').fold).toEqual({ kind: 'folded', ids: new Set() });
    expect(plain(decodeViewState(encodeViewState(state({ fold: ['a', 'b'] }))))).toEqual(
      plain(state({ fold: ['a', 'b'] })),
    );
  });

  it('writes and reads the statements left open, when all others are folded', () => {
    expect(encodeViewState(state({ unfolded: ['t1', 't2'] }))).toBe('#unfolded=t1%2Ct2');
    expect(decodeViewState('#unfolded=t1,t2').fold).toEqual({
      kind: 'unfolded',
      ids: new Set(['t1', 't2']),
    });
    // Nothing left open: everything with reasons is folded.
    expect(decodeViewState('#unfolded=').fold).toEqual({ kind: 'unfolded', ids: new Set() });
    expect(plain(decodeViewState(encodeViewState(state({ unfolded: [] }))))).toEqual(
      plain(state({ unfolded: [] })),
    );
  });
});

describe('laying out only what the filters leave', () => {
  it('is written as layout=shown, and read back', () => {
    expect(encodeViewState(state({ relayout: true }))).toBe('#layout=shown');
    expect(decodeViewState('#layout=shown').relayout).toBe(true);
    expect(decodeViewState('#layout=other').relayout).toBe(false);
    expect(decodeViewState('').relayout).toBe(false);
  });
});
