import type { RunMetrics, RunResult } from '../measure';
import { median } from '../report';
import type { PeerMetrics, PeerResult } from './measure';

/** One map's Warrant runs and the Argdown peer's runs, interleaved run by run. */
export interface PeerComparison {
  map: string;
  nodes: number;
  warrant: RunResult[];
  peer: PeerResult[];
}

export interface PeerSummary {
  map: string;
  nodes: number;
  runs: number;
  warrantOk: number;
  peerOk: number;
  warrantDrawn: number;
  peerDrawn: number;
  /** Warrant's median ÷ the peer's median (below 1: Warrant draws sooner). */
  ratio: number;
  /** Per-run Warrant ÷ peer, over runs where both succeeded (each pair ran back to back). */
  paired: { median: number; min: number; max: number };
  phases: { loaded: number; argdown: number; graphviz: number; paint: number };
  peerLongestTask: number;
  peerJsGzip: number;
  failures: string[];
}

const med = (values: number[]) => (values.length === 0 ? NaN : median(values));

export function summarizePeer(comparison: PeerComparison): PeerSummary {
  const warrant = comparison.warrant.filter((run): run is RunMetrics => run.status === 'ok');
  const peer = comparison.peer.filter((run): run is PeerMetrics => run.status === 'ok');
  const pairs = comparison.warrant.flatMap((run, i) => {
    const other = comparison.peer[i];
    return run.status === 'ok' && other?.status === 'ok' ? [run.drawn / other.drawn] : [];
  });
  const warrantDrawn = med(warrant.map((run) => run.drawn));
  const peerDrawn = med(peer.map((run) => run.drawn));
  return {
    map: comparison.map,
    nodes: comparison.nodes,
    runs: Math.max(comparison.warrant.length, comparison.peer.length),
    warrantOk: warrant.length,
    peerOk: peer.length,
    warrantDrawn,
    peerDrawn,
    ratio: warrantDrawn / peerDrawn,
    paired: {
      median: med(pairs),
      min: pairs.length === 0 ? NaN : Math.min(...pairs),
      max: pairs.length === 0 ? NaN : Math.max(...pairs),
    },
    phases: {
      loaded: med(peer.map((run) => run.loaded)),
      argdown: med(peer.map((run) => run.argdown)),
      graphviz: med(peer.map((run) => run.graphviz)),
      paint: med(peer.map((run) => run.paint)),
    },
    peerLongestTask: med(peer.map((run) => run.longestTask)),
    peerJsGzip: med(peer.map((run) => run.jsGzip)),
    failures: comparison.peer.flatMap((run) =>
      run.status === 'ok' ? [] : [`${run.status}: ${run.message}`],
    ),
  };
}

const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${Math.round(value)} ms`);
const ratio = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
const kb = (bytes: number) => (Number.isNaN(bytes) ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const runs = (s: PeerSummary) =>
  s.warrantOk === s.runs && s.peerOk === s.runs
    ? `${s.runs}`
    : `${s.runs} (ok: Warrant ${s.warrantOk}, Argdown ${s.peerOk})`;

/** The peer table: Warrant against Argdown's own pipeline, map by map. */
export function formatPeerTable(summaries: PeerSummary[]): string {
  const lines = [
    '| map | nodes | runs | Warrant nav → drawn | Argdown nav → drawn | Warrant ÷ Argdown | paired runs: median (min–max) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...summaries.map(
      (s) =>
        `| ${s.map} | ${s.nodes} | ${runs(s)} | ${ms(s.warrantDrawn)} | ${ms(s.peerDrawn)} | ${ratio(s.ratio)} | ${ratio(s.paired.median)} (${ratio(s.paired.min)}–${ratio(s.paired.max)}) |`,
    ),
    '',
    'Where the Argdown peer’s time goes (medians): text fetched and Graphviz wasm compiled; @argdown/core parse → model → map → DOT; Graphviz dot (wasm) → SVG; SVG inserted → painted. All on the main thread.',
    '',
    '| map | loaded | Argdown → DOT | Graphviz | paint | longest task | JS gzip |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...summaries.map(
      (s) =>
        `| ${s.map} | ${ms(s.phases.loaded)} | ${ms(s.phases.argdown)} | ${ms(s.phases.graphviz)} | ${ms(s.phases.paint)} | ${ms(s.peerLongestTask)} | ${kb(s.peerJsGzip)} |`,
    ),
  ];
  for (const s of summaries) {
    for (const failure of s.failures) lines.push(`  ${s.map} Argdown run failed: ${failure}`);
  }
  return lines.join('\n');
}
