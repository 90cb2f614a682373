/**
 * The app's state that a link must reproduce, encoded in the query string.
 * Pure: works on query strings, no window access (see state/useUrlState.ts).
 */
import { LEVELS, VIEWS, type Level, type Moment, type ViewId } from './types';

export type ColourBy = 'sector' | 'profession';
export type CompoundBy = 'none' | 'organisation' | 'neighbourhood';

export interface MapFilters {
  tieTypeIds: string[];
  sectorIds: string[];
  professionIds: string[];
  neighbourhoodIds: string[];
  minStrength: number | null;
}

export interface UrlState {
  council: string | null;
  moment: Moment;
  level: Level;
  view: ViewId;
  /** Map options. */
  colour: ColourBy;
  size: string;
  compound: CompoundBy;
  filters: MapFilters;
  search: string;
  /** Selected node or edge id (detail panel). */
  selected: string | null;
  /** Ego focus: 0 (off), 1 or 2 steps around `selected`. */
  ego: number;
  /** Changes view: the moment compared against `moment` (from → moment). */
  from: Moment;
  /** Compare view. */
  compare: string[];
  compareWave: string;
  /** Missing view: the selected item's rank. */
  rank: number | null;
}

export const EMPTY_FILTERS: MapFilters = {
  tieTypeIds: [],
  sectorIds: [],
  professionIds: [],
  neighbourhoodIds: [],
  minStrength: null,
};

export const DEFAULT_STATE: UrlState = {
  council: null,
  moment: {},
  level: 'PEOPLE',
  view: 'map',
  colour: 'sector',
  size: 'degree',
  compound: 'none',
  filters: EMPTY_FILTERS,
  search: '',
  selected: null,
  ego: 0,
  from: {},
  compare: [],
  compareWave: 'Review',
  rank: null,
};

const COMPOUNDS: readonly CompoundBy[] = ['none', 'organisation', 'neighbourhood'];

function list(params: URLSearchParams, key: string): string[] {
  const raw = params.get(key);
  return raw ? raw.split(',').filter((s) => s.length > 0) : [];
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function num(value: string | null): number | null {
  if (value === null || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function moment(params: URLSearchParams, waveKey: string, dateKey: string): Moment {
  const wave = params.get(waveKey);
  if (wave) return { wave };
  const asOf = params.get(dateKey);
  return asOf ? { asOf } : {};
}

/** Query string (with or without '?') → state; unknown or bad values fall back to defaults. */
export function decodeUrlState(search: string): UrlState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const d = DEFAULT_STATE;
  const egoRaw = num(p.get('ego'));
  return {
    council: p.get('council') || null,
    moment: moment(p, 'wave', 'asOf'),
    level: oneOf(p.get('level'), LEVELS, d.level),
    view: oneOf(p.get('view'), VIEWS, d.view),
    colour: oneOf(p.get('colour'), ['sector', 'profession'] as const, d.colour),
    size: p.get('size') || d.size,
    compound: oneOf(p.get('compound'), COMPOUNDS, d.compound),
    filters: {
      tieTypeIds: list(p, 'tieTypes'),
      sectorIds: list(p, 'sectors'),
      professionIds: list(p, 'professions'),
      neighbourhoodIds: list(p, 'neighbourhoods'),
      minStrength: num(p.get('minStrength')),
    },
    search: p.get('q') ?? '',
    selected: p.get('selected') || null,
    ego: egoRaw === 1 || egoRaw === 2 ? egoRaw : 0,
    from: moment(p, 'fromWave', 'from'),
    compare: list(p, 'compare'),
    compareWave: p.get('compareWave') || d.compareWave,
    rank: num(p.get('rank')),
  };
}

/** State → query string (no leading '?'); defaults are left out so links stay short. */
export function encodeUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  const d = DEFAULT_STATE;
  const set = (key: string, value: string | null | undefined, fallback?: string) => {
    if (value !== null && value !== undefined && value !== '' && value !== fallback) {
      p.set(key, value);
    }
  };
  set('council', state.council);
  set('view', state.view, d.view);
  set('wave', state.moment.wave);
  if (!state.moment.wave) set('asOf', state.moment.asOf);
  set('level', state.level, d.level);
  set('colour', state.colour, d.colour);
  set('size', state.size, d.size);
  set('compound', state.compound, d.compound);
  set('tieTypes', state.filters.tieTypeIds.join(','));
  set('sectors', state.filters.sectorIds.join(','));
  set('professions', state.filters.professionIds.join(','));
  set('neighbourhoods', state.filters.neighbourhoodIds.join(','));
  set('minStrength', state.filters.minStrength === null ? null : String(state.filters.minStrength));
  set('q', state.search);
  set('selected', state.selected);
  set('ego', state.ego ? String(state.ego) : null);
  set('fromWave', state.from.wave);
  if (!state.from.wave) set('from', state.from.asOf);
  set('compare', state.compare.join(','));
  set('compareWave', state.compareWave, d.compareWave);
  set('rank', state.rank === null ? null : String(state.rank));
  return p.toString();
}

/** True when the change should make a new history entry (what you look at changed). */
export function isNavigation(before: UrlState, after: UrlState): boolean {
  return (
    before.council !== after.council ||
    before.view !== after.view ||
    before.level !== after.level ||
    before.moment.wave !== after.moment.wave ||
    before.moment.asOf !== after.moment.asOf
  );
}

/** A filter object for GraphQL SnapshotFilterInput, or null when nothing filters. */
export function filterInput(filters: MapFilters): Partial<MapFilters> | null {
  const out: Partial<MapFilters> = {};
  if (filters.tieTypeIds.length) out.tieTypeIds = filters.tieTypeIds;
  if (filters.sectorIds.length) out.sectorIds = filters.sectorIds;
  if (filters.professionIds.length) out.professionIds = filters.professionIds;
  if (filters.neighbourhoodIds.length) out.neighbourhoodIds = filters.neighbourhoodIds;
  if (filters.minStrength !== null) out.minStrength = filters.minStrength;
  return Object.keys(out).length ? out : null;
}

/** GraphQL variables for a moment: { wave } or { asOf } or {}. */
export function momentVariables(m: Moment): { wave?: string; asOf?: string } {
  if (m.wave) return { wave: m.wave };
  if (m.asOf) return { asOf: m.asOf };
  return {};
}
