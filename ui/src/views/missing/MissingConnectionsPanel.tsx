import { useMemo, useState } from 'react';
import {
  filterMissing,
  KIND_HELP,
  KIND_LABELS,
  kindCounts,
  MISSING_KINDS,
  progressTable,
  toggleKind,
} from '../../model/missing-list';
import type { Level, MissingItem, MissingKind, Moment } from '../../model/types';
import { BlueprintProgressTable } from './BlueprintProgressTable';
import { MissingList } from './MissingList';
import { CsvButton } from '../../shell/CsvButton';
import { useMissing } from './useMissing';
import '../evolution/charts.css';
import './missing.css';

interface Props {
  councilId: string;
  moment: Moment;
  onSelect: (item: MissingItem | null) => void;
  selectedRank: number | null;
  /** Level of the suggestion and fragility node ids (match the map's level); default PEOPLE. */
  level?: Level;
}

/**
 * What is missing at a moment, ranked: blueprint gaps, fragile points and suggested ties, with a
 * kind filter, and the blueprint's progress per neighbourhood.
 */
export function MissingConnectionsPanel({
  councilId,
  moment,
  onSelect,
  selectedRank,
  level = 'PEOPLE',
}: Props) {
  const [kinds, setKinds] = useState<Set<MissingKind>>(() => new Set(MISSING_KINDS));
  const q = useMissing(councilId, moment, level);
  const data = q.data?.missingConnections ?? null;
  const items = useMemo(() => (data ? filterMissing(data.items, kinds) : []), [data, kinds]);
  const counts = useMemo(() => kindCounts(data?.items ?? []), [data]);
  const progress = useMemo(() => progressTable(data?.blueprintProgress ?? []), [data]);

  return (
    <aside
      className="iw-view iw-missing"
      aria-labelledby="missing-title"
      data-testid="missing-panel"
    >
      <h2 id="missing-title">Missing connections</h2>
      {q.status === 'loading' && (
        <p role="status" className="loading" data-testid="missing-loading">
          Comparing the network with the blueprint…
        </p>
      )}
      {q.status === 'error' && (
        <p role="alert" className="iw-error" data-testid="missing-error">
          Could not list missing connections: {q.error.message}
        </p>
      )}
      {data && (
        <div aria-busy={q.status === 'loading'}>
          <p className="iw-muted" data-testid="missing-summary">
            As of {data.asOf}: {data.metPairs} of {data.expectedPairs} team pairs that “
            {data.blueprint.name}” expects are tied.
          </p>
          <fieldset className="iw-checks" data-testid="missing-kinds">
            <legend>Show</legend>
            {MISSING_KINDS.map((k) => (
              <label key={k} title={KIND_HELP[k]}>
                <input
                  type="checkbox"
                  value={k}
                  checked={kinds.has(k)}
                  onChange={() => setKinds((before) => toggleKind(before, k))}
                />{' '}
                <span className={`iw-badge iw-badge-${k.toLowerCase()}`}>{KIND_LABELS[k]}</span> (
                {counts[k]})
              </label>
            ))}
          </fieldset>
          <div className="iw-missing-layout">
            <section aria-labelledby="missing-list-title" className="iw-panel">
              <h3 id="missing-list-title">Ranked, most worth acting on first</h3>
              <CsvButton
                testId="missing-csv"
                fileName={`${councilId}-missing-${data.asOf}-${level.toLowerCase()}.csv`}
                header={[
                  'rank',
                  'kind',
                  'from_id',
                  'from',
                  'to_id',
                  'to',
                  'tie_type',
                  'neighbourhood',
                  'score',
                  'reason',
                ]}
                rows={() =>
                  items.map((i) => [
                    i.rank,
                    KIND_LABELS[i.kind],
                    i.fromId,
                    i.fromLabel,
                    i.toId,
                    i.toLabel,
                    i.tieTypeId,
                    i.neighbourhoodName,
                    i.score,
                    i.reason,
                  ])
                }
              />
              <MissingList items={items} selectedRank={selectedRank} onSelect={onSelect} />
              {selectedRank !== null && (
                <button type="button" className="iw-link-button" onClick={() => onSelect(null)}>
                  Clear selection
                </button>
              )}
            </section>
            <section aria-labelledby="progress-title" className="iw-panel">
              <h3 id="progress-title">Blueprint progress by neighbourhood</h3>
              <BlueprintProgressTable table={progress} name={data.blueprint.name} />
              <details className="iw-notes">
                <summary>How these are found and ranked</summary>
                <p>{data.convention}</p>
                <ul>
                  {MISSING_KINDS.map((k) => (
                    <li key={k}>
                      <strong>{KIND_LABELS[k]}</strong>: {KIND_HELP[k]}
                    </li>
                  ))}
                </ul>
              </details>
            </section>
          </div>
        </div>
      )}
    </aside>
  );
}
