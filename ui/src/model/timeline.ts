/**
 * Time: the steps of the timeline, the union of the networks at those steps, and which
 * elements are present at each step. Positions are computed once for the union, so the
 * map does not jump while time moves.
 */
import type { InterventionsQuery } from '../api/operations.generated';
import type { Snapshot, SnapshotEdge, SnapshotNode } from './snapshot';
import type { Moment, Wave } from './types';

export type StepKind = 'wave' | 'intervention' | 'quarter' | 'moment';

export interface TimelineStep {
  date: string;
  label: string;
  kind: StepKind;
  waveId?: string;
  /** The interventions of an intervention step (several may share a date). */
  interventionIds?: string[];
}

export type Intervention = InterventionsQuery['interventions']['items'][number];

/** First days of the quarters strictly between two dates (YYYY-MM-DD). */
export function quartersBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Math.floor((Number(from.slice(5, 7)) - 1) / 3) * 3 + 1;
  for (;;) {
    m += 3;
    if (m > 12) {
      m -= 12;
      y += 1;
    }
    const d = `${y}-${String(m).padStart(2, '0')}-01`;
    if (d >= to) return out;
    if (d > from) out.push(d);
  }
}

/**
 * Steps of the timeline, by date: the waves, the interventions, the current moment and
 * (unless `coarse`) the first day of each quarter between the first and last wave. Where
 * two fall on one date the wave wins, then the intervention.
 */
export function timelineSteps(
  waves: Wave[],
  interventions: Intervention[],
  current: string | null,
  coarse = false,
): TimelineStep[] {
  const byDate = new Map<string, TimelineStep>();
  const put = (s: TimelineStep) => {
    if (!byDate.has(s.date)) byDate.set(s.date, s);
  };
  for (const w of waves) put({ date: w.date, label: w.label, kind: 'wave', waveId: w.id });
  if (!coarse)
    for (const i of interventions) {
      const same = byDate.get(i.date);
      if (same?.kind === 'intervention')
        same.interventionIds = [...(same.interventionIds ?? []), i.id];
      else put({ date: i.date, label: i.label, kind: 'intervention', interventionIds: [i.id] });
    }
  if (current) put({ date: current, label: current, kind: 'moment' });
  const dates = waves.map((w) => w.date).sort();
  if (!coarse && dates.length >= 2) {
    for (const q of quartersBetween(dates[0], dates[dates.length - 1])) {
      put({ date: q, label: q, kind: 'quarter' });
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The date a moment stands for: its wave's date, its asOf, or today. */
export function momentDate(moment: Moment, waves: Wave[], today: string): string {
  if (moment.wave) return waves.find((w) => w.id === moment.wave)?.date ?? today;
  return moment.asOf ?? today;
}

/** The moment a step stands for (waves by id, so links name the wave). */
export function stepMoment(step: TimelineStep): Moment {
  return step.waveId ? { wave: step.waveId } : { asOf: step.date };
}

export interface UnionNetwork {
  steps: string[];
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
  /** Element id → index of every step it is present at. */
  presence: Map<string, Set<number>>;
  /** Edge id → its edge at each step (strength and count change over time). */
  edgeAt: Map<string, (SnapshotEdge | null)[]>;
}

/** The union of the networks at each step; node and edge attributes are their latest. */
export function unionOf(snapshots: { date: string; snapshot: Snapshot }[]): UnionNetwork {
  const nodes = new Map<string, SnapshotNode>();
  const edges = new Map<string, SnapshotEdge>();
  const presence = new Map<string, Set<number>>();
  const edgeAt = new Map<string, (SnapshotEdge | null)[]>();
  const mark = (id: string, i: number) => {
    let s = presence.get(id);
    if (!s) presence.set(id, (s = new Set()));
    s.add(i);
  };
  snapshots.forEach(({ snapshot }, i) => {
    for (const n of snapshot.nodes) {
      nodes.set(n.id, n);
      mark(n.id, i);
    }
    for (const e of snapshot.edges) {
      edges.set(e.id, e);
      mark(e.id, i);
      let at = edgeAt.get(e.id);
      if (!at) edgeAt.set(e.id, (at = new Array<SnapshotEdge | null>(snapshots.length).fill(null)));
      at[i] = e;
    }
  });
  return {
    steps: snapshots.map((s) => s.date),
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    presence,
    edgeAt,
  };
}

/** Ids of the elements present at a step. */
export function presentAt(union: UnionNetwork, step: number): Set<string> {
  const out = new Set<string>();
  for (const [id, at] of union.presence) if (at.has(step)) out.add(id);
  return out;
}

/** What changes when moving from one step to another: ids that enter and ids that leave. */
export function transition(
  union: UnionNetwork,
  from: number,
  to: number,
): { entering: string[]; leaving: string[] } {
  const entering: string[] = [];
  const leaving: string[] = [];
  for (const [id, at] of union.presence) {
    const before = at.has(from);
    const after = at.has(to);
    if (!before && after) entering.push(id);
    if (before && !after) leaving.push(id);
  }
  return { entering, leaving };
}

/**
 * Edges between two groups of nodes (in either direction), e.g. home-care branch ↔ district
 * nursing by team type. Counts snapshot edges, so parallel ties of different types count apart.
 */
export function edgesBetween(
  network: { nodes: SnapshotNode[]; edges: SnapshotEdge[] },
  inA: (n: SnapshotNode) => boolean,
  inB: (n: SnapshotNode) => boolean,
): SnapshotEdge[] {
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  return network.edges.filter((e) => {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) return false;
    return (inA(s) && inB(t)) || (inB(s) && inA(t));
  });
}

/**
 * The union with words for vocabulary nodes: at the Professions and Sectors levels a node is
 * a term of the shared vocabulary and the snapshot labels it with its id (home-care-worker,
 * nhs); the vocabulary's name is shown instead. Other nodes keep their label.
 */
export function withTermNames(
  union: UnionNetwork | null,
  names: Record<string, string>,
): UnionNetwork | null {
  if (!union) return null;
  const named = (n: SnapshotNode) =>
    (n.kind === 'PROFESSION' || n.kind === 'SECTOR') && names[n.id]
      ? { ...n, label: names[n.id] }
      : n;
  if (!union.nodes.some((n) => named(n) !== n)) return union;
  return { ...union, nodes: union.nodes.map(named) };
}

/** Today's date (YYYY-MM-DD, UTC), the date of the "Today" moment. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
