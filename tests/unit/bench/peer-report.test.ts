import { describe, expect, it } from 'vitest';
import type { RunMetrics, RunResult } from '../../../bench/measure';
import type { PeerMetrics, PeerResult } from '../../../bench/peer/measure';
import { formatPeerTable, summarizePeer } from '../../../bench/peer/report';

const warrantRun = (drawn: number): RunMetrics => ({
  status: 'ok',
  drawn,
  interactive: drawn,
  layout: 0,
  layoutEnd: 0,
  longestTask: 0,
  longTasks: [],
  nodes: 3,
  scripts: {},
  jsGzip: 0,
});
const peerRun = (drawn: number): PeerMetrics => ({
  status: 'ok',
  drawn,
  loaded: 100,
  argdown: 10,
  graphviz: drawn - 200,
  paint: 20,
  longestTask: drawn - 150,
  nodes: 3,
  jsGzip: 2048,
});

describe('bench peer summary', () => {
  it('divides Warrant’s median by the peer’s, and pairs runs by index', () => {
    const warrant: RunResult[] = [warrantRun(500), warrantRun(700), warrantRun(600)];
    const peer: PeerResult[] = [peerRun(1000), peerRun(1400), peerRun(2000)];
    const summary = summarizePeer({ map: 'tiny', nodes: 3, warrant, peer });
    expect(summary.warrantDrawn).toBe(600);
    expect(summary.peerDrawn).toBe(1400);
    expect(summary.ratio).toBeCloseTo(600 / 1400, 12);
    // Pairs: 0.5, 0.5, 0.3.
    expect(summary.paired.median).toBeCloseTo(0.5, 12);
    expect(summary.paired.min).toBeCloseTo(0.3, 12);
    expect(summary.phases.graphviz).toBe(1200);
    expect(formatPeerTable([summary])).toContain(
      '| tiny | 3 | 3 | 600 ms | 1400 ms | 0.43 | 0.50 (0.30–0.50) |',
    );
  });

  it('leaves failed runs out of the medians and the pairs, and lists them', () => {
    const warrant: RunResult[] = [warrantRun(500), { status: 'timeout', message: 'slow' }];
    const peer: PeerResult[] = [{ status: 'error', message: 'broken' }, peerRun(1000)];
    const summary = summarizePeer({ map: 'tiny', nodes: 3, warrant, peer });
    expect(summary.ratio).toBeCloseTo(0.5, 12);
    expect(Number.isNaN(summary.paired.median)).toBe(true);
    const table = formatPeerTable([summary]);
    expect(table).toContain(
      '| tiny | 3 | 2 (ok: Warrant 1, Argdown 1) | 500 ms | 1000 ms | 0.50 | n/a (n/a–n/a) |',
    );
    expect(table).toContain('tiny Argdown run failed: error: broken');
  });
});
