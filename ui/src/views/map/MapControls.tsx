import { metricName } from '../../model/metric-names';
import type { ColourBy, CompoundBy, MapFilters, UrlState } from '../../model/url-state';
import type { Term, Vocabularies } from '../../state/useVocabularies';
import { FilterList } from './FilterList';

/** The metrics a node can be sized by, named in words (model/metric-names.ts). */
export const SIZE_METRICS: { key: string; name: string }[] = [
  'degree',
  'strength',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'coreNumber',
  'constraint',
  'brokerageTotal',
].map((key) => ({ key, name: metricName(key) }));

interface Props {
  state: UrlState;
  update: (patch: Partial<UrlState>) => void;
  vocab: Vocabularies;
  neighbourhoods: Term[];
  matchCount: number;
  /** The first search matches, each with what tells namesakes apart (team, profession). */
  matches: { id: string; label: string; detail: string }[];
}

/** Map options: colour, size, grouping, search, ego focus and filters. */
export function MapControls({ state, update, vocab, neighbourhoods, matchCount, matches }: Props) {
  const setFilters = (patch: Partial<MapFilters>) =>
    update({ filters: { ...state.filters, ...patch } });
  return (
    <div className="map-controls" data-testid="map-controls">
      <label>
        Colour by{' '}
        <select
          value={state.colour}
          onChange={(e) => update({ colour: e.target.value as ColourBy })}
        >
          <option value="sector">Sector</option>
          <option value="profession">Profession</option>
        </select>
      </label>
      <label>
        Size by{' '}
        <select
          data-testid="size-metric"
          value={state.size}
          onChange={(e) => update({ size: e.target.value })}
        >
          {SIZE_METRICS.map((m) => (
            <option key={m.key} value={m.key}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Group{' '}
        <select
          value={state.compound}
          onChange={(e) => update({ compound: e.target.value as CompoundBy })}
        >
          <option value="none">No boxes</option>
          <option value="organisation">Boxes per organisation</option>
          <option value="neighbourhood">Boxes per neighbourhood</option>
        </select>
      </label>
      <label>
        Search{' '}
        <input
          type="search"
          data-testid="map-search"
          value={state.search}
          placeholder="Name or pseudonym"
          onChange={(e) => update({ search: e.target.value })}
          onKeyDown={(e) => {
            // Enter chooses the first match: selected, and the map zooms to it.
            if (e.key === 'Enter' && matches[0]) update({ selected: matches[0].id });
          }}
          // Only while the list is there: aria-controls must name an element that exists.
          aria-controls={state.search && matches.length > 0 ? 'search-results' : undefined}
        />
      </label>
      {state.search && (
        <span role="status" data-testid="search-count">
          {matchCount} found
        </span>
      )}
      {state.search && matches.length > 0 && (
        <ul id="search-results" className="search-results" data-testid="search-results">
          {matches.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                aria-current={state.selected === m.id ? 'true' : undefined}
                onClick={() => update({ selected: m.id })}
              >
                {m.label}
                {m.detail && <span className="iw-muted"> — {m.detail}</span>}
              </button>
            </li>
          ))}
          {matchCount > matches.length && (
            <li className="iw-muted">
              and {matchCount - matches.length} more: type more of the name
            </li>
          )}
        </ul>
      )}
      <label>
        Focus{' '}
        <select
          data-testid="ego-steps"
          value={state.ego}
          disabled={!state.selected}
          title={state.selected ? undefined : 'Select a node first'}
          onChange={(e) => update({ ego: Number(e.target.value) })}
        >
          <option value={0}>Whole network</option>
          <option value={1}>Selected + 1 step</option>
          <option value={2}>Selected + 2 steps</option>
        </select>
      </label>
      <details className="filters">
        <summary>
          Filters{activeCount(state.filters) ? ` (${activeCount(state.filters)})` : ''}
        </summary>
        <FilterList
          title="Tie types"
          terms={vocab.tieTypes}
          chosen={state.filters.tieTypeIds}
          onChange={(tieTypeIds) => setFilters({ tieTypeIds })}
        />
        <FilterList
          title="Sectors"
          terms={vocab.sectors}
          chosen={state.filters.sectorIds}
          onChange={(sectorIds) => setFilters({ sectorIds })}
        />
        <FilterList
          title="Professions"
          terms={vocab.professions}
          chosen={state.filters.professionIds}
          onChange={(professionIds) => setFilters({ professionIds })}
        />
        <FilterList
          title="Neighbourhoods"
          terms={neighbourhoods}
          chosen={state.filters.neighbourhoodIds}
          onChange={(neighbourhoodIds) => setFilters({ neighbourhoodIds })}
        />
        <label>
          Minimum strength{' '}
          <input
            type="number"
            min={0}
            step={1}
            data-testid="min-strength"
            value={state.filters.minStrength ?? ''}
            onChange={(e) =>
              setFilters({ minStrength: e.target.value === '' ? null : Number(e.target.value) })
            }
          />
        </label>
      </details>
    </div>
  );
}

function activeCount(f: MapFilters): number {
  return (
    f.tieTypeIds.length +
    f.sectorIds.length +
    f.professionIds.length +
    f.neighbourhoodIds.length +
    (f.minStrength === null ? 0 : 1)
  );
}
