/**
 * The graph-level rules for what a map carries for teaching: the critical
 * questions its inferences answer, and its guided tours. Both name
 * statements or edges by id, which a JSON Schema cannot check.
 */
import { CRITICAL_QUESTIONS, findQuestion } from './critical-questions';
import type { ArgumentMap } from './types';
import type { Problem } from './problems';

const notInMap = (id: string) => `"${id}" is neither a statement nor an edge of the map`;

export function checkTeaching(map: ArgumentMap): Problem[] {
  const ids = new Set<string>();
  for (const node of map.nodes) ids.add(node.id);
  for (const edge of map.edges) ids.add(edge.id);
  const problems: Problem[] = [];

  map.edges.forEach((edge, i) => {
    if (edge.answers === undefined) return;
    const at = `$.edges[${i}].answers`;
    if (edge.scheme === undefined) {
      if (edge.answers.length > 0) {
        problems.push({
          path: at,
          message: `edge "${edge.id}" answers critical questions but names no scheme to ask them of`,
        });
      }
      return;
    }
    const scheme = edge.scheme;
    const seen = new Map<string, number>();
    edge.answers.forEach((answer, k) => {
      if (findQuestion(scheme, answer.question) === undefined) {
        const known = CRITICAL_QUESTIONS[scheme].questions.map((question) => question.id);
        problems.push({
          path: `${at}[${k}].question`,
          message: `"${answer.question}" is not a critical question of scheme "${scheme}" (its questions: ${known.join(', ')})`,
        });
      } else if (seen.has(answer.question)) {
        problems.push({
          path: `${at}[${k}].question`,
          message: `question "${answer.question}" is already answered at ${at}[${seen.get(answer.question)}]`,
        });
      } else {
        seen.set(answer.question, k);
      }
      if (!ids.has(answer.by))
        problems.push({ path: `${at}[${k}].by`, message: notInMap(answer.by) });
    });
  });

  const tourIds = new Map<string, number>();
  (map.tours ?? []).forEach((tour, t) => {
    const earlier = tourIds.get(tour.id);
    if (earlier !== undefined) {
      problems.push({
        path: `$.tours[${t}].id`,
        message: `duplicate tour id "${tour.id}" (already used at $.tours[${earlier}].id)`,
      });
    } else {
      tourIds.set(tour.id, t);
    }
    tour.steps.forEach((step, s) => {
      if (!ids.has(step.target)) {
        problems.push({ path: `$.tours[${t}].steps[${s}].target`, message: notInMap(step.target) });
      }
    });
  });
  return problems;
}
