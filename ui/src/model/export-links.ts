/**
 * Addresses of the council's file exports (api/export, api/import), carrying the view's level,
 * moment and filters so a file holds what the screen shows. Pure: strings in, strings out.
 */
import type { Level, Moment } from './types';
import type { MapFilters } from './url-state';

export interface ExportFormat {
  /** Path after /api/councils/{id}/. */
  path: string;
  label: string;
  /** What the file is for, shown beside the link. */
  help: string;
  /** False for the whole-council workbook, which ignores level, moment and filters. */
  scoped: boolean;
}

export const EXPORT_FORMATS: ExportFormat[] = [
  { path: 'export.gexf', label: 'GEXF', help: 'Gephi, with time intervals', scoped: true },
  { path: 'export.graphml', label: 'GraphML', help: 'igraph, networkx, yEd', scoped: true },
  { path: 'export.json', label: 'JSON', help: 'nodes and edges for scripts', scoped: true },
  { path: 'export/nodes.csv', label: 'Nodes CSV', help: 'one row per actor', scoped: true },
  { path: 'export/ties.csv', label: 'Ties CSV', help: 'one row per tie', scoped: true },
  {
    path: 'export/metrics.csv',
    label: 'Metrics CSV',
    help: 'every metric per actor',
    scoped: true,
  },
  {
    path: 'export.xlsx',
    label: 'Excel workbook',
    help: 'the whole council in the import template’s layout',
    scoped: false,
  },
];

export interface ExportScope {
  level: Level;
  moment: Moment;
  filters: MapFilters;
}

/** Query parameters for a scoped export; lists are comma-separated, empty ones left out. */
export function exportParams(scope: ExportScope): URLSearchParams {
  const p = new URLSearchParams();
  p.set('level', scope.level);
  if (scope.moment.wave) p.set('wave', scope.moment.wave);
  else if (scope.moment.asOf) p.set('asOf', scope.moment.asOf);
  const f = scope.filters;
  const lists: [string, string[]][] = [
    ['tieTypeIds', f.tieTypeIds],
    ['sectorIds', f.sectorIds],
    ['professionIds', f.professionIds],
    ['neighbourhoodIds', f.neighbourhoodIds],
  ];
  for (const [key, values] of lists) if (values.length) p.set(key, values.join(','));
  if (f.minStrength !== null) p.set('minStrength', String(f.minStrength));
  return p;
}

export function exportUrl(councilId: string, format: ExportFormat, scope: ExportScope): string {
  const base = `/api/councils/${encodeURIComponent(councilId)}/${format.path}`;
  return format.scoped ? `${base}?${exportParams(scope).toString()}` : base;
}
