import { useState } from 'react';
import type { SnapshotEdge } from '../../model/snapshot';
import type { UnionNetwork } from '../../model/timeline';
import type { Level, Wave } from '../../model/types';
import type { Vocabularies } from '../../state/useVocabularies';
import { TieDetail } from './TieDetail';

interface Props {
  councilId: string;
  edge: SnapshotEdge;
  union: UnionNetwork;
  level: Level;
  names: Record<string, string>;
  vocab: Vocabularies;
  waves: Wave[];
}

/** An edge: one tie at people level, or an aggregate whose ties can be opened one by one. */
export function EdgeDetail({ councilId, edge, union, level, names, vocab, waves }: Props) {
  const [tieId, setTieId] = useState<string | null>(
    level === 'PEOPLE' || edge.tieIds.length === 1 ? (edge.tieIds[0] ?? edge.id) : null,
  );
  const label = (id: string) => union.nodes.find((n) => n.id === id)?.label ?? id;
  return (
    <div data-testid="edge-detail">
      <h3>
        {label(edge.source)} {edge.directed ? '→' : '↔'} {label(edge.target)}
      </h3>
      <table className="data-table">
        <tbody>
          <tr>
            <th scope="row">Tie type</th>
            <td>{names[edge.typeId] ?? edge.typeId}</td>
          </tr>
          <tr>
            <th scope="row">Ties</th>
            <td>{edge.count}</td>
          </tr>
          <tr>
            <th scope="row">Strength {edge.count > 1 ? '(sum)' : ''}</th>
            <td>{edge.strength}</td>
          </tr>
          <tr>
            <th scope="row">Integration level (mean, 1–7)</th>
            <td>{edge.integrationLevel.toFixed(1)}</td>
          </tr>
        </tbody>
      </table>
      {edge.tieIds.length > 1 && (
        <label>
          Tie{' '}
          <select value={tieId ?? ''} onChange={(e) => setTieId(e.target.value || null)}>
            <option value="">Choose one of {edge.tieIds.length}…</option>
            {edge.tieIds.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      )}
      {tieId && (
        <TieDetail
          key={tieId}
          councilId={councilId}
          tieId={tieId}
          vocab={vocab}
          waves={waves}
          names={names}
        />
      )}
    </div>
  );
}
