import type { ArgumentMap } from '../../model/types';
import type { Result } from '../../model/problems';
import { parseJson } from '../parse-json';

/**
 * Reads Warrant's own JSON: parse, then validate. The validator (Ajv and the
 * schema) is loaded on first use, so the opening page does not pay for it.
 */
export async function readMapText(text: string): Promise<Result<ArgumentMap>> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const { validateMap } = await import('../../model/validate');
  return validateMap(parsed.value);
}
