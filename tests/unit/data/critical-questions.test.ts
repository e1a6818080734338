import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { SCHEMES } from '../../../src/lib/model/types';
import { CRITICAL_QUESTIONS } from '../../../src/lib/model/critical-questions';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
const catalogue = read('data/critical-questions.json') as {
  source: { author: string; title: string; date: string };
  schemes: Record<string, { questions: { id: string; text: string }[] }>;
};
const catalogueSchema = read('data/schema/critical-questions.schema.json') as {
  properties: { schemes: { required: string[] } };
};
const mapSchema = read('data/schema/argument-map.schema.json') as {
  $defs: { edge: { properties: { scheme: { enum: string[] } } } };
};

describe('the critical-question catalogue', () => {
  it('is valid against its own JSON Schema', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(catalogueSchema);
    expect(validate(catalogue), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema refuses a scheme with one question, an unknown scheme, and a question without "?"', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(catalogueSchema);
    const broken = structuredClone(catalogue) as unknown as {
      schemes: Record<string, { questions: { id: string; text: string }[] }>;
    };
    broken.schemes.sign!.questions.pop();
    expect(validate(broken)).toBe(false);
    const extra = structuredClone(catalogue) as typeof broken;
    extra.schemes['slippery-slope'] = extra.schemes.sign!;
    expect(validate(extra)).toBe(false);
    const statement = structuredClone(catalogue) as typeof broken;
    statement.schemes.sign!.questions[0]!.text = 'The sign is strong.';
    expect(validate(statement)).toBe(false);
  });

  it('names exactly the schemes of the map format, in the types and in the map schema', () => {
    expect(Object.keys(catalogue.schemes)).toEqual([...SCHEMES]);
    expect(catalogueSchema.properties.schemes.required).toEqual([...SCHEMES]);
    expect(mapSchema.$defs.edge.properties.scheme.enum).toEqual([...SCHEMES]);
  });

  it('gives every scheme at least two questions, with ids unique within the scheme', () => {
    for (const scheme of SCHEMES) {
      const ids = CRITICAL_QUESTIONS[scheme].questions.map((question) => question.id);
      expect(ids.length, scheme).toBeGreaterThanOrEqual(2);
      expect(new Set(ids).size, scheme).toBe(ids.length);
    }
  });

  it('cites Walton, Reed and Macagno, Argumentation Schemes (2008)', () => {
    expect(catalogue.source).toMatchObject({
      author: 'Douglas Walton, Chris Reed and Fabrizio Macagno',
      title: 'Argumentation Schemes',
      date: '2008',
    });
  });
});
