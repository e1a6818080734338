/**
 * Which statements a quiz hides, and the number each hidden box carries. The
 * numbers follow reading order, so a worksheet's boxes and its answer key
 * list the statements in the order the text gives them.
 */
import type { ArgumentMap, Statement } from '../model/types';
import { statementLinks } from '../model/inference';
import { byOrder } from './outline';

export const QUIZ_PRESETS = ['evidence', 'alternate-levels', 'hand-picked'] as const;
/**
 * - `evidence`: every evidence statement.
 * - `alternate-levels`: every second level down from the theses: their
 *   reasons, the reasons' reasons' reasons, and so on.
 * - `hand-picked`: the statements the teacher chose.
 */
export type QuizPreset = (typeof QUIZ_PRESETS)[number];

export const isQuizPreset = (value: unknown): value is QuizPreset =>
  typeof value === 'string' && (QUIZ_PRESETS as readonly string[]).includes(value);

/**
 * Each statement's level: 0 for a statement that bears on nothing (a thesis,
 * or the top of a part), else one more than the nearest level it bears on.
 * A statement only reachable round a circle counts as level 0.
 */
export function levelsOf(map: Pick<ArgumentMap, 'nodes' | 'edges'>): Map<string, number> {
  const links = statementLinks(map);
  const bearsOn = new Set(links.map((link) => link.from));
  const reasons = new Map<string, string[]>();
  for (const link of links) {
    const list = reasons.get(link.to);
    if (list === undefined) reasons.set(link.to, [link.from]);
    else list.push(link.from);
  }
  const level = new Map<string, number>();
  const queue: string[] = [];
  for (const node of map.nodes) {
    if (!bearsOn.has(node.id) && !level.has(node.id)) {
      level.set(node.id, 0);
      queue.push(node.id);
    }
  }
  // Breadth first, so each statement gets its shortest distance to a top.
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    for (const reason of reasons.get(id) ?? []) {
      if (level.has(reason)) continue;
      level.set(reason, level.get(id)! + 1);
      queue.push(reason);
    }
  }
  for (const node of map.nodes) if (!level.has(node.id)) level.set(node.id, 0);
  return level;
}

/** The statements a preset hides, in reading order. */
export function quizStatements(
  map: Pick<ArgumentMap, 'nodes' | 'edges'>,
  preset: QuizPreset,
  picked: ReadonlySet<string> = new Set(),
): Statement[] {
  // Factories, so only the chosen preset's work is done.
  const chosen: Record<QuizPreset, () => (node: Statement) => boolean> = {
    evidence: () => (node) => node.kind === 'evidence',
    'alternate-levels': () => {
      const levels = levelsOf(map);
      return (node) => levels.get(node.id)! % 2 === 1;
    },
    'hand-picked': () => (node) => picked.has(node.id),
  };
  return byOrder(map.nodes.filter(chosen[preset]()));
}

/** Box numbers, 1 up, by statement id. */
export const numberBoxes = (statements: readonly Statement[]): Map<string, number> =>
  new Map(statements.map((node, i) => [node.id, i + 1]));
