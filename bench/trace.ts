/**
 * Reads a Chromium trace (from `browser.startTracing` with the
 * `disabled-by-default-v8.cpu_profiler` category): threads, top-level tasks
 * and the sampled CPU profile of each thread, for bench/profile.ts.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { name?: string; data?: unknown };
}

interface CallFrame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
}
interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

export interface ThreadProfile {
  thread: string;
  nodes: Map<number, ProfileNode>;
  /** Sample start (µs, trace clock), length (µs) and leaf node. */
  samples: { ts: number; dur: number; node: number }[];
}

export const threadKey = (event: { pid: number; tid: number }) => `${event.pid}:${event.tid}`;

/** Thread names by "pid:tid". */
export function threadNames(events: TraceEvent[]): Map<string, string> {
  return new Map(
    events
      .filter((event) => event.name === 'thread_name' && event.ph === 'M')
      .map((event) => [threadKey(event), event.args?.name ?? '?']),
  );
}

const frameLabel = (frame: CallFrame): string => {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const file = frame.url.replace(/^.*\//, '').replace(/\?.*$/, '');
  return `${name} ${file}:${(frame.lineNumber ?? 0) + 1}`;
};

/** One sampled profile per profiled thread. */
export function cpuProfiles(events: TraceEvent[]): ThreadProfile[] {
  const names = threadNames(events);
  const profiles = new Map<string, ThreadProfile & { clock: number }>();
  for (const event of events) {
    if (event.name === 'Profile') {
      const data = event.args?.data as { startTime: number };
      profiles.set(`${event.pid}:${event.id}`, {
        thread: names.get(threadKey(event)) ?? threadKey(event),
        nodes: new Map(),
        samples: [],
        clock: data.startTime,
      });
    }
  }
  for (const event of events) {
    if (event.name !== 'ProfileChunk') continue;
    const profile = profiles.get(`${event.pid}:${event.id}`);
    if (profile === undefined) continue;
    const data = event.args?.data as ChunkData;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((node, i) => {
      profile.clock += Math.max(0, deltas[i] ?? 0);
      profile.samples.push({ ts: profile.clock, dur: 0, node });
    });
  }
  return [...profiles.values()].map(({ thread, nodes, samples }) => {
    samples.sort((a, b) => a.ts - b.ts);
    samples.forEach((sample, i) => {
      // A sample stands for the time up to the next one (capped: gaps are idle).
      const next = samples[i + 1];
      sample.dur = next === undefined ? 0 : Math.min(next.ts - sample.ts, 5000);
    });
    return { thread, nodes, samples };
  });
}

const IDLE = new Set(['(idle)', '(root)']);

/** Milliseconds per function, self or inclusive, within [from, to) µs. */
export function functionTimes(
  profile: ThreadProfile,
  mode: 'self' | 'inclusive',
  from = -Infinity,
  to = Infinity,
): Map<string, number> {
  const times = new Map<string, number>();
  const add = (label: string, dur: number) =>
    times.set(label, (times.get(label) ?? 0) + dur / 1000);
  for (const sample of profile.samples) {
    if (sample.ts < from || sample.ts >= to) continue;
    let node = profile.nodes.get(sample.node);
    if (node === undefined) continue;
    if (mode === 'self') {
      add(frameLabel(node.callFrame), sample.dur);
      continue;
    }
    const seen = new Set<string>();
    while (node !== undefined) {
      const label = frameLabel(node.callFrame);
      if (!seen.has(label)) add(label, sample.dur);
      seen.add(label);
      node = node.parent === undefined ? undefined : profile.nodes.get(node.parent);
    }
  }
  for (const label of IDLE) times.delete(label);
  return times;
}

/** Busy (non-idle) sampled time in ms within [from, to). */
export function busyTime(profile: ThreadProfile, from = -Infinity, to = Infinity): number {
  let total = 0;
  for (const sample of profile.samples) {
    if (sample.ts < from || sample.ts >= to) continue;
    const node = profile.nodes.get(sample.node);
    if (node !== undefined && !IDLE.has(node.callFrame.functionName ?? '')) total += sample.dur;
  }
  return total / 1000;
}

export const top = (times: Map<string, number>, count: number): [string, number][] =>
  [...times.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);

export interface Task {
  ts: number;
  dur: number;
  /** Duration of the trace events directly inside the task, summed by name (ms). */
  children: Map<string, number>;
}

/** Top-level tasks (RunTask) of one thread lasting at least `minMs`. */
export function longTasks(events: TraceEvent[], thread: string, minMs: number): Task[] {
  const own = events
    .filter((event) => event.ph === 'X' && threadKey(event) === thread)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: Task[] = [];
  let current: Task | null = null;
  let childEnd = -Infinity;
  for (const event of own) {
    const end = event.ts + (event.dur ?? 0);
    if (event.name === 'RunTask') {
      current =
        (event.dur ?? 0) >= minMs * 1000
          ? { ts: event.ts, dur: event.dur!, children: new Map() }
          : null;
      if (current !== null) tasks.push(current);
      childEnd = -Infinity;
    } else if (current !== null && event.ts < current.ts + current.dur && event.ts >= childEnd) {
      current.children.set(
        event.name,
        (current.children.get(event.name) ?? 0) + (event.dur ?? 0) / 1000,
      );
      childEnd = end;
    }
  }
  return tasks;
}

export interface Span {
  name: string;
  /** First and last sample (µs) with the function on the stack, and the summed time (ms). */
  first: number;
  last: number;
  total: number;
}

/** Where named functions (by function name, any file) ran: one span per name found. */
export function spans(profile: ThreadProfile, names: string[]): Span[] {
  const found = new Map<string, Span>();
  for (const sample of profile.samples) {
    const onStack = new Set<string>();
    let node = profile.nodes.get(sample.node);
    while (node !== undefined) {
      onStack.add(node.callFrame.functionName ?? '');
      node = node.parent === undefined ? undefined : profile.nodes.get(node.parent);
    }
    for (const name of names) {
      if (!onStack.has(name)) continue;
      const span = found.get(name) ?? { name, first: sample.ts, last: sample.ts, total: 0 };
      span.last = sample.ts + sample.dur;
      span.total += sample.dur / 1000;
      found.set(name, span);
    }
  }
  return names.flatMap((name) => found.get(name) ?? []);
}
