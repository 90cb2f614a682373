import { useMemo } from 'react';
import type { ComparisonColumn } from '../../model/comparison';
import { pairDensityRows } from '../../model/comparison';
import { findConvention, type MetricConvention } from '../../model/comparison-metrics';
import {
  buildHeatmap,
  formatMatrixValue,
  matrixMax,
  SUPPRESSED_TEXT,
  SUPPRESSED_TITLE,
  type GroupMatrix,
} from '../../model/heatmap';
import { ConventionList } from '../evolution/Conventions';
import { GroupHeatmap } from '../evolution/GroupHeatmap';

interface Props {
  groups: readonly string[];
  matrices: ReadonlyMap<string, GroupMatrix>;
  columns: readonly ComparisonColumn[];
  conventions: readonly MetricConvention[];
  labelOf: (group: string) => string;
}

/**
 * Block density (ties / possible pairs) per council on one group order and one colour scale,
 * so councils of different sizes compare; the table lists the same numbers by group pair.
 */
export function ComparisonMatrices({ groups, matrices, columns, conventions, labelOf }: Props) {
  const present = columns.filter((c) => matrices.has(c.councilId));
  const sharedMax = useMemo(
    () => Math.max(0, ...[...matrices.values()].map((m) => matrixMax(m, 'density'))),
    [matrices],
  );
  const rows = useMemo(
    () => pairDensityRows(groups, matrices, columns),
    [groups, matrices, columns],
  );
  const convention = findConvention(conventions, 'mixing.density');
  return (
    <>
      <div className="iw-multiples">
        {present.map((c) => {
          const m = matrices.get(c.councilId);
          if (!m) return null;
          const id = `density-${c.councilId}`;
          return (
            <figure key={c.councilId} className="iw-multiple" data-council={c.councilId}>
              <figcaption id={id}>
                <strong>{c.councilName}</strong>: block density
              </figcaption>
              {/* Focusable, so keyboard users can scroll a matrix wider than the screen. */}
              <div
                className="iw-scroll-x"
                tabIndex={0}
                role="region"
                aria-label={`${c.councilName} block density (scrolls sideways)`}
              >
                <GroupHeatmap
                  heatmap={buildHeatmap(m, 'density', labelOf, sharedMax)}
                  labelledBy={id}
                  small
                  testId="density-heatmap"
                />
              </div>
            </figure>
          );
        })}
      </div>
      <div
        className="iw-table-scroll"
        tabIndex={0}
        aria-label="Block density by group pair (table, scrolls)"
      >
        <table className="iw-table" data-testid="comparison-density-table">
          <caption>Block density by group pair (pairs with no tie anywhere left out)</caption>
          <thead>
            <tr>
              <th scope="col">Groups</th>
              {columns.map((c) => (
                <th scope="col" key={c.councilId}>
                  {c.councilName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.a}|${r.b}`}>
                <th scope="row">
                  {r.a === r.b ? `Inside ${labelOf(r.a)}` : `${labelOf(r.a)} ↔ ${labelOf(r.b)}`}
                </th>
                {r.values.map((v, i) => (
                  <td
                    key={columns[i].councilId}
                    data-council={columns[i].councilId}
                    data-value={v ?? ''}
                    data-suppressed={r.suppressed[i] || undefined}
                    title={r.suppressed[i] ? SUPPRESSED_TITLE : undefined}
                  >
                    {r.suppressed[i] ? SUPPRESSED_TEXT : formatMatrixValue(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {convention && (
        <ConventionList
          scope="compare-density"
          notes={[{ key: 'mixing.density', label: 'Block density', convention }]}
          heading="How block density is computed"
        />
      )}
    </>
  );
}
