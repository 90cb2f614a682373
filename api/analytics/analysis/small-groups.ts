import { GroupEIModel, GroupMatrixModel } from '../models/metrics.model';

/** As workplace-analytics tools do: a group this small could identify the people in it. */
export const MIN_GROUP_SIZE = 5;
export const SUPPRESSION_RULE = `Groups of fewer than ${MIN_GROUP_SIZE} actors are suppressed for researchers: their size and every value involving them are withheld (null) and marked suppressed.`;

/** Group E-I rows with small groups withheld. */
export function suppressGroupEI(rows: GroupEIModel[]): GroupEIModel[] {
  return rows.map((row) =>
    (row.size ?? 0) < MIN_GROUP_SIZE
      ? {
          group: row.group,
          size: null,
          external: null,
          internal: null,
          index: null,
          suppressed: true,
        }
      : row,
  );
}

/** A group matrix with every row and column of a small group withheld. */
export function suppressMatrix(matrix: GroupMatrixModel): GroupMatrixModel {
  const small = matrix.sizes.map((size) => (size ?? 0) < MIN_GROUP_SIZE);
  const hide = <T>(rows: (T | null)[][]) =>
    rows.map((row, i) => row.map((cell, j) => (small[i] || small[j] ? null : cell)));
  return {
    groups: matrix.groups,
    sizes: matrix.sizes.map((size, i) => (small[i] ? null : size)),
    counts: hide(matrix.counts),
    weights: hide(matrix.weights),
    density: hide(matrix.density),
    suppressed: small,
    suppressionRule: SUPPRESSION_RULE,
  };
}
