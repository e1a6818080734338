import {
  ArgdownApplication,
  ArgumentSelectionPlugin,
  ClosedGroupPlugin,
  ColorPlugin,
  DataPlugin,
  DotExportPlugin,
  ExplodeArgumentsPlugin,
  GroupPlugin,
  MapNodeImagesPlugin,
  MapPlugin,
  ModelPlugin,
  ParserPlugin,
  PreselectionPlugin,
  RegroupPlugin,
  StatementSelectionPlugin,
  type IArgdownResponse,
} from '@argdown/core';
import type { Graphviz } from '@hpcc-js/wasm-graphviz';

/**
 * The plugins and the `export-dot` process of @argdown/core's own `argdown`
 * application (dist/argdown.js, which the package index does not export),
 * without its HTML, SVG (viz.js) and web-component exporters: the peer lays
 * the DOT out with @hpcc-js/wasm-graphviz instead.
 */
function createApplication(): ArgdownApplication {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  app.addPlugin(new ExplodeArgumentsPlugin(), 'build-model');
  app.addPlugin(new RegroupPlugin(), 'build-model');
  app.addPlugin(new PreselectionPlugin(), 'build-map');
  app.addPlugin(new StatementSelectionPlugin(), 'build-map');
  app.addPlugin(new ArgumentSelectionPlugin(), 'build-map');
  app.addPlugin(new MapPlugin(), 'build-map');
  app.addPlugin(new GroupPlugin(), 'build-map');
  app.addPlugin(new ClosedGroupPlugin(), 'transform-closed-groups');
  app.addPlugin(new ColorPlugin(), 'colorize');
  app.addPlugin(new MapNodeImagesPlugin(), 'add-images');
  app.addPlugin(new DotExportPlugin(), 'export-dot');
  return app;
}

/** `argdown.defaultProcesses['export-dot']` in @argdown/core 1.7. */
const EXPORT_DOT = [
  'parse-input',
  'build-model',
  'build-map',
  'transform-closed-groups',
  'colorize',
  'add-images',
  'export-dot',
];

/** Argdown text → Graphviz DOT, with Argdown's default settings; throws on any Argdown error. */
export function argdownToDot(input: string): string {
  const response: IArgdownResponse & { dot?: string } = createApplication().run({
    input,
    process: EXPORT_DOT,
    logLevel: 'error',
    // Exceptions are collected below; Argdown would also print each with its stack.
    logExceptions: false,
  });
  const messages = (list: { message: string }[] | undefined) =>
    (list ?? []).map((error) => error.message);
  const problems = [
    ...messages(response.lexerErrors).map((message) => `lexer: ${message}`),
    ...messages(response.parserErrors).map((message) => `parser: ${message}`),
    ...messages(response.exceptions).map((message) => `exception: ${message}`),
  ];
  if (problems.length > 0) throw new Error(`Argdown failed:\n${problems.join('\n')}`);
  if (response.dot === undefined) throw new Error('Argdown wrote no DOT');
  return response.dot;
}

/** Argdown text → SVG: Argdown's DOT laid out by Graphviz (`dot`) compiled to WebAssembly. */
export function argdownToSvg(input: string, graphviz: Graphviz): string {
  return graphviz.dot(argdownToDot(input));
}
