/**
 * Which way the argument flows on screen.
 * - `TB`: the thesis on top, reasons below what they bear on.
 * - `LR`: the thesis on the left, reasons to the right.
 */
export const DIRECTIONS = ['TB', 'LR'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const isDirection = (value: unknown): value is Direction =>
  typeof value === 'string' && (DIRECTIONS as readonly string[]).includes(value);
