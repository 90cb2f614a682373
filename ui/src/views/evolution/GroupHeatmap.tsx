import {
  formatMatrixValue,
  legendSteps,
  SUPPRESSED_TITLE,
  sizeText,
  type Heatmap,
} from '../../model/heatmap';

interface Props {
  heatmap: Heatmap;
  /** Id of the element that names the picture (a heading or caption). */
  labelledBy: string;
  /** Small cells without numbers (small multiples); the title still gives every number. */
  small?: boolean;
  testId?: string;
}

const SIZES = {
  normal: { cell: 42, left: 170, top: 120, right: 90, font: 12, chars: 24 },
  small: { cell: 22, left: 120, top: 96, right: 70, font: 10, chars: 20 },
};

/**
 * The group matrix as an SVG heatmap. Each cell has a <title> with all its numbers; the same
 * numbers are in the table that accompanies it (MatrixTable).
 */
export function GroupHeatmap({ heatmap, labelledBy, small = false, testId = 'heatmap' }: Props) {
  const n = heatmap.groups.length;
  const { cell, left, top, right, font, chars } = SIZES[small ? 'small' : 'normal'];
  // Room on the right for the last rotated column label, and below for the legend.
  const width = left + n * cell + right;
  const height = top + n * cell + 40;
  const legend = legendSteps(heatmap.max);
  const short = (s: string) => (s.length > chars ? `${s.slice(0, chars - 1)}…` : s);

  return (
    <svg
      className="iw-heatmap"
      data-testid={testId}
      role="img"
      aria-labelledby={labelledBy}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      {heatmap.labels.map((label, j) => (
        <text
          key={`col-${heatmap.groups[j]}`}
          transform={`translate(${left + j * cell + cell / 2 + 4}, ${top - 6}) rotate(-40)`}
          className="iw-heatmap-label"
          fontSize={font}
        >
          <title>{label}</title>
          {short(label)}
        </text>
      ))}
      {heatmap.labels.map((label, i) => (
        <text
          key={`row-${heatmap.groups[i]}`}
          x={left - 6}
          y={top + i * cell + cell / 2 + 4}
          textAnchor="end"
          className="iw-heatmap-label"
          fontSize={font}
        >
          <title>
            {heatmap.sizes[i] === null
              ? `${label} (${SUPPRESSED_TITLE})`
              : `${label} (${sizeText(heatmap, i)} members)`}
          </title>
          {short(label)}
        </text>
      ))}
      {heatmap.cells.flat().map((c) => (
        <g key={`${c.rowGroup}|${c.colGroup}`}>
          <rect
            data-testid={`${testId}-cell`}
            data-row={c.rowGroup}
            data-col={c.colGroup}
            data-value={c.value ?? ''}
            data-suppressed={c.suppressed || undefined}
            x={left + c.col * cell + 1}
            y={top + c.row * cell + 1}
            width={cell - 2}
            height={cell - 2}
            fill={c.fill}
            stroke={c.row === c.col ? '#555' : 'none'}
            strokeDasharray={c.row === c.col ? '3 2' : undefined}
          >
            <title>{c.title}</title>
          </rect>
          {!small && (
            <text
              x={left + c.col * cell + cell / 2}
              y={top + c.row * cell + cell / 2 + 4}
              textAnchor="middle"
              fill={c.ink}
              className="iw-heatmap-value"
              aria-hidden="true"
            >
              {c.text}
            </text>
          )}
        </g>
      ))}
      <g transform={`translate(${left}, ${top + n * cell + 12})`} aria-hidden="true">
        {legend.map((s, k) => (
          <g key={k} transform={`translate(${k * (small ? 46 : 56)}, 0)`}>
            <rect width={18} height={14} fill={s.fill} stroke="#999" />
            <text x={22} y={11} className="iw-heatmap-legend">
              {formatMatrixValue(Number(s.value.toPrecision(3)))}
            </text>
          </g>
        ))}
        <text x={legend.length * (small ? 46 : 56)} y={11} className="iw-heatmap-legend">
          √ scale
        </text>
      </g>
    </svg>
  );
}
