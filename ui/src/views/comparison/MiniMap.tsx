import { useMemo } from 'react';
import { layoutMiniMap, type Grouping } from '../../model/comparison-minimap';
import type { Level } from '../../model/types';
import { useMiniSnapshot } from './useComparison';

interface Props {
  councilId: string;
  councilName: string;
  asOf: string;
  waveLabel: string | null;
  level: Level;
  grouping: Grouping;
  groupOrder: readonly string[];
  labelOf: (group: string) => string;
}

const SIZE = 220;

/**
 * A static SVG mini-map of one council: nodes on a circle in arcs by group (same place in every
 * council), ties across groups darker than ties inside a group. Hover a node for its name.
 */
export function MiniMap(p: Props) {
  const q = useMiniSnapshot(p.councilId, p.asOf, p.level);
  const snapshot = q.data?.networkSnapshot;
  const map = useMemo(
    () =>
      snapshot
        ? layoutMiniMap(snapshot.nodes, snapshot.edges, p.grouping, p.groupOrder, SIZE)
        : null,
    [snapshot, p.grouping, p.groupOrder],
  );
  const titleId = `minimap-${p.councilId}`;
  const cross = map?.edges.filter((e) => e.cross).length ?? 0;
  return (
    <figure className="iw-minimap" data-testid="minimap" data-council={p.councilId}>
      <figcaption id={titleId}>
        <strong>{p.councilName}</strong>{' '}
        <span className="iw-muted">
          {p.waveLabel ?? ''} {p.asOf}
        </span>
        {map && (
          <span className="iw-muted iw-block">
            {map.nodes.length} actors, {map.edges.length} tied pairs, {cross} across groups
          </span>
        )}
      </figcaption>
      {q.status === 'error' && <p role="alert">Could not draw the map: {q.error.message}</p>}
      {!map && q.status !== 'error' && (
        <p role="status" className="loading">
          Drawing…
        </p>
      )}
      {map && (
        <svg
          width={SIZE}
          height={SIZE}
          viewBox={`0 0 ${SIZE} ${SIZE}`}
          role="img"
          aria-labelledby={titleId}
        >
          <g className="iw-minimap-edges">
            {map.edges.map((e, i) => (
              <line
                key={i}
                x1={e.x1}
                y1={e.y1}
                x2={e.x2}
                y2={e.y2}
                className={e.cross ? 'cross' : 'inside'}
              />
            ))}
          </g>
          {map.nodes.map((n) => (
            <circle key={n.id} cx={n.x} cy={n.y} r={3.2} fill={n.fill} className="iw-minimap-node">
              <title>{`${n.label} (${n.group ? p.labelOf(n.group) : 'no group'})`}</title>
            </circle>
          ))}
        </svg>
      )}
    </figure>
  );
}
