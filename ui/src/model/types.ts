/** Shared UI types. Pure: no React, no DOM, no cytoscape runtime. */

/** The level a network is drawn at (GraphQL NetworkLevel). */
export type Level = 'PEOPLE' | 'TEAMS' | 'ORGANISATIONS' | 'PROFESSIONS' | 'SECTORS';

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

/** One item of missingConnections.items. For BLUEPRINT_GAP, fromId/toId are TEAM ids. */
export interface MissingItem {
  rank: number;
  kind: MissingKind;
  reason: string;
  fromId: string;
  fromLabel: string;
  toId: string | null;
  toLabel: string | null;
  tieTypeId: string | null;
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  score: number | null;
}

export interface Wave {
  id: string;
  label: string;
  date: string;
}

export interface Council {
  id: string;
  name: string;
}
