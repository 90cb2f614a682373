import { useCallback, useMemo } from 'react';
import { diffFrom } from '../../model/diff';
import { momentDate, stepMoment, todayIso, withTermNames } from '../../model/timeline';
import type { Wave } from '../../model/types';
import { filterInput, type UrlState } from '../../model/url-state';
import { NetworkCanvas } from '../../map/NetworkCanvas';
import type { TapTarget } from '../../map/useCanvasEvents';
import { useAnalysis } from '../../state/useAnalysis';
import { useCouncil, useInterventions } from '../../state/useCouncilContext';
import { useDataVersion } from '../../state/useDataVersion';
import { useNetworkTimeline } from '../../state/useNetworkTimeline';
import { useTeamAndOrganisationNames } from '../../state/useOrganisationNames';
import type { UpdateUrlState } from '../../state/useUrlState';
import { useAccess } from '../../state/useAccess';
import { useSavedLayout } from '../../state/useSavedLayout';
import { useNoteCounts } from '../../state/useNoteCounts';
import { useVocabularies } from '../../state/useVocabularies';
import { ApiBanner } from '../../shell/ApiBanner';
import { MapLegend } from './MapLegend';
import { MapControls } from './MapControls';
import { MapSidePanel } from './MapSidePanel';
import { TimelineBar } from './TimelineBar';
import { useMapModel } from './useMapModel';
import { useSideLayers } from './useSideLayers';
import { useNodeWords } from './useNodeWords';
import { NetworkTables } from '../table/NetworkTables';
import { ExportLinks } from '../export/ExportLinks';
import { TimelineEditor } from '../timeline/TimelineEditor';
import { EmptyCouncilPrompt } from './EmptyCouncilPrompt';
import { useTieDraft } from '../edit/useTieDraft';
import { SelectedSummary } from './SelectedSummary';
import { noteBadge } from '../../model/note-words';

interface Props {
  state: UrlState;
  update: UpdateUrlState;
  councilId: string;
  waves: Wave[];
  wavesReady: boolean;
}

const today = todayIso;

const VIEW_TITLES: Partial<Record<string, string>> = {
  map: 'Map',
  changes: 'Changes on the map',
  missing: 'Missing connections on the map',
  table: 'Table',
};

/**
 * The network views that share one map: Map, Changes (diff), Missing connections and Table.
 * The union of every timeline moment is laid out once; moments only change what is shown.
 */
export function MapWorkspace({ state, update, councilId, waves, wavesReady }: Props) {
  const { interventions, ready: interventionsReady } = useInterventions(councilId);
  const council = useCouncil(councilId);
  const { vocab, names } = useVocabularies();
  const [version] = useDataVersion(councilId);
  const diffing = state.view === 'changes';
  const current = momentDate(state.moment, waves, today());
  const chosenFrom = diffing ? diffFrom(state.from, waves) : null;
  // A From after To is not compared (the API refuses it): the panel offers to swap them.
  const from = chosenFrom && momentDate(chosenFrom, waves, today()) <= current ? chosenFrom : null;
  const fromDate = from ? momentDate(from, waves, today()) : null;
  const dates = useMemo(
    () => (fromDate && fromDate !== current ? [current, fromDate] : [current]),
    [current, fromDate],
  );
  const timeline = useNetworkTimeline({
    councilId,
    level: state.level,
    filters: state.filters,
    waves,
    interventions,
    dates,
    version,
    enabled: wavesReady && interventionsReady,
  });
  // Words for vocabulary nodes (Professions and Sectors levels), for every view below.
  const union = useMemo(() => withTermNames(timeline.union, names), [timeline.union, names]);
  const stepIndex = timeline.steps.findIndex((s) => s.date === current);
  const fromIndex = fromDate ? timeline.steps.findIndex((s) => s.date === fromDate) : -1;
  const needMetrics = state.size !== 'degree' || state.selected !== null || state.view === 'table';
  const analysis = useAnalysis(
    needMetrics,
    councilId,
    state.moment,
    state.level,
    state.filters,
    version,
  );
  // Team and organisation names: the organisation boxes' labels and the hover tooltip's lines.
  const actorNames = useTeamAndOrganisationNames(councilId);
  const groupNames = useMemo(() => {
    const out: Record<string, string> = { ...actorNames };
    for (const n of council?.neighbourhoods ?? []) out[n.id] = n.name;
    for (const n of union?.nodes ?? []) if (n.kind === 'ORGANISATION') out[n.id] = n.label;
    return out;
  }, [council, union, actorNames]);
  const professionOrder = useMemo(() => vocab.professions.map((p) => p.id), [vocab]);
  const shown = useMemo(
    () =>
      fromIndex >= 0 && stepIndex >= 0 ? [fromIndex, stepIndex] : stepIndex >= 0 ? [stepIndex] : [],
    [fromIndex, stepIndex],
  );
  const model = useMapModel({
    union: union,
    shownSteps: shown,
    state,
    metricValues: analysis.table,
    groupNames,
    professionOrder,
  });
  const layers = useSideLayers({
    state,
    union: union,
    model,
    councilId,
    fromMoment: from,
    fromIndex,
    toIndex: stepIndex,
    version,
  });

  const access = useAccess(councilId);
  const [draft, begin] = useTieDraft();
  const onDrawTie = useCallback((from: string, to: string) => begin({ from, to }), [begin]);
  const noteCounts = useNoteCounts(councilId);
  // The council's shared picture of this map: everyone sees the same positions.
  const layout = useSavedLayout(councilId, state.level, state.compound, access.canEdit);
  const onTap = useCallback(
    (t: TapTarget | null) => update({ selected: t ? t.id : null, ...(t ? {} : { ego: 0 }) }),
    [update],
  );
  const onStep = useCallback(
    (i: number) => {
      const s = timeline.steps[i];
      if (s) update({ moment: stepMoment(s) }, { replace: true });
    },
    [timeline.steps, update],
  );
  const { describe, searchResults } = useNodeWords({
    union,
    presentEdges: model.presentEdges,
    matches: model.matches,
    names,
    actorNames,
    current,
  });
  const selectedWords = state.selected ? describe(state.selected) : null;
  const loading = timeline.status === 'loading';
  // Nothing at any moment, with no filter hiding it: a new council waiting for its data.
  const empty = !loading && union?.nodes.length === 0 && filterInput(state.filters) === null;
  const exportScope = { level: state.level, moment: state.moment, filters: state.filters };
  return (
    <div className={`workspace view-${state.view}`}>
      {/* The views' own headings (legend, details, forms) are h3: an h2 names the view. */}
      <h2 className="visually-hidden">
        {VIEW_TITLES[state.view] ?? 'Map'} of {council?.name ?? councilId}
      </h2>
      <ApiBanner error={timeline.error} />
      {loading && (
        <p role="status" className="loading" data-testid="map-loading">
          Loading the network…{' '}
          {timeline.total ? `${timeline.loaded} of ${timeline.total} moments` : ''}
          <progress max={timeline.total || 1} value={timeline.loaded} />
        </p>
      )}
      {state.view !== 'table' && (
        <MapControls
          state={state}
          update={update}
          vocab={vocab}
          neighbourhoods={council?.neighbourhoods ?? []}
          matchCount={model.matches.size}
          matches={searchResults}
        />
      )}
      {empty && <EmptyCouncilPrompt councilId={councilId} canEdit={access.canEdit} />}
      {state.view === 'map' && timeline.steps.length > 0 && (
        <TimelineBar
          steps={timeline.steps}
          index={stepIndex}
          onStep={onStep}
          noteCounts={noteCounts}
        />
      )}
      {state.view === 'map' && access.canEdit && <TimelineEditor councilId={councilId} />}
      {(state.view === 'map' || state.view === 'table') && (
        <ExportLinks councilId={councilId} scope={exportScope} />
      )}
      {state.view === 'table' ? (
        <NetworkTables
          union={union}
          present={model.present}
          analysis={analysis.analysis}
          names={names}
          exportName={`${councilId}-${current}-${state.level.toLowerCase()}`}
          onOpen={(id) => update({ selected: id, view: 'map' })}
        />
      ) : (
        <div className="map-layout">
          <div className="map-main">
            {union && (
              <NetworkCanvas
                elements={layers.elements}
                // The key of the network drawn, not of the one asked for: positions are
                // computed for, and stored under, the elements actually handed over.
                layoutKey={`${timeline.unionKey}|${state.compound}`}
                classes={layers.classes}
                selectedId={state.selected}
                busy={loading}
                focusIds={layers.focusIds}
                onTap={onTap}
                describe={describe}
                saved={layout.saved}
                persist={layout.persist}
                sharedLayout={access.canEdit}
                onDrawTie={access.canEdit && state.view === 'map' ? onDrawTie : undefined}
                selectedBadge={state.selected ? noteBadge(noteCounts?.get(state.selected)) : null}
                exportName={`${councilId}-${current}-${state.level.toLowerCase()}`}
                label={`Network of ${council?.name ?? councilId} on ${current} at ${state.level.toLowerCase()} level`}
              />
            )}
            {state.view === 'map' && selectedWords && (
              <SelectedSummary title={selectedWords.title} line={selectedWords.lines[0]} />
            )}
            {layout.saveError && (
              <p role="alert" className="form-error" data-testid="layout-save-error">
                The layout could not be saved for others: {layout.saveError}
              </p>
            )}
            <MapLegend
              state={state}
              update={update}
              union={union}
              model={model}
              names={names}
              suggested={layers.suggested}
            />
          </div>
          <MapSidePanel
            state={state}
            update={update}
            councilId={councilId}
            waves={waves}
            union={union}
            analysis={analysis.analysis}
            metricsStale={analysis.stale}
            metricValues={analysis.table}
            names={names}
            vocab={vocab}
            layers={layers}
            present={model.present}
            draft={draft}
            begin={begin}
          />
        </div>
      )}
    </div>
  );
}
