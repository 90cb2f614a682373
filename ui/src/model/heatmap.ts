/**
 * Group × group mixing matrix → heatmap cells with a colour scale. Pure: no React, no DOM.
 */

/**
 * GraphQL GroupMatrixModel: one row and column per group, in `groups` order. For a researcher,
 * a group of fewer than 5 actors is suppressed: its size and every cell involving it are null.
 */
export interface GroupMatrix {
  groups: string[];
  sizes: (number | null)[];
  counts: ((number | null)[] | null)[] | null;
  weights: ((number | null)[] | null)[] | null;
  /** Block density; null where no pair is possible (a group of one on the diagonal). */
  density: ((number | null)[] | null)[] | null;
  /** Per group: withheld from this reader (too small to publish); absent means none is. */
  suppressed?: boolean[] | null;
}

/** What a withheld cell or size shows: the usual small-cell mark in published statistics. */
export const SUPPRESSED_TEXT = 'n<5';
export const SUPPRESSED_TITLE = 'withheld: a group of fewer than 5 actors could identify them';

/** Whether group i of the matrix is withheld from this reader. */
export function isSuppressed(matrix: GroupMatrix, i: number): boolean {
  return matrix.suppressed?.[i] === true;
}

/** A group's size for display: the number, or the withheld mark. */
export function sizeText(matrix: { sizes: (number | null)[] }, i: number): string {
  const size = matrix.sizes[i];
  return size === null || size === undefined ? SUPPRESSED_TEXT : String(size);
}

/** What the cells show: tie counts, block density, or summed tie strength. */
export type MatrixMode = 'counts' | 'density' | 'weights';

export const MATRIX_MODES: readonly MatrixMode[] = ['counts', 'density', 'weights'];

export const MATRIX_MODE_LABELS: Record<MatrixMode, string> = {
  counts: 'Tie counts',
  density: 'Block density',
  weights: 'Summed strength',
};

/** The convention key of each mode (as in the API's conventions list). */
export const MATRIX_MODE_METRIC: Record<MatrixMode, string> = {
  counts: 'mixing.counts',
  density: 'mixing.density',
  weights: 'mixing.weights',
};

export interface HeatCell {
  row: number;
  col: number;
  rowGroup: string;
  colGroup: string;
  count: number;
  weight: number;
  density: number | null;
  /** The number of the chosen mode; null when undefined or withheld. */
  value: number | null;
  /** Withheld from this reader because a group in the pair is too small. */
  suppressed: boolean;
  /** Formatted `value` ('—' when undefined). */
  text: string;
  fill: string;
  /** Text colour with enough contrast on `fill`. */
  ink: string;
  /** Accessible description of every number in the cell. */
  title: string;
}

export interface Heatmap {
  mode: MatrixMode;
  groups: string[];
  labels: string[];
  sizes: (number | null)[];
  /** Largest value of the mode (the top of the colour scale). */
  max: number;
  cells: HeatCell[][];
}

/** Light-to-dark blue; readable in greyscale and by the common colour-vision deficiencies. */
const STOPS: readonly [number, number, number][] = [
  [247, 251, 255],
  [198, 219, 239],
  [107, 174, 214],
  [33, 113, 181],
  [8, 48, 107],
];

export const EMPTY_FILL = '#f0f0f0';

function hex(n: number): string {
  return Math.round(n).toString(16).padStart(2, '0');
}

/** Colour for t in [0, 1] (clamped). */
export function colourScale(t: number): string {
  const x = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const pos = x * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(pos));
  const f = pos - i;
  const [a, b] = [STOPS[i], STOPS[i + 1]];
  return `#${hex(a[0] + (b[0] - a[0]) * f)}${hex(a[1] + (b[1] - a[1]) * f)}${hex(a[2] + (b[2] - a[2]) * f)}`;
}

/** Black or white, whichever contrasts more with the background (WCAG relative luminance). */
export function inkFor(fill: string): string {
  const channel = (i: number) => {
    const c = parseInt(fill.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#111111' : '#ffffff';
}

/**
 * Short display of a matrix number: whole numbers as is, fractions to at most 3 decimals
 * (trailing zeros dropped), tiny non-zero fractions to 2 significant digits so they never read 0.
 */
export function formatMatrixValue(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (Number.isInteger(value)) return String(value);
  if (Math.abs(value) < 0.001) return value.toPrecision(2);
  return String(Number(value.toFixed(Math.abs(value) >= 100 ? 1 : 3)));
}

/** The mode's number for cell (i, j); density may be undefined, and a withheld cell is null. */
export function matrixCell(matrix: GroupMatrix, i: number, j: number, mode: MatrixMode) {
  if (isSuppressed(matrix, i) || isSuppressed(matrix, j)) return null;
  switch (mode) {
    case 'counts':
      return matrix.counts?.[i]?.[j] ?? 0;
    case 'weights':
      return matrix.weights?.[i]?.[j] ?? 0;
    case 'density':
      return matrix.density?.[i]?.[j] ?? null;
  }
}

/** Index of a group in the matrix, or -1. */
export function groupIndex(matrix: GroupMatrix, group: string): number {
  return matrix.groups.indexOf(group);
}

/** The mode's number between two groups by name; 0 (counts, weights) or null (density) if absent. */
export function matrixValue(
  matrix: GroupMatrix,
  a: string,
  b: string,
  mode: MatrixMode,
): number | null {
  const i = groupIndex(matrix, a);
  const j = groupIndex(matrix, b);
  if (i < 0 || j < 0) return mode === 'density' ? null : 0;
  return matrixCell(matrix, i, j, mode);
}

/**
 * Position of a value on the colour scale: square root of value / max, because group matrices
 * are skewed (ties inside a group dwarf those across) and a linear scale would leave the
 * cross-group cells, the interesting ones, all pale.
 */
export function scaleFraction(value: number, max: number): number {
  return max > 0 && value > 0 ? Math.sqrt(Math.min(1, value / max)) : 0;
}

/** Largest value of a mode in a matrix (0 when empty). */
export function matrixMax(matrix: GroupMatrix, mode: MatrixMode): number {
  const n = matrix.groups.length;
  let max = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) max = Math.max(max, matrixCell(matrix, i, j, mode) ?? 0);
  }
  return max;
}

/**
 * Cells for every group pair, coloured on one scale from 0 to the largest value of the mode
 * (or `sharedMax`, so several heatmaps side by side share one scale).
 */
export function buildHeatmap(
  matrix: GroupMatrix,
  mode: MatrixMode,
  labelOf: (group: string) => string = (g) => g,
  sharedMax?: number,
): Heatmap {
  const max = sharedMax ?? matrixMax(matrix, mode);
  const labels = matrix.groups.map(labelOf);
  const cells = matrix.groups.map((rowGroup, i) =>
    matrix.groups.map((colGroup, j): HeatCell => {
      const value = matrixCell(matrix, i, j, mode);
      const fill = value === null ? EMPTY_FILL : colourScale(scaleFraction(value, max));
      const suppressed = isSuppressed(matrix, i) || isSuppressed(matrix, j);
      const count = matrix.counts?.[i]?.[j] ?? 0;
      const weight = matrix.weights?.[i]?.[j] ?? 0;
      const density = matrix.density?.[i]?.[j] ?? null;
      const pair = i === j ? `Inside ${labels[i]}` : `${labels[i]} ↔ ${labels[j]}`;
      return {
        row: i,
        col: j,
        rowGroup,
        colGroup,
        count,
        weight,
        density,
        value,
        suppressed,
        text: suppressed ? SUPPRESSED_TEXT : formatMatrixValue(value),
        fill,
        ink: inkFor(fill),
        title: suppressed
          ? `${pair}: ${SUPPRESSED_TITLE}`
          : `${pair}: ${count} ${count === 1 ? 'tie' : 'ties'}, ` +
            `block density ${formatMatrixValue(density)}, summed strength ${formatMatrixValue(weight)}`,
      };
    }),
  );
  return { mode, groups: [...matrix.groups], labels, sizes: [...matrix.sizes], max, cells };
}

/** Legend steps: evenly spaced colours with the values they stand for (square-root scale). */
export function legendSteps(max: number, steps = 5): { value: number; fill: string }[] {
  if (max <= 0) return [{ value: 0, fill: colourScale(0) }];
  return Array.from({ length: steps }, (_, k) => {
    const t = k / (steps - 1);
    return { value: max * t * t, fill: colourScale(t) };
  });
}

/**
 * Re-index a matrix onto a given group order; missing groups get empty rows (size 0). A withheld
 * group stays withheld (size null), so alignment never turns "not shown" into "none".
 */
export function alignMatrix(matrix: GroupMatrix, groups: readonly string[]): GroupMatrix {
  const index = groups.map((g) => groupIndex(matrix, g));
  const pick = <T>(rows: ((T | null)[] | null)[] | null | undefined, empty: T | null) =>
    index.map((i) => index.map((j) => (i < 0 || j < 0 ? empty : (rows?.[i]?.[j] ?? empty))));
  const withheld = index.map((i) => i >= 0 && isSuppressed(matrix, i));
  return {
    groups: [...groups],
    sizes: index.map((i, k) => (withheld[k] ? null : i < 0 ? 0 : (matrix.sizes[i] ?? 0))),
    counts: pick<number>(matrix.counts, 0),
    weights: pick<number>(matrix.weights, 0),
    density: pick<number>(matrix.density, null),
    suppressed: withheld,
  };
}
