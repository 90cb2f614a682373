import { projectSnapshot } from '../../analytics/snapshot/project-snapshot';
import {
  NetworkLevel,
  SnapshotEdge,
  SnapshotFilter,
  SnapshotNode,
} from '../../analytics/snapshot/snapshot-types';
import { addDays } from '../../common/temporal';
import { HistoryNetwork } from './history-types';
import { changeDates, rawAt } from './raw-at';

/** An inclusive period, as GEXF 1.3 spells are: `end` is the last day; null = still going. */
export interface Spell {
  start: string;
  end: string | null;
}

export interface Timeline {
  nodeSpells: Map<string, Spell[]>;
  edgeSpells: Map<string, Spell[]>;
  /** Each node and edge as it was the last time it existed (for those absent at the moment). */
  lastNodes: Map<string, SnapshotNode>;
  lastEdges: Map<string, SnapshotEdge>;
  /** The dates at which the network was projected. */
  dates: string[];
}

function extend(spells: Map<string, Spell[]>, id: string, from: string, until: string | null) {
  const list = spells.get(id) ?? [];
  const last = list[list.length - 1];
  // Interweave's periods are half-open [from, until): the inclusive end is the day before.
  const end = until === null ? null : addDays(until, -1);
  if (last && last.end !== null && addDays(last.end, 1) === from) last.end = end;
  else list.push({ start: from, end });
  spells.set(id, list);
}

/** Dates projected between two yields to the event loop. */
const DATES_PER_SLICE = 25;

/**
 * When each node and edge of the projected network existed, over the council's whole
 * history: the network is projected (with the same projectSnapshot, level and filters as
 * the moment's export) at every date on which anything starts or ends; between two such
 * dates nothing changes, so presence on [date_i, date_i+1) is exact. The work runs in
 * slices, yielding to the event loop between them, so other requests are served meanwhile
 * (the demo council's ~160 actors take about a second in all).
 */
export async function timeline(
  history: HistoryNetwork,
  level: NetworkLevel,
  filter: SnapshotFilter,
): Promise<Timeline> {
  const dates = changeDates(history);
  const nodeSpells = new Map<string, Spell[]>();
  const edgeSpells = new Map<string, Spell[]>();
  const lastNodes = new Map<string, SnapshotNode>();
  const lastEdges = new Map<string, SnapshotEdge>();
  for (let i = 0; i < dates.length; i += 1) {
    if (i > 0 && i % DATES_PER_SLICE === 0) await new Promise((done) => setImmediate(done));
    const date = dates[i];
    const until = dates[i + 1] ?? null;
    const snapshot = projectSnapshot(rawAt(history, date), level, filter);
    for (const node of snapshot.nodes) {
      extend(nodeSpells, node.id, date, until);
      lastNodes.set(node.id, node);
    }
    for (const edge of snapshot.edges) {
      extend(edgeSpells, edge.id, date, until);
      lastEdges.set(edge.id, edge);
    }
  }
  return { nodeSpells, edgeSpells, lastNodes, lastEdges, dates };
}
