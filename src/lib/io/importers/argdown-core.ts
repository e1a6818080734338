/**
 * The parts of @argdown/core the importer uses, named so that the bundler
 * leaves the rest (HTML, DOT, GraphML and web-component exports, syntax
 * highlighting) out of the lazily loaded chunk.
 */
export {
  ArgdownApplication,
  DataPlugin,
  FrontMatterSettingsModes,
  IArgument,
  IEquivalenceClass,
  ModelPlugin,
  ParserPlugin,
  RuleNames,
  isConclusion,
} from '@argdown/core';
