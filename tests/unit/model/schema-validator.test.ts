import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { OUTPUT_FILE, generateValidator } from '../../../scripts/build-validator';

describe('the precompiled schema validator', () => {
  it('is up to date with the JSON Schema (run `npm run gen:validator` if this fails)', () => {
    expect(readFileSync(OUTPUT_FILE, 'utf8')).toBe(generateValidator());
  });

  it('needs no eval and no require at run time', () => {
    const code = readFileSync(OUTPUT_FILE, 'utf8');
    expect(code).not.toMatch(/\brequire\(|\bnew Function\b|\beval\(/);
  });
});
