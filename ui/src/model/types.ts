/** Shared UI types. Pure: no React, no DOM, no cytoscape runtime. */
import type {
  CouncilsQuery,
  MissingQuery,
  NetworkLevel,
  WavesQuery,
} from '../api/operations.generated';

/** The level a network is drawn at (GraphQL NetworkLevel). */
export type Level = NetworkLevel;

export const LEVELS: readonly Level[] = [
  'PEOPLE',
  'TEAMS',
  'ORGANISATIONS',
  'PROFESSIONS',
  'SECTORS',
];

/** A moment in time: a date (YYYY-MM-DD) or a wave id. Neither means "today". */
export interface Moment {
  asOf?: string;
  wave?: string;
}

/** The view tabs of the app shell. */
export type ViewId = 'map' | 'changes' | 'evolution' | 'missing' | 'compare' | 'table' | 'notes';

export const VIEWS: readonly ViewId[] = [
  'map',
  'changes',
  'evolution',
  'missing',
  'compare',
  'table',
  'notes',
];

export type MissingKind = 'BLUEPRINT_GAP' | 'SUGGESTION' | 'FRAGILITY';

/**
 * One item of missingConnections.items. For BLUEPRINT_GAP, fromId/toId are TEAM ids. The
 * schema types kind as a String; the API sends only these three.
 */
export type MissingItem = Omit<MissingQuery['missingConnections']['items'][number], 'kind'> & {
  kind: MissingKind;
};

export type Wave = WavesQuery['waves']['items'][number];

export type Council = CouncilsQuery['councils']['items'][number];
