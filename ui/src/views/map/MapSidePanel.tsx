import { momentDate, todayIso } from '../../model/timeline';
import type { Snapshot } from '../../model/snapshot';
import type { Analysis } from '../../model/snapshot';
import type { UnionNetwork } from '../../model/timeline';
import type { Wave } from '../../model/types';
import type { UrlState } from '../../model/url-state';
import { useAccess } from '../../state/useAccess';
import type { UpdateUrlState } from '../../state/useUrlState';
import type { Vocabularies } from '../../state/useVocabularies';
import { DetailPanel } from '../detail/DetailPanel';
import { DiffPanel } from '../diff/DiffPanel';
import { EditLauncher, type TieDraft } from '../edit/EditLauncher';
import { MissingTieAction } from '../missing/MissingTieAction';
import { ReachSection } from '../detail/ReachSection';
import { MissingConnectionsPanel } from '../missing/MissingConnectionsPanel';
import type { SideLayers } from './useSideLayers';

interface Props {
  state: UrlState;
  update: UpdateUrlState;
  councilId: string;
  waves: Wave[];
  union: UnionNetwork | null;
  analysis: Analysis | null;
  metricsStale?: boolean;
  metricValues: Map<string, Record<string, number | null>> | null;
  names: Record<string, string>;
  vocab: Vocabularies;
  layers: SideLayers;
  /** Node and tie ids present at the moment in view. */
  present: Set<string>;
  /** The tie being begun (useTieDraft), and how to begin one. */
  draft: TieDraft | null;
  begin: (d: Omit<TieDraft, 'n'>) => void;
}

export type { Snapshot };

/** The panel beside the map: details and editing (Map), changes (Changes), or B's list (Missing). */
export function MapSidePanel(p: Props) {
  const { state, update } = p;
  const access = useAccess(p.councilId);
  const { draft, begin } = p;
  const selectedNode =
    state.selected && p.union?.nodes.some((n) => n.id === state.selected) ? state.selected : null;
  if (state.view === 'changes') {
    return (
      <aside className="side-panel" aria-label="Changes">
        <DiffPanel
          state={state}
          update={update}
          waves={p.waves}
          diff={p.layers.diff}
          names={p.names}
        />
      </aside>
    );
  }
  if (state.view === 'missing') {
    return (
      <div className="side-panel side-panel-wide">
        <MissingConnectionsPanel
          councilId={p.councilId}
          moment={state.moment}
          level={state.level}
          selectedRank={state.rank}
          onSelect={(item) => {
            p.layers.setMissingItem(item);
            update({ rank: item ? item.rank : null });
          }}
        />
        {access.canEdit && p.layers.missingItem && (
          <MissingTieAction item={p.layers.missingItem} union={p.union} onAdd={(d) => begin(d)} />
        )}
        {access.canEdit && draft && (
          <EditLauncher
            councilId={p.councilId}
            union={p.union}
            vocab={p.vocab}
            names={p.names}
            waves={p.waves}
            viewDate={momentDate(state.moment, p.waves, todayIso())}
            draft={draft}
          />
        )}
        {p.layers.missingItem && !p.layers.missing?.nodeIds.length && (
          <p role="status" data-testid="missing-not-drawn">
            This pair is not drawn at {state.level.toLowerCase()} level: switch to people or teams.
          </p>
        )}
      </div>
    );
  }
  return (
    <aside className="side-panel" aria-label="Details">
      {access.canEdit && (
        <EditLauncher
          councilId={p.councilId}
          union={p.union}
          vocab={p.vocab}
          names={p.names}
          waves={p.waves}
          viewDate={momentDate(state.moment, p.waves, todayIso())}
          draft={draft}
        />
      )}
      <DetailPanel
        councilId={p.councilId}
        selected={state.selected}
        union={p.union}
        analysis={p.analysis}
        metricsStale={p.metricsStale}
        metricValues={p.metricValues}
        names={p.names}
        vocab={p.vocab}
        waves={p.waves}
        level={state.level}
        moment={state.moment}
        onClose={() => update({ selected: null, ego: 0 })}
        onAddTie={access.canEdit ? (from) => begin({ from }) : undefined}
      />
      {state.view === 'map' && p.union && selectedNode && (
        <ReachSection
          key={selectedNode}
          councilId={p.councilId}
          state={state}
          nodeId={selectedNode}
          union={p.union}
          present={p.present}
          onReach={p.layers.setReach}
        />
      )}
    </aside>
  );
}
