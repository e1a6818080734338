import type { ErrorObject } from 'ajv';
import type { ArgumentMap } from '../types';

/** The precompiled schema check; see scripts/build-validator.ts. */
declare const validate: ((data: unknown) => data is ArgumentMap) & {
  errors?: ErrorObject[] | null;
};
export default validate;
