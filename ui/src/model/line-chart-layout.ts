/**
 * Geometry of the SVG line chart and of the small multiples: scales, ticks, paths and where the
 * intervention labels go. Pure: no React, no DOM.
 */
import { dayNumber, markersInRange, type Marker, type Series } from './line-chart';

/** "Nice" tick values from 0 to at least `max` (1, 2, 2.5, 5 × 10^k steps). */
export function niceTicks(max: number, target = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v < max + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks.length * step).toPrecision(12)));
  return ticks;
}

export interface ChartBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** An intervention line with where its label goes: a row at the top, a side, and its room. */
export interface PlacedMarker extends Marker {
  x: number;
  row: number;
  anchor: 'start' | 'end';
  /** Pixels the label may use before reaching the next label in its row or the plot edge. */
  room: number;
}

/** Every tick keeps its line; labels are dropped where they would come closer than `gap`. */
export function thinLabels<T extends { x: number }>(
  ticks: readonly T[],
  gap: number,
): (T & { labelled: boolean })[] {
  let last = -Infinity;
  return ticks.map((t, i) => {
    const fitsBefore = t.x - last >= gap;
    const isLast = i === ticks.length - 1;
    // The last label wins over the one before it, so the end of the axis is always named.
    const labelled = fitsBefore && (isLast || ticks[ticks.length - 1].x - t.x >= gap || i === 0);
    if (labelled) last = t.x;
    return { ...t, labelled };
  });
}

/**
 * Spreads marker labels over `rows` rows (marker k in row k mod rows). A label goes right of its
 * line when there is `minRoom` before the plot's right edge, else left; `room` stops it at the
 * next line in its row, or at the end of the previous label in its row, so labels never overlap.
 * Label widths are estimated at `charWidth` px per character of "<number> <label>".
 */
export function placeMarkers(
  markers: readonly (Marker & { x: number })[],
  plot: { left: number; right: number },
  rows: number,
  minRoom = 120,
  charWidth = 6,
): PlacedMarker[] {
  const usedTo: number[] = Array.from({ length: rows }, () => plot.left);
  return markers.map((m, k) => {
    const row = k % rows;
    const next = markers[k + rows];
    const want = (String(k + 1).length + 1 + m.label.length) * charWidth;
    const anchor = plot.right - m.x >= minRoom ? 'start' : 'end';
    const room = Math.max(
      0,
      anchor === 'start' ? (next ? next.x : plot.right) - m.x - 6 : m.x - usedTo[row] - 6,
    );
    usedTo[row] = anchor === 'start' ? m.x + 3 + Math.min(room, want) : m.x;
    return { ...m, row, anchor, room };
  });
}

export interface ChartLayout {
  plot: { left: number; top: number; right: number; bottom: number };
  /** `labelled`: false where the label would crowd the previous one (still a tick). */
  xTicks: { x: number; label: string; date: string; labelled: boolean }[];
  yTicks: { y: number; value: number }[];
  lines: {
    key: string;
    label: string;
    colour: string;
    dash: string;
    d: string;
    dots: { x: number; y: number; value: number; label: string }[];
  }[];
  markers: PlacedMarker[];
}

/**
 * Lays the chart out on a time axis: x by date (points and markers outside the points' range
 * are dropped), y from 0 to a nice maximum. Gaps (null values) break a line.
 */
export function layoutLineChart(
  points: readonly { date: string; label: string }[],
  series: readonly Series[],
  markers: readonly Marker[],
  box: ChartBox,
  markerRows = 4,
): ChartLayout {
  const plot = {
    left: box.margin.left,
    top: box.margin.top,
    right: box.width - box.margin.right,
    bottom: box.height - box.margin.bottom,
  };
  const days = points.map((p) => dayNumber(p.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = last > first ? last - first : 1;
  const x = (day: number) =>
    points.length <= 1
      ? (plot.left + plot.right) / 2
      : plot.left + ((day - first) / span) * (plot.right - plot.left);
  const max = Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const yTickValues = niceTicks(max);
  const top = yTickValues[yTickValues.length - 1] || 1;
  const y = (v: number) => plot.bottom - (v / top) * (plot.bottom - plot.top);
  const round = (v: number) => Math.round(v * 10) / 10;

  const lines = series.map((s) => {
    const dots: ChartLayout['lines'][number]['dots'] = [];
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(days[i])) {
        pen = false;
        return;
      }
      const px = round(x(days[i]));
      const py = round(y(v));
      d += `${pen ? 'L' : 'M'}${px} ${py}`;
      pen = true;
      dots.push({ x: px, y: py, value: v, label: points[i].label });
    });
    return { key: s.key, label: s.label, colour: s.colour, dash: s.dash, d, dots };
  });

  return {
    plot,
    xTicks: thinLabels(
      points.map((p, i) => ({ x: round(x(days[i])), label: p.label, date: p.date })),
      72,
    ),
    yTicks: yTickValues.map((value) => ({ y: round(y(value)), value })),
    lines,
    markers: placeMarkers(
      markersInRange(points, markers).map((m) => ({ ...m, x: round(x(dayNumber(m.date))) })),
      plot,
      markerRows,
    ),
  };
}

/** A tiny line (small multiple) for values over evenly spaced points; null values break it. */
export function sparklinePath(
  values: readonly (number | null)[],
  width: number,
  height: number,
  pad = 3,
): { d: string; dots: { x: number; y: number }[] } {
  const defined = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (defined.length === 0) return { d: '', dots: [] };
  const lo = Math.min(...defined);
  const hi = Math.max(...defined);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (v: number) =>
    hi === lo ? height / 2 : height - pad - ((v - lo) / (hi - lo)) * (height - 2 * pad);
  let d = '';
  let pen = false;
  const dots: { x: number; y: number }[] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      return;
    }
    const px = Math.round((values.length > 1 ? pad + i * step : width / 2) * 10) / 10;
    const py = Math.round(y(v) * 10) / 10;
    d += `${pen ? 'L' : 'M'}${px} ${py}`;
    pen = true;
    dots.push({ x: px, y: py });
  });
  return { d, dots };
}
