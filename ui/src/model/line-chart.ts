/**
 * Evolution points → one line per pair of chosen groups, the interventions within their time
 * range, and the point for the app's moment. Geometry: line-chart-layout.ts. Pure: no React.
 */
import { matrixValue, type GroupMatrix, type MatrixMode } from './heatmap';

/** A moment of networkEvolution, reduced to what the charts need. */
export interface ChartPoint {
  date: string;
  label: string;
  mixing: GroupMatrix;
}

export interface Series {
  key: string;
  a: string;
  b: string;
  label: string;
  /** One value per point, in point order. */
  values: (number | null)[];
  colour: string;
  /** SVG stroke-dasharray, so lines differ without colour. */
  dash: string;
}

export interface Marker {
  id: string;
  date: string;
  label: string;
  kind: string;
}

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const SERIES_COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];

/** Unordered pairs of distinct groups, in the order given: (a,b), (a,c), (b,c), ... */
export function groupPairs(groups: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) pairs.push([groups[i], groups[j]]);
  }
  return pairs;
}

export function pairKey(a: string, b: string): string {
  return `${a}|${b}`;
}

/** One series per pair of chosen groups: ties between them at every point. */
export function pairSeries(
  points: readonly ChartPoint[],
  groups: readonly string[],
  mode: MatrixMode,
  labelOf: (group: string) => string = (g) => g,
): Series[] {
  return groupPairs(groups).map(([a, b], k) => ({
    key: pairKey(a, b),
    a,
    b,
    label: `${labelOf(a)} ↔ ${labelOf(b)}`,
    values: points.map((p) => matrixValue(p.mixing, a, b, mode)),
    colour: SERIES_COLOURS[k % SERIES_COLOURS.length],
    dash: DASHES[k % DASHES.length],
  }));
}

/** Day number (UTC) of a YYYY-MM-DD date; NaN when it does not parse. */
export function dayNumber(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;
}

/** Markers dated within the points' first and last dates (inclusive), by date. */
export function markersInRange(
  points: readonly { date: string }[],
  markers: readonly Marker[],
): Marker[] {
  if (points.length === 0) return [];
  const days = points.map((p) => dayNumber(p.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  return markers
    .filter((m) => {
      const day = dayNumber(m.date);
      return Number.isFinite(day) && day >= first && day <= last;
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The point to show for the app's moment: the wave's point, else the last point on or before
 * the date, else the latest point (no moment: "now").
 */
export function pointForMoment(
  points: readonly { date: string; waveId?: string | null }[],
  moment: { wave?: string; asOf?: string },
): number {
  if (points.length === 0) return -1;
  if (moment.wave) {
    const i = points.findIndex((p) => p.waveId === moment.wave);
    if (i >= 0) return i;
  }
  const asOf = moment.asOf;
  if (asOf) {
    let hit = -1;
    points.forEach((p, i) => {
      if (p.date <= asOf) hit = i;
    });
    return hit >= 0 ? hit : 0;
  }
  return points.length - 1;
}
