/**
 * Runs @argdown/core (parser, inline data, model) and reads its model out
 * into an `ArgdownDocument`. The library is loaded here, on first use, so it
 * is a chunk of its own that only opening an Argdown file fetches.
 *
 * Guarded against the library's sharp edges:
 * - It keys statements, arguments and tags by title in plain objects, so
 *   `[toString]` or `[__proto__]` would find Object.prototype's members and
 *   silently lose statements and relations. A listener that runs right
 *   after the model plugin's own start swaps in prototype-less objects.
 * - It swallows exceptions other than its own unless told to throw, and
 *   builds no syntax tree when the parser fails; so the parse runs first,
 *   its errors are reported, and only a clean tree is modelled.
 * - Front matter may configure the library. It may only fill in settings
 *   Warrant leaves open (`default` mode), never override them; the one
 *   setting that changes meaning, `model.mode: strict`, is read here and
 *   applied by the mapping.
 */
import type {
  IArgdownPlugin,
  IArgdownRequest,
  IArgdownResponse,
  IArgument,
  IEquivalenceClass,
  IInference,
  IRelation,
  ITokenNodeHandler,
  RelationMember,
} from '@argdown/core';
import type { Problem, Result } from '../../model/problems';
import { ARGDOWN_RELATION_TYPES, type ArgdownRelationType } from '../formats/argdown';
import type { ArgdownDocument, Endpoint, PcsLine, Place } from './argdown-document';
import { at, describe, syntaxMessage, yamlProblem, type TokenPlace } from './argdown-messages';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A YAML value's own keys, in a Map so that no key can reach a prototype. */
export function plainData(value: unknown): ReadonlyMap<string, unknown> {
  const data = new Map<string, unknown>();
  if (isRecord(value)) for (const key of Object.keys(value)) data.set(key, value[key]);
  return data;
}

/** Chevrotain's lexer and parser errors, as far as a message needs them. */
interface ChevrotainError {
  message: string;
  line?: number;
  column?: number;
  token?: TokenPlace;
}

const relationType = (value: string): ArgdownRelationType | undefined =>
  (ARGDOWN_RELATION_TYPES as readonly string[]).includes(value)
    ? (value as ArgdownRelationType)
    : undefined;

function endpointOf(member: RelationMember | undefined): Endpoint | undefined {
  if (member === undefined) return undefined;
  // Compared as strings: the enum is a value of @argdown/core, which loads lazily.
  switch (member.type as string) {
    case 'equivalence-class':
      return { type: 'statement', title: member.title ?? '' };
    case 'argument':
      return { type: 'argument', title: member.title ?? '' };
    case 'inference': {
      const inference = member as IInference;
      return inference.argumentTitle !== undefined && inference.conclusionIndex !== undefined
        ? { type: 'inference', argument: inference.argumentTitle, index: inference.conclusionIndex }
        : undefined;
    }
  }
  return undefined;
}

const placeOf = (item: { startLine?: number; startColumn?: number } | undefined): Place => ({
  line: item?.startLine ?? 1,
  column: item?.startColumn ?? 1,
});

const tagsOf = (tags: unknown): string[] =>
  Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];

type Core = typeof import('./argdown-core');

/** Reads @argdown/core's response into plain data. */
function documentOf(core: Core, response: IArgdownResponse): ArgdownDocument {
  const statements = Object.values(response.statements ?? {}).map((ec: IEquivalenceClass) => ({
    title: ec.title ?? '',
    text: (core.IEquivalenceClass.getCanonicalMemberText(ec) ?? '').trim(),
    tags: tagsOf(ec.tags),
    data: plainData(ec.data),
    ...(ec.section?.title !== undefined ? { section: ec.section.title } : {}),
    place: placeOf(ec.members[0]),
  }));
  const args = Object.values(response.arguments ?? {}).map((argument: IArgument) => ({
    title: argument.title ?? '',
    text: (core.IArgument.getCanonicalMemberText(argument) ?? '').trim(),
    tags: tagsOf(argument.tags),
    data: plainData(argument.data),
    ...(argument.section?.title !== undefined ? { section: argument.section.title } : {}),
    place: placeOf(argument.members[0] ?? argument),
    pcs: (argument.pcs ?? []).map((line): PcsLine => {
      const inference = core.isConclusion(line) ? line.inference : undefined;
      return {
        title: line.title ?? '',
        role: line.role,
        ...(inference !== undefined
          ? {
              inference: {
                rules: (inference.inferenceRules ?? []).map((rule) => rule.trim()),
                data: plainData(inference.data),
                place: placeOf(inference),
              },
            }
          : {}),
      };
    }),
  }));
  const relations: ArgdownDocument['relations'] = [];
  for (const relation of response.relations ?? ([] as IRelation[])) {
    const type = relationType(relation.relationType);
    const from = endpointOf(relation.from);
    const to = endpointOf(relation.to);
    if (type === undefined || from === undefined || to === undefined) continue;
    relations.push({ type, from, to, place: placeOf(relation.occurrences?.[0]) });
  }
  const frontMatter = plainData(response.frontMatter);
  const model = frontMatter.get('model');
  return {
    statements,
    arguments: args,
    relations,
    frontMatter,
    strict: isRecord(model) && model.mode === 'strict',
  };
}

/** Swaps the model's title indexes for prototype-less objects (see the module comment). */
const prototypeFreeIndexes: IArgdownPlugin = {
  name: 'WarrantPrototypeFreeIndexes',
  ruleListeners: {
    argdownEntry: (_request, response) => {
      response.statements = Object.create(null) as IArgdownResponse['statements'];
      response.arguments = Object.create(null) as IArgdownResponse['arguments'];
      response.tags = Object.create(null) as IArgdownResponse['tags'];
    },
  },
};

const silentLogger = { log: () => {}, setLevel: () => {} };

/** Parses Argdown text into a document, or every syntax error with its line and column. */
export async function parseArgdown(text: string): Promise<Result<ArgdownDocument>> {
  const core = await import('./argdown-core');
  const app = new core.ArgdownApplication(silentLogger);
  app.addPlugin(new core.ParserPlugin(), 'parse-input');
  const yamlProblems: Problem[] = [];
  const data = new core.DataPlugin({
    frontMatterSettingsMode: core.FrontMatterSettingsModes.DEFAULT,
  });
  for (const [name, listener] of Object.entries(data.tokenListeners)) {
    const guarded: ITokenNodeHandler = (...args) => {
      try {
        listener(...args);
      } catch (error) {
        yamlProblems.push(yamlProblem(args[2] as TokenPlace, error, name === 'FrontMatter'));
      }
    };
    data.tokenListeners[name] = guarded;
  }
  app.addPlugin(data, 'build-model');
  app.addPlugin(new core.ModelPlugin({ removeTagsFromText: true }), 'build-model');
  app.addPlugin(prototypeFreeIndexes, 'build-model');
  // The model plugin's own errors carry no place: the last element read is near it.
  let lastPlace: Place = { line: 1, column: 1 };
  const tracker: IArgdownPlugin = {
    name: 'WarrantPlaceTracker',
    ruleListeners: Object.fromEntries(
      Object.values(core.RuleNames).map((rule) => [
        `${rule}Entry`,
        (_request, _response, node) => {
          if (Number.isFinite(node.startLine)) lastPlace = placeOf(node);
        },
      ]),
    ),
  };
  app.addPlugin(tracker, 'build-model');

  const request: IArgdownRequest = {
    input: text,
    logLevel: 'error',
    throwExceptions: true,
    logExceptions: false,
    parser: { throwExceptions: false },
  };
  try {
    const response = app.run({ ...request, process: ['parse-input'] });
    const problems: Problem[] = [
      ...((response.lexerErrors ?? []) as ChevrotainError[]).map((error) => ({
        path: at(error.line, error.column),
        message: describe(error.message),
      })),
      ...((response.parserErrors ?? []) as ChevrotainError[]).map((error) => ({
        path: at(error.token?.startLine, error.token?.startColumn),
        message: syntaxMessage(error.message),
      })),
    ];
    if (problems.length === 0 && response.ast === undefined) {
      problems.push({ path: at(1, 1), message: 'the Argdown parser read nothing from this text' });
    }
    if (problems.length > 0) return { ok: false, problems };
    app.run({ ...request, process: ['build-model'] }, response);
    if (yamlProblems.length > 0) return { ok: false, problems: yamlProblems };
    return { ok: true, value: documentOf(core, response) };
  } catch (error) {
    if (yamlProblems.length > 0) return { ok: false, problems: yamlProblems };
    const message =
      error instanceof RangeError
        ? 'the text is nested too deeply for the Argdown parser'
        : `${describe(error instanceof Error ? error.message : String(error))} (@argdown/core stopped near here)`;
    return { ok: false, problems: [{ path: at(lastPlace.line, lastPlace.column), message }] };
  }
}
