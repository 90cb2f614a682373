import { Snapshot, SnapshotNode } from '../snapshot/snapshot-types';

export type ChangeKind = 'ADDED' | 'ENDED' | 'STRENGTHENED' | 'WEAKENED' | 'TYPE_CHANGED';

export interface PairChange {
  kind: ChangeKind;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  typesBefore: string[];
  typesAfter: string[];
  strengthBefore: number;
  strengthAfter: number;
  countBefore: number;
  countAfter: number;
}

export interface SnapshotDiff {
  changes: PairChange[];
  joined: SnapshotNode[];
  left: SnapshotNode[];
  counts: Record<
    'added' | 'ended' | 'strengthened' | 'weakened' | 'typeChanged' | 'joined' | 'left',
    number
  >;
}

interface PairState {
  source: string;
  target: string;
  types: Set<string>;
  strength: number;
  count: number;
}

function pairs(s: Snapshot): Map<string, PairState> {
  const out = new Map<string, PairState>();
  for (const e of s.edges) {
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = `${a}|${b}`;
    const state = out.get(key) ?? {
      source: a,
      target: b,
      types: new Set<string>(),
      strength: 0,
      count: 0,
    };
    state.types.add(e.typeId);
    state.strength += e.strength;
    state.count += e.count;
    out.set(key, state);
  }
  return out;
}

/**
 * Classifies every change between two snapshots of the same level, per unordered pair of
 * nodes: a pair tied only later was ADDED, only earlier ENDED; a pair tied at both moments
 * is STRENGTHENED or WEAKENED when its summed strength changed, else TYPE_CHANGED when the
 * set of tie types changed (a pair can be both stronger and retyped: strength wins).
 */
export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDiff {
  const labels = new Map([...before.nodes, ...after.nodes].map((n) => [n.id, n.label]));
  const a = pairs(before);
  const b = pairs(after);
  const changes: PairChange[] = [];
  const change = (kind: ChangeKind, x: PairState | undefined, y: PairState | undefined) => {
    const ref = (y ?? x) as PairState;
    changes.push({
      kind,
      source: ref.source,
      target: ref.target,
      sourceLabel: labels.get(ref.source) ?? ref.source,
      targetLabel: labels.get(ref.target) ?? ref.target,
      typesBefore: [...(x?.types ?? [])].sort(),
      typesAfter: [...(y?.types ?? [])].sort(),
      strengthBefore: x?.strength ?? 0,
      strengthAfter: y?.strength ?? 0,
      countBefore: x?.count ?? 0,
      countAfter: y?.count ?? 0,
    });
  };
  for (const [key, x] of a) {
    const y = b.get(key);
    if (!y) change('ENDED', x, undefined);
    else if (y.strength > x.strength) change('STRENGTHENED', x, y);
    else if (y.strength < x.strength) change('WEAKENED', x, y);
    else if ([...x.types].sort().join() !== [...y.types].sort().join())
      change('TYPE_CHANGED', x, y);
  }
  for (const [key, y] of b) if (!a.has(key)) change('ADDED', undefined, y);
  const beforeIds = new Set(before.nodes.map((n) => n.id));
  const afterIds = new Set(after.nodes.map((n) => n.id));
  const joined = after.nodes.filter((n) => !beforeIds.has(n.id));
  const left = before.nodes.filter((n) => !afterIds.has(n.id));
  const count = (k: ChangeKind) => changes.filter((c) => c.kind === k).length;
  return {
    changes,
    joined,
    left,
    counts: {
      added: count('ADDED'),
      ended: count('ENDED'),
      strengthened: count('STRENGTHENED'),
      weakened: count('WEAKENED'),
      typeChanged: count('TYPE_CHANGED'),
      joined: joined.length,
      left: left.length,
    },
  };
}
