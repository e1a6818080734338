/**
 * The blocks of a Markdown file, each parsed on its own, as one document.
 * They are read the way Argdown reads repeated definitions in one file: a
 * statement or argument is one element across blocks, by title; its text
 * and premise–conclusion structure are the last block's that gives one
 * (documents often show an argument growing from block to block); tags and
 * relations add up; data is merged, later blocks winning. The front matter
 * is the first block's.
 */
import type { ArgdownArgument, ArgdownDocument, ArgdownStatement } from './argdown-document';

/** @argdown/core names untitled statements "Untitled 1", "Untitled 2"… afresh in every block. */
const GENERATED_TITLE = /^Untitled (\d+)$/;

function renameGenerated(document: ArgdownDocument, block: number): ArgdownDocument {
  if (block === 0) return document;
  const rename = (title: string) =>
    GENERATED_TITLE.test(title)
      ? title.replace(GENERATED_TITLE, `Untitled ${block + 1}.$1`)
      : title;
  return {
    ...document,
    statements: document.statements.map((s) => ({ ...s, title: rename(s.title) })),
    arguments: document.arguments.map((a) => ({
      ...a,
      title: rename(a.title),
      pcs: a.pcs.map((line) => ({ ...line, title: rename(line.title) })),
    })),
    relations: document.relations.map((relation) => ({
      ...relation,
      from:
        relation.from.type === 'inference'
          ? { ...relation.from, argument: rename(relation.from.argument) }
          : { ...relation.from, title: rename(relation.from.title) },
      to:
        relation.to.type === 'inference'
          ? { ...relation.to, argument: rename(relation.to.argument) }
          : { ...relation.to, title: rename(relation.to.title) },
    })),
  };
}

function mergeElement<T extends ArgdownStatement>(earlier: T, later: T): T {
  return {
    ...earlier,
    text: later.text !== '' ? later.text : earlier.text,
    tags: [...new Set([...earlier.tags, ...later.tags])],
    data: new Map([...earlier.data, ...later.data]),
  };
}

export function mergeDocuments(documents: readonly ArgdownDocument[]): ArgdownDocument {
  const statements = new Map<string, ArgdownStatement>();
  const args = new Map<string, ArgdownArgument>();
  const renamed = documents.map(renameGenerated);
  for (const document of renamed) {
    for (const statement of document.statements) {
      const earlier = statements.get(statement.title);
      statements.set(statement.title, earlier ? mergeElement(earlier, statement) : statement);
    }
    for (const argument of document.arguments) {
      const earlier = args.get(argument.title);
      args.set(
        argument.title,
        earlier
          ? {
              ...mergeElement(earlier, argument),
              pcs: argument.pcs.length > 0 ? argument.pcs : earlier.pcs,
            }
          : argument,
      );
    }
  }
  const first = renamed[0];
  return {
    statements: [...statements.values()],
    arguments: [...args.values()],
    relations: renamed.flatMap((document) => document.relations),
    frontMatter: first?.frontMatter ?? new Map(),
    strict: first?.strict ?? false,
  };
}
