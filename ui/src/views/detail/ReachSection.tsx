import { useState } from 'react';
import { ApiError, gql } from '../../api/client';
import type { SimulateQuery, SimulateQueryVariables } from '../../api/operations.generated';
import { cutOff, shortestPath } from '../../model/paths';
import type { UnionNetwork } from '../../model/timeline';
import { filterInput, momentVariables, type UrlState } from '../../model/url-state';
import { SearchPicker } from '../edit/SearchPicker';

/** What the map shows over the selection: a path to someone, or who is cut off if it leaves. */
export type Reach =
  | { kind: 'path'; origin: string; nodes: string[]; edges: string[] }
  | { kind: 'leaves'; origin: string; removed: string; cut: string[] };

const SIMULATE = `query Simulate($c: ID!, $ids: [ID!]!, $level: NetworkLevel!, $asOf: String,
  $wave: ID, $filter: SnapshotFilterInput) {
  simulateRemoval(councilId: $c, nodeIds: $ids, level: $level, asOf: $asOf, wave: $wave,
    filter: $filter, pathMetrics: false) {
    lostPairs lostCrossGroupPairs componentsBefore componentsAfter newComponents convention } }`;

type Simulation = SimulateQuery['simulateRemoval'];

interface Props {
  councilId: string;
  state: UrlState;
  nodeId: string;
  union: UnionNetwork;
  /** Node and tie ids present at the moment in view. */
  present: Set<string>;
  onReach: (reach: Reach | null) => void;
}

/**
 * "Shortest path to …" and "What if … leaves?" for the selected actor, drawn on the map. The
 * path is found here over the ties drawn (fewest ties, direction ignored); the consequences
 * of leaving are the API's simulateRemoval, with the actors it cuts off ringed on the map.
 */
export function ReachSection(p: Props) {
  const [target, setTarget] = useState('');
  const [pathText, setPathText] = useState<string | null>(null);
  const [simulation, setSimulation] = useState<Simulation | null>(null);
  const [cutCount, setCutCount] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const label = (id: string) => p.union.nodes.find((n) => n.id === id)?.label ?? id;
  const nodes = new Set(p.union.nodes.filter((n) => p.present.has(n.id)).map((n) => n.id));
  const edges = p.union.edges.filter((e) => p.present.has(e.id));
  const options = p.union.nodes
    .filter((n) => nodes.has(n.id) && n.id !== p.nodeId)
    .map((n) => ({ value: n.id, label: n.label, detail: n.kind.toLowerCase() }));

  const showPath = (to: string) => {
    setTarget(to);
    setSimulation(null);
    const path = shortestPath(nodes, edges, p.nodeId, to);
    if (!path) {
      setPathText(`No path between ${label(p.nodeId)} and ${label(to)} at this moment.`);
      p.onReach(null);
      return;
    }
    const onPath = new Set<string>();
    for (let i = 1; i < path.length; i++) {
      const [a, b] = [path[i - 1], path[i]];
      for (const e of edges) {
        if ((e.source === a && e.target === b) || (e.source === b && e.target === a)) {
          onPath.add(e.id);
        }
      }
    }
    const steps = path.length - 1;
    setPathText(`${steps} ${steps === 1 ? 'tie' : 'ties'}: ${path.map(label).join(' → ')}`);
    p.onReach({ kind: 'path', origin: p.nodeId, nodes: path, edges: [...onPath] });
  };

  const whatIf = () => {
    setPathText(null);
    setTarget('');
    setError(null);
    gql<SimulateQuery, SimulateQueryVariables>(SIMULATE, {
      c: p.councilId,
      ids: [p.nodeId],
      level: p.state.level,
      ...momentVariables(p.state.moment),
      filter: filterInput(p.state.filters),
    })
      .then((r) => {
        const cut = [...cutOff(nodes, edges, [p.nodeId])];
        setSimulation(r.simulateRemoval);
        setCutCount(cut.length);
        p.onReach({ kind: 'leaves', origin: p.nodeId, removed: p.nodeId, cut });
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  };

  const clear = () => {
    setTarget('');
    setPathText(null);
    setSimulation(null);
    p.onReach(null);
  };

  return (
    <section className="reach" aria-labelledby="reach-title" data-testid="reach">
      <h4 id="reach-title">Paths and what if</h4>
      <div className="field">
        <label htmlFor="reach-target">Shortest path to</label>
        <SearchPicker
          id="reach-target"
          value={target}
          options={options}
          onChange={showPath}
          invalid={false}
          dataField="reach-target"
        />
      </div>
      {pathText && (
        <p role="status" data-testid="path-result">
          {pathText}
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={whatIf} data-testid="what-if">
          What if {label(p.nodeId)} leaves?
        </button>
        {(pathText || simulation) && (
          <button type="button" onClick={clear}>
            Clear from the map
          </button>
        )}
      </div>
      {error && <p role="alert">{error}</p>}
      {simulation && (
        <p role="status" data-testid="what-if-result">
          {simulation.lostPairs} pairs of the actors who stay would lose every path between them (
          {simulation.lostCrossGroupPairs} of them across groups); the network would go from{' '}
          {simulation.componentsBefore} to {simulation.componentsAfter} components.{' '}
          {cutCount > 0
            ? `${cutCount} ${cutCount === 1 ? 'actor' : 'actors'} cut off from the rest ${cutCount === 1 ? 'is' : 'are'} ringed in red.`
            : 'Nobody would be cut off from the rest.'}{' '}
          <small className="muted">{simulation.convention}</small>
        </p>
      )}
    </section>
  );
}
