import { useMemo, useState } from 'react';
import {
  alignedMatrices,
  comparisonTable,
  groupEITable,
  WAVE_LABELS,
} from '../../model/comparison';
import { COMPARISON_STATS } from '../../model/comparison-metrics';
import { GROUPING_LABELS, type Grouping } from '../../model/comparison-minimap';
import type { Level } from '../../model/types';
import { useCouncils } from '../../state/useCouncilContext';
import { useGroupLabels } from '../evolution/useGroupLabels';
import { ComparisonMaps } from './ComparisonMaps';
import { ComparisonMatrices } from './ComparisonMatrices';
import { ComparisonTable } from './ComparisonTable';
import { CouncilPicker } from './CouncilPicker';
import { GroupEITable } from './GroupEITable';
import { useComparison } from './useComparison';
import '../evolution/charts.css';

const GROUPINGS: readonly Grouping[] = ['TEAM_TYPE', 'PROFESSION', 'SECTOR', 'ORGANISATION_TYPE'];

interface Props {
  councilIds: string[];
  waveLabel: string;
  level: Level;
  onCouncilsChange: (ids: string[]) => void;
  /** Keeps the wave label in the URL; without it the choice stays local to the view. */
  onWaveLabelChange?: (label: string) => void;
}

/**
 * Councils side by side at the waves with the same label: small maps, a table of statistics,
 * E-I by group, and the block-density group matrix (comparable across sizes).
 */
export function ComparisonView({
  councilIds,
  waveLabel,
  level,
  onCouncilsChange,
  onWaveLabelChange,
}: Props) {
  // A local choice holds until the prop (the URL) changes.
  const [local, setLocal] = useState<{ prop: string; value: string } | null>(null);
  const wave = local && local.prop === waveLabel ? local.value : waveLabel;
  const [grouping, setGrouping] = useState<Grouping>('TEAM_TYPE');
  const councils = useCouncils();
  const councilList = useMemo(() => councils.data?.councils.items ?? [], [councils.data]);
  const q = useComparison(councilIds, wave, level, grouping);
  const labelOf = useGroupLabels(grouping);
  const result = q.data?.compareCouncils ?? null;
  const picked = useMemo(
    () => councilIds.map((id) => ({ id, name: councilList.find((c) => c.id === id)?.name ?? id })),
    [councilIds, councilList],
  );
  const table = useMemo(
    () => (result ? comparisonTable(result, COMPARISON_STATS, picked) : null),
    [result, picked],
  );
  const aligned = useMemo(() => (result ? alignedMatrices(result) : null), [result]);
  const ei = useMemo(
    () => (result && table ? groupEITable(result, table.columns) : []),
    [result, table],
  );
  const pickWave = (label: string) => {
    if (onWaveLabelChange) onWaveLabelChange(label);
    else setLocal({ prop: waveLabel, value: label });
  };

  return (
    <section
      className="iw-view iw-compare"
      aria-labelledby="compare-title"
      data-testid="comparison-view"
    >
      <h2 id="compare-title">Compare councils</h2>
      <CouncilPicker councils={councilList} picked={councilIds} onChange={onCouncilsChange} />
      <div className="iw-controls">
        <fieldset className="iw-segmented" data-testid="wave-label-picker">
          <legend>Wave</legend>
          {WAVE_LABELS.map((label) => (
            <label key={label} className={wave === label ? 'active' : undefined}>
              <input
                type="radio"
                name="compare-wave"
                value={label}
                checked={wave === label}
                onChange={() => pickWave(label)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <label>
          Groups by{' '}
          <select
            data-testid="compare-grouping"
            value={grouping}
            onChange={(e) => setGrouping(e.target.value as Grouping)}
          >
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {GROUPING_LABELS[g]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {q.status === 'loading' && (
        <p role="status" className="loading" data-testid="comparison-loading">
          Computing each council at its “{wave}” wave…
        </p>
      )}
      {q.status === 'error' && (
        <p role="alert" className="iw-error" data-testid="comparison-error">
          Could not compare: {q.error.message}
        </p>
      )}
      {result && table && aligned && (
        <div aria-busy={q.status === 'loading'}>
          <section className="iw-panel" aria-labelledby="compare-maps-title">
            <h3 id="compare-maps-title">
              Networks at “{wave}” ({level.toLowerCase()})
            </h3>
            <ComparisonMaps
              columns={table.columns}
              groups={aligned.groups}
              level={level}
              grouping={grouping}
              labelOf={labelOf}
            />
          </section>
          <section className="iw-panel" aria-labelledby="compare-stats-title">
            <h3 id="compare-stats-title">Statistics side by side</h3>
            <ComparisonTable table={table} waveLabel={wave} />
            <GroupEITable rows={ei} columns={table.columns} labelOf={labelOf} />
          </section>
          <section className="iw-panel" aria-labelledby="compare-matrix-title">
            <h3 id="compare-matrix-title">Group matrix, normalised (block density)</h3>
            <ComparisonMatrices
              groups={aligned.groups}
              matrices={aligned.matrices}
              columns={table.columns}
              conventions={result.conventions}
              labelOf={labelOf}
            />
          </section>
        </div>
      )}
    </section>
  );
}
