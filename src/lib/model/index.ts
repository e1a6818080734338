export * from './types';
export * from './problems';
export { validateMap, type ValidateOptions } from './validate';
export { normalizeWhitespace } from './graph-checks';
