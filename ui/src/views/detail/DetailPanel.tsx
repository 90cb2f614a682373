import type { Analysis } from '../../model/snapshot';
import type { UnionNetwork } from '../../model/timeline';
import type { Level, Moment, Wave } from '../../model/types';
import type { Vocabularies } from '../../state/useVocabularies';
import { EdgeDetail } from './EdgeDetail';
import { NodeDetail } from './NodeDetail';

interface Props {
  councilId: string;
  selected: string | null;
  union: UnionNetwork | null;
  analysis: Analysis | null;
  /** The metrics are the previous moment's, while this one's are computed. */
  metricsStale?: boolean;
  metricValues: Map<string, Record<string, number | null>> | null;
  names: Record<string, string>;
  vocab: Vocabularies;
  waves: Wave[];
  level: Level;
  moment: Moment;
  onClose: () => void;
  /** Opens the new-tie form with this actor ("KIND:id") as From; absent for viewers. */
  onAddTie?: (from: string) => void;
}

/** Details of the selected node or tie: attributes, metrics explained, history, notes. */
export function DetailPanel(p: Props) {
  if (!p.selected || !p.union)
    return <p className="muted">Click a node or a tie to see its details.</p>;
  const node = p.union.nodes.find((n) => n.id === p.selected);
  const edge = node ? undefined : p.union.edges.find((e) => e.id === p.selected);
  return (
    <section className="detail-panel" data-testid="detail-panel" aria-live="polite">
      <button type="button" className="close" onClick={p.onClose} aria-label="Close details">
        ×
      </button>
      {node && (
        <NodeDetail
          key={node.id}
          councilId={p.councilId}
          node={node}
          analysis={p.analysis}
          metricsStale={p.metricsStale}
          values={p.metricValues?.get(node.id) ?? null}
          names={p.names}
          vocab={p.vocab}
          onAddTie={p.onAddTie}
        />
      )}
      {edge && (
        <EdgeDetail
          key={edge.id}
          councilId={p.councilId}
          edge={edge}
          union={p.union}
          level={p.level}
          names={p.names}
          vocab={p.vocab}
          waves={p.waves}
        />
      )}
      {!node && !edge && <p>The selection is not in this network.</p>}
    </section>
  );
}
