import { NotesView } from '../views/notes/NotesView';
import type { Wave } from '../model/types';
import type { UrlState } from '../model/url-state';
import { ComparisonView } from '../views/comparison/ComparisonView';
import { EvolutionView } from '../views/evolution/EvolutionView';
import { MapWorkspace } from '../views/map/MapWorkspace';
import type { UpdateUrlState } from '../state/useUrlState';

interface Props {
  state: UrlState;
  update: UpdateUrlState;
  councilId: string;
  waves: Wave[];
  wavesReady: boolean;
}

/** Mounts the current view. */
export function ViewSwitch({ state, update, councilId, waves, wavesReady }: Props) {
  switch (state.view) {
    case 'evolution':
      return <EvolutionView councilId={councilId} level={state.level} moment={state.moment} />;
    case 'compare':
      return (
        <ComparisonView
          councilIds={state.compare.length ? state.compare : [councilId]}
          waveLabel={state.compareWave}
          level={state.level}
          onCouncilsChange={(compare) => update({ compare })}
          onWaveLabelChange={(compareWave) => update({ compareWave })}
        />
      );
    case 'notes':
      return <NotesView councilId={councilId} />;
    case 'missing':
    case 'map':
    case 'changes':
    case 'table':
      return (
        <MapWorkspace
          state={state}
          update={update}
          councilId={councilId}
          waves={waves}
          wavesReady={wavesReady}
        />
      );
  }
}
