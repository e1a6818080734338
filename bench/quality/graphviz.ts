import { spawn } from 'node:child_process';
import { exportDot } from '../../src/lib/io/exporters/dot';
import type { Box } from '../../src/lib/graph/quality';
import type { ArgumentMap } from '../../src/lib/model/types';

/** Graphviz's points per inch: `pos` is in points, `width` and `height` in inches. */
const POINTS_PER_INCH = 72;

interface DotJsonObject {
  name?: string;
  pos?: string;
  width?: string;
  height?: string;
}

/**
 * Node boxes from `dot -Tjson0` output, in points with y pointing down (as on
 * screen; Graphviz's y points up). Subgraphs, which have no `pos`, are skipped.
 */
export function parseDotJson(text: string): Box[] {
  const graph = JSON.parse(text) as { objects?: DotJsonObject[] };
  const boxes: Box[] = [];
  for (const [i, object] of (graph.objects ?? []).entries()) {
    if (object.pos === undefined) continue;
    const [x, y] = object.pos.split(',').map(Number);
    const width = Number(object.width) * POINTS_PER_INCH;
    const height = Number(object.height) * POINTS_PER_INCH;
    if (object.name === undefined || ![x, y, width, height].every(Number.isFinite)) {
      throw new Error(`dot -Tjson0: objects[${i}] has no name or a bad pos/width/height`);
    }
    boxes.push({ id: object.name, x: x!, y: -y!, width, height });
  }
  return boxes;
}

export type DotLayout =
  | { status: 'ok'; boxes: Box[]; ms: number }
  | { status: 'unavailable' | 'timeout' | 'error'; message: string };

/**
 * Lays Warrant's own DOT export of the map out with the system's Graphviz
 * `dot` and reads the node boxes back. `ms` is the wall time of the process.
 */
export function dotLayout(map: ArgumentMap, timeoutMs: number): Promise<DotLayout> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('dot', ['-Tjson0'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(
        error.code === 'ENOENT'
          ? { status: 'unavailable', message: 'Graphviz `dot` is not installed' }
          : { status: 'error', message: error.message },
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      if (timedOut) {
        resolve({ status: 'timeout', message: `dot took over ${Math.round(timeoutMs / 1000)} s` });
      } else if (code !== 0) {
        const why = Buffer.concat(err).toString('utf8').trim().split('\n')[0] ?? '';
        resolve({ status: 'error', message: `dot exited with ${code}: ${why}` });
      } else {
        try {
          resolve({ status: 'ok', boxes: parseDotJson(Buffer.concat(out).toString('utf8')), ms });
        } catch (error) {
          resolve({ status: 'error', message: (error as Error).message });
        }
      }
    });
    // An early exit closes stdin; the close handler reports it.
    child.stdin.on('error', () => undefined);
    child.stdin.end(exportDot(map));
  });
}
