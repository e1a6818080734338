import { readFile, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What a command-line script reads and writes, so tests can run its `main`
 * in-process (a spawned `tsx` costs about 300 ms of start-up per run).
 */
export interface CliIo {
  /** Standard output; `process.stdout` fits. */
  stdout: { write(text: string): unknown };
  /** Standard error; `process.stderr` fits. */
  stderr: { write(text: string): unknown };
  /** The directory relative paths are resolved against; `process.cwd()` if absent. */
  cwd?: string;
  /** Reads a UTF-8 file by absolute path; node:fs if absent. */
  readFile?: (path: string) => Promise<string>;
  /** Writes a UTF-8 file by absolute path; node:fs if absent. */
  writeFile?: (path: string, text: string) => Promise<void>;
}

/** A script's entry point: arguments (without node and the script) in, exit code out. */
export type CliMain = (argv: string[], io: CliIo) => Promise<number>;

/** `io` with every optional field filled in from the process and node:fs. */
export function withDefaults(io: CliIo): Required<CliIo> {
  return {
    stdout: io.stdout,
    stderr: io.stderr,
    cwd: io.cwd ?? process.cwd(),
    readFile: io.readFile ?? ((path) => readFile(path, 'utf8')),
    writeFile: io.writeFile ?? ((path, text) => writeFile(path, text, 'utf8')),
  };
}

/** True when the module at `moduleUrl` is the script node was started with. */
export function isMainModule(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(resolve(script)) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/**
 * Runs `main` on the process's arguments and streams. Sets the exit code
 * rather than calling `process.exit()`, so a large output piped to another
 * program drains first.
 */
export async function runAsScript(main: CliMain): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
