import { metricName } from '../../model/metric-names';
import { useMemo } from 'react';
import type { Column } from '../../model/table';
import type { Analysis, SnapshotEdge, SnapshotNode } from '../../model/snapshot';
import { metricTable } from '../../model/snapshot';
import type { UnionNetwork } from '../../model/timeline';
import { DataTable } from './DataTable';

const METRICS = [
  'degree',
  'strength',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'coreNumber',
  'constraint',
  'brokerageTotal',
];

/** The table alternative to the map: nodes with metrics, and ties, for the current view. */
export function NetworkTables(p: {
  union: UnionNetwork | null;
  present: Set<string>;
  analysis: Analysis | null;
  names: Record<string, string>;
  exportName: string;
  /** Opens a node's or a tie's details (on the map). */
  onOpen: (id: string) => void;
}) {
  const nodes = useMemo(
    () => (p.union?.nodes ?? []).filter((n) => p.present.has(n.id)),
    [p.union, p.present],
  );
  const edges = useMemo(
    () => (p.union?.edges ?? []).filter((e) => p.present.has(e.id)),
    [p.union, p.present],
  );
  const metrics = useMemo(() => (p.analysis ? metricTable(p.analysis) : null), [p.analysis]);
  const label = useMemo(() => new Map(nodes.map((n) => [n.id, n.label])), [nodes]);
  const name = (id: string | null) => (id ? (p.names[id] ?? id) : '');
  const nodeColumns: Column<SnapshotNode>[] = useMemo(
    () => [
      { key: 'label', label: 'Name', value: (n) => n.label },
      { key: 'kind', label: 'Kind', value: (n) => n.kind.toLowerCase() },
      { key: 'team', label: 'Team type', value: (n) => name(n.teamTypeId) },
      { key: 'sector', label: 'Sector', value: (n) => name(n.sectorId) },
      { key: 'profession', label: 'Profession', value: (n) => name(n.professionId) },
      ...METRICS.filter((m) => p.analysis?.metrics.includes(m)).map((m) => ({
        key: m,
        label: metricName(m),
        numeric: true,
        value: (n: SnapshotNode) => metrics?.get(n.id)?.[m] ?? null,
      })),
      { key: 'id', label: 'Id', value: (n) => n.id },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [metrics, p.analysis, p.names],
  );
  const edgeColumns: Column<SnapshotEdge>[] = useMemo(
    () => [
      { key: 'source', label: 'From', value: (e) => label.get(e.source) ?? e.source },
      { key: 'target', label: 'To', value: (e) => label.get(e.target) ?? e.target },
      { key: 'type', label: 'Tie type', value: (e) => p.names[e.typeId] ?? e.typeId },
      { key: 'directed', label: 'Directed', value: (e) => (e.directed ? 'yes' : 'no') },
      { key: 'count', label: 'Ties', numeric: true, value: (e) => e.count },
      { key: 'strength', label: 'Strength', numeric: true, value: (e) => e.strength },
      {
        key: 'integration',
        label: 'Integration level',
        numeric: true,
        value: (e) => e.integrationLevel,
      },
      { key: 'id', label: 'Id', value: (e) => e.id },
    ],
    [label, p.names],
  );
  if (!p.union) return <p role="status">Loading the network…</p>;
  return (
    <div className="network-tables" data-testid="network-tables">
      {!p.analysis && <p role="status">Computing metrics…</p>}
      <DataTable
        caption={`Nodes (${nodes.length})`}
        rows={nodes}
        columns={nodeColumns}
        fileName={`${p.exportName}-nodes.csv`}
        testId="nodes-table"
        rowKey={(n) => n.id}
        onOpen={(n) => p.onOpen(n.id)}
        openLabel={(n) => `Show ${n.label} on the map, with its details`}
      />
      <DataTable
        caption={`Ties (${edges.length})`}
        rows={edges}
        columns={edgeColumns}
        fileName={`${p.exportName}-ties.csv`}
        testId="ties-table"
        rowKey={(e) => e.id}
        onOpen={(e) => p.onOpen(e.id)}
        openLabel={() => 'Show this tie on the map, with its details'}
      />
    </div>
  );
}
