import { formatMatrixValue } from '../../model/heatmap';
import type { Marker, Series } from '../../model/line-chart';
import { layoutLineChart } from '../../model/line-chart-layout';
import { useWidth } from './useWidth';

interface Props {
  points: readonly { date: string; label: string }[];
  series: readonly Series[];
  markers: readonly Marker[];
  labelledBy: string;
  yLabel: string;
}

const HEIGHT = 320;
const MARKER_ROWS = 4;

/**
 * Ties between pairs of groups over time (SVG). Interventions are vertical lines, numbered and
 * labelled at the top; moments (waves) are the x-axis ticks.
 */
export function PairLineChart({ points, series, markers, labelledBy, yLabel }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const margin = { top: 14 + MARKER_ROWS * 14, right: 40, bottom: 48, left: 56 };
  const box = { width, height: HEIGHT, margin };
  const layout = layoutLineChart(points, series, markers, box, MARKER_ROWS);
  const { plot } = layout;
  // About 6 px per character at 11 px; keep at least the marker's number.
  const clip = (s: string, room: number) => {
    const max = Math.floor(room / 6);
    if (s.length <= max) return s;
    return max >= 4 ? `${s.slice(0, max - 1)}…` : s.split(' ')[0];
  };

  return (
    <div ref={ref} className="iw-chart">
      <svg
        role="img"
        aria-labelledby={labelledBy}
        data-testid="pair-line-chart"
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
      >
        {layout.yTicks.map((t) => (
          <g key={t.value} aria-hidden="true">
            <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} className="iw-grid" />
            <text x={plot.left - 6} y={t.y + 4} textAnchor="end" className="iw-axis">
              {formatMatrixValue(t.value)}
            </text>
          </g>
        ))}
        <text
          transform={`translate(14, ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          className="iw-axis"
        >
          {yLabel}
        </text>
        {layout.markers.map((m, k) => {
          const y = 12 + m.row * 14;
          return (
            <g key={m.id} data-testid="intervention-marker" className="iw-marker">
              <title>{`${m.label} (${m.date})`}</title>
              <line x1={m.x} x2={m.x} y1={y + 2} y2={plot.bottom} />
              <text x={m.anchor === 'start' ? m.x + 3 : m.x - 3} y={y} textAnchor={m.anchor}>
                {clip(`${k + 1} ${m.label}`, m.room)}
              </text>
            </g>
          );
        })}
        {layout.xTicks.map((t) => (
          <g key={t.date} aria-hidden="true">
            <line
              x1={t.x}
              x2={t.x}
              y1={plot.bottom}
              y2={plot.bottom + 5}
              className="iw-axis-line"
            />
            {t.labelled && (
              <>
                <text
                  x={t.x}
                  y={plot.bottom + 18}
                  textAnchor="middle"
                  className="iw-axis iw-axis-wave"
                >
                  {t.label}
                </text>
                <text
                  x={t.x}
                  y={plot.bottom + 32}
                  textAnchor="middle"
                  className="iw-axis iw-axis-date"
                >
                  {t.date}
                </text>
              </>
            )}
          </g>
        ))}
        <line
          x1={plot.left}
          x2={plot.right}
          y1={plot.bottom}
          y2={plot.bottom}
          className="iw-axis-line"
        />
        {layout.lines.map((l) => (
          <g key={l.key} data-testid="pair-series" data-series={l.key}>
            <path
              d={l.d}
              fill="none"
              stroke={l.colour}
              strokeWidth={2.5}
              strokeDasharray={l.dash}
            />
            {l.dots.map((d) => (
              <circle key={d.label} cx={d.x} cy={d.y} r={4} fill={l.colour}>
                <title>{`${l.label} at ${d.label}: ${formatMatrixValue(d.value)}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <ul className="iw-legend" aria-label="Series">
        {series.map((s) => (
          <li key={s.key}>
            <svg width={28} height={10} aria-hidden="true">
              <line
                x1={0}
                x2={28}
                y1={5}
                y2={5}
                stroke={s.colour}
                strokeWidth={3}
                strokeDasharray={s.dash}
              />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
