import { useMemo, useState } from 'react';
import type { Grouping } from '../../model/comparison-minimap';
import { findConvention } from '../../model/comparison-metrics';
import {
  buildHeatmap,
  MATRIX_MODE_LABELS,
  MATRIX_MODE_METRIC,
  type MatrixMode,
} from '../../model/heatmap';
import { markersInRange, pairSeries, pointForMoment } from '../../model/line-chart';
import type { Level, Moment } from '../../model/types';
import { ConventionList } from './Conventions';
import { EvolutionControls } from './EvolutionControls';
import { GroupHeatmap } from './GroupHeatmap';
import { GroupPicker } from './GroupPicker';
import { MatrixTable } from './MatrixTable';
import { NetworkStats } from './NetworkStats';
import { PairLineChart } from './PairLineChart';
import { PairSeriesTable } from './PairSeriesTable';
import { useEvolution, type Step } from './useEvolution';
import { useGroupLabels } from './useGroupLabels';
import './charts.css';

/** The groups the blended-roles story is about: the line chart follows them by default. */
export const DEFAULT_FOCUS = ['district-nursing', 'home-care-branch', 'commissioning'];

interface Props {
  councilId: string;
  level: Level;
  /** The app's moment: preselects the matrix's moment when it is one of the points. */
  moment?: Moment;
}

/**
 * How a council's network changed: the group matrix at a chosen moment, ties between chosen
 * groups over time with the interventions, and network statistics over time.
 */
export function EvolutionView({ councilId, level, moment = {} }: Props) {
  const [step, setStep] = useState<Step>('WAVES');
  const [grouping, setGrouping] = useState<Grouping>('TEAM_TYPE');
  const [mode, setMode] = useState<MatrixMode>('counts');
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [pointDate, setPointDate] = useState<string | null>(null);
  const q = useEvolution(councilId, level, grouping, step);
  const labelOf = useGroupLabels(grouping, councilId);
  const evolution = q.data?.networkEvolution ?? null;
  const points = useMemo(() => evolution?.points ?? [], [evolution]);

  const allGroups = useMemo(
    () => [...new Set(points.flatMap((p) => p.mixing.groups))].sort(),
    [points],
  );
  const focus = useMemo(
    () => chosen ?? allGroups.filter((g) => grouping === 'TEAM_TYPE' && DEFAULT_FOCUS.includes(g)),
    [chosen, allGroups, grouping],
  );
  const byDate = points.findIndex((p) => p.date === pointDate);
  const index = byDate >= 0 ? byDate : pointForMoment(points, moment);
  const point = index >= 0 ? points[index] : null;
  const heatmap = useMemo(
    () => (point ? buildHeatmap(point.mixing, mode, labelOf) : null),
    [point, mode, labelOf],
  );
  const series = useMemo(
    () => pairSeries(points, focus, mode, labelOf),
    [points, focus, mode, labelOf],
  );
  const markers = useMemo(
    () => markersInRange(points, evolution?.interventions ?? []),
    [points, evolution],
  );
  const modeConvention = findConvention(evolution?.conventions ?? [], MATRIX_MODE_METRIC[mode]);
  const modeLabel = MATRIX_MODE_LABELS[mode];

  return (
    <section
      className="iw-view iw-evolution"
      aria-labelledby="evolution-title"
      data-testid="evolution-view"
    >
      <h2 id="evolution-title">Evolution</h2>
      <EvolutionControls
        step={step}
        grouping={grouping}
        mode={mode}
        onStep={(s) => {
          setStep(s);
          setPointDate(null);
        }}
        onGrouping={(g) => {
          setGrouping(g);
          setChosen(null);
        }}
        onMode={setMode}
      />
      {q.status === 'loading' && (
        <p role="status" className="loading" data-testid="evolution-loading">
          Computing the network at every moment…
        </p>
      )}
      {q.status === 'error' && (
        <p role="alert" className="iw-error" data-testid="evolution-error">
          Could not load the evolution: {q.error.message}
        </p>
      )}
      {evolution && points.length === 0 && (
        <p data-testid="evolution-empty">This council has no waves or moments to show yet.</p>
      )}
      {point && heatmap && (
        <div className="iw-evolution-body" aria-busy={q.status === 'loading'}>
          <section aria-labelledby="matrix-title" className="iw-panel">
            <h3 id="matrix-title">
              Group matrix at {point.label} ({point.date}): {modeLabel.toLowerCase()}
            </h3>
            <label>
              Moment{' '}
              <select
                data-testid="matrix-moment"
                value={point.date}
                onChange={(e) => setPointDate(e.target.value)}
              >
                {points.map((p) => (
                  <option key={p.date} value={p.date}>
                    {p.label} ({p.date})
                  </option>
                ))}
              </select>
            </label>
            <div className="iw-matrix-pair">
              {/* Focusable, so keyboard users can scroll a matrix wider than the screen. */}
              <div
                className="iw-scroll-x"
                tabIndex={0}
                role="region"
                aria-label="Group matrix picture (scrolls sideways)"
              >
                <GroupHeatmap heatmap={heatmap} labelledBy="matrix-title" />
              </div>
              <MatrixTable heatmap={heatmap} caption={`Group matrix at ${point.label}`} />
            </div>
            {modeConvention && (
              <ConventionList
                scope="matrix"
                notes={[
                  { key: modeConvention.metric, label: modeLabel, convention: modeConvention },
                ]}
                heading="How the matrix numbers are computed"
              />
            )}
          </section>
          <section aria-labelledby="pairs-title" className="iw-panel">
            <h3 id="pairs-title">Ties between groups over time: {modeLabel.toLowerCase()}</h3>
            <GroupPicker groups={allGroups} chosen={focus} labelOf={labelOf} onChange={setChosen} />
            {series.length === 0 ? (
              <p data-testid="pairs-empty">Choose at least two groups to draw a line per pair.</p>
            ) : (
              <>
                <PairLineChart
                  points={points}
                  series={series}
                  markers={markers}
                  labelledBy="pairs-title"
                  yLabel={modeLabel}
                />
                <PairSeriesTable
                  points={points}
                  series={series}
                  markers={markers}
                  caption={`Ties between groups at each moment: ${modeLabel.toLowerCase()}`}
                  fileName={`${councilId}-evolution-${level.toLowerCase()}-${modeLabel.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`}
                />
              </>
            )}
          </section>
          <section aria-labelledby="stats-title" className="iw-panel">
            <h3 id="stats-title">Network statistics over time</h3>
            <NetworkStats points={points} conventions={evolution?.conventions ?? []} />
          </section>
        </div>
      )}
    </section>
  );
}
