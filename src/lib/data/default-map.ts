import letter from '../../../data/maps/three-takeaways.json';
import type { ArgumentMap } from '../model/types';

/**
 * The letter's map ships inside the bundle, so the first view needs no
 * further request. `npm test` proves it valid against the schema and the source.
 */
export const defaultMap = letter as unknown as ArgumentMap;
