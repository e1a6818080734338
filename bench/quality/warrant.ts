import type { Browser } from 'playwright-core';
import { MARKS } from '../../src/lib/graph/marks';
import type { Box } from '../../src/lib/graph/quality';
import { failure, openFreshPage } from '../measure';

/** The part of Cytoscape's API read here (the page's `window.cy`). */
interface CyNodes {
  nodes(): {
    map<T>(
      fn: (node: {
        id(): string;
        position(): { x: number; y: number };
        data(key: string): unknown;
      }) => T,
    ): T[];
  };
}

export type WarrantLayout =
  { status: 'ok'; boxes: Box[]; ms: number } | { status: 'timeout' | 'error'; message: string };

/**
 * Opens the map in Warrant, as a timed run does, and reads back where the
 * layout put each statement (centre) and the size it was laid out with (data
 * width/height). Only plain data leaves the page. `ms` is the layout time of this load.
 */
export async function warrantLayout(
  browser: Browser,
  url: string,
  expectedNodes: number,
  timeoutMs: number,
): Promise<WarrantLayout> {
  const fresh = await openFreshPage(browser).catch((error: unknown) => failure(error));
  if ('status' in fresh) return fresh;
  const { context, page } = fresh;
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForFunction(
      (name) => performance.getEntriesByName(name).length > 0,
      MARKS.drawn,
      { timeout: timeoutMs, polling: 100 },
    );
    const seen = await page.evaluate((marks) => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const cy = (window as unknown as { cy?: CyNodes }).cy;
      // Statements only: junctions (where linked premises meet) are points on edges, not boxes.
      const boxes = (
        cy?.nodes().map((node) =>
          node.data('kind') === undefined
            ? null
            : {
                id: node.id(),
                x: node.position().x,
                y: node.position().y,
                width: Number(node.data('width')),
                height: Number(node.data('height')),
              },
        ) ?? []
      ).filter((box) => box !== null);
      return { boxes, ms: at(marks.layoutEnd) - at(marks.layoutStart) };
    }, MARKS);
    if (seen.boxes.length !== expectedNodes) {
      return {
        status: 'error',
        message: `canvas shows ${seen.boxes.length} nodes, expected ${expectedNodes}`,
      };
    }
    return { status: 'ok', ...seen };
  } catch (error) {
    return failure(error);
  } finally {
    await context.close().catch(() => undefined);
  }
}
