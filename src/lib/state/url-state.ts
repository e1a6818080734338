import {
  NODE_KINDS,
  RELATIONS,
  isNodeKind,
  isRelation,
  type NodeKind,
  type Relation,
} from '../model/types';
import { defaultFilters, type Filters } from '../analysis/filters';
import { isDirection, type Direction } from '../graph/direction';

/**
 * Folds as the address writes them: the statements folded (all others open),
 * or, shorter once most are folded, the only statements with reasons left
 * open (all others folded).
 */
export type FoldSpec =
  { kind: 'folded'; ids: ReadonlySet<string> } | { kind: 'unfolded'; ids: ReadonlySet<string> };

/** Everything a copied URL must reproduce. */
export interface ViewState {
  selected: string | null;
  filters: Filters;
  direction: Direction;
  /** The statement whose line of argument alone is shown, if any. */
  focus: string | null;
  /**
   * Which statements' reasons are folded away; null for the opening view's
   * folds, which depend on the screen and are never written down.
   */
  fold: FoldSpec | null;
  /** The source text is open beside the map. */
  source: boolean;
  /** Filters lay out afresh only what they leave, rather than hiding the rest in place. */
  relayout: boolean;
}

export const defaultViewState = (): ViewState => ({
  selected: null,
  filters: defaultFilters(),
  direction: 'TB',
  focus: null,
  fold: null,
  source: false,
  relayout: false,
});

/**
 * Writes only what differs from the default, so the plain URL stays clean.
 * Example: `#node=t1&kinds=thesis,claim&rel=supports&sec=t1,t2&dir=LR&focus=t1&fold=t2,t3`
 * (or `expand=all` for nothing folded, or `unfolded=t1` for all folded but t1).
 */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected !== null) params.set('node', state.selected);
  if (state.filters.kinds.size !== NODE_KINDS.length) {
    params.set('kinds', NODE_KINDS.filter((k) => state.filters.kinds.has(k)).join(','));
  }
  if (state.filters.relations.size !== RELATIONS.length) {
    params.set('rel', RELATIONS.filter((r) => state.filters.relations.has(r)).join(','));
  }
  if (state.filters.sections.size > 0) params.set('sec', [...state.filters.sections].join(','));
  if (state.direction !== 'TB') params.set('dir', state.direction);
  if (state.focus !== null) params.set('focus', state.focus);
  if (state.source) params.set('source', 'open');
  if (state.relayout) params.set('layout', 'shown');
  if (state.fold?.kind === 'unfolded') params.set('unfolded', [...state.fold.ids].join(','));
  else if (state.fold?.ids.size === 0) params.set('expand', 'all');
  else if (state.fold) params.set('fold', [...state.fold.ids].join(','));
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

const list = (value: string | null): string[] =>
  value === null ? [] : value.split(',').filter((part) => part !== '');

/** Reads a hash back; unknown or malformed values fall back to the defaults. */
export function decodeViewState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = defaultViewState();
  const node = params.get('node');
  if (node !== null && node !== '') state.selected = node;
  // An explicitly empty list hides everything; a list of only unknown names is ignored.
  const kinds = list(params.get('kinds'));
  if (params.has('kinds') && (kinds.length === 0 || kinds.some(isNodeKind))) {
    state.filters.kinds = new Set<NodeKind>(kinds.filter(isNodeKind));
  }
  const relations = list(params.get('rel'));
  if (params.has('rel') && (relations.length === 0 || relations.some(isRelation))) {
    state.filters.relations = new Set<Relation>(relations.filter(isRelation));
  }
  state.filters.sections = new Set(list(params.get('sec')));
  const direction = params.get('dir');
  if (isDirection(direction)) state.direction = direction;
  const focus = params.get('focus');
  if (focus !== null && focus !== '') state.focus = focus;
  state.source = params.get('source') === 'open';
  state.relayout = params.get('layout') === 'shown';
  if (params.get('expand') === 'all') state.fold = { kind: 'folded', ids: new Set() };
  else if (params.has('fold'))
    state.fold = { kind: 'folded', ids: new Set(list(params.get('fold'))) };
  else if (params.has('unfolded')) {
    state.fold = { kind: 'unfolded', ids: new Set(list(params.get('unfolded'))) };
  }
  return state;
}
