import type { ComparisonColumn } from '../../model/comparison';
import { GROUP_COLOURS, type Grouping } from '../../model/comparison-minimap';
import type { Level } from '../../model/types';
import { MiniMap } from './MiniMap';

interface Props {
  columns: readonly ComparisonColumn[];
  groups: readonly string[];
  level: Level;
  grouping: Grouping;
  labelOf: (group: string) => string;
}

/** One small map per council, with one colour legend for all of them. */
export function ComparisonMaps({ columns, groups, level, grouping, labelOf }: Props) {
  return (
    <>
      <ul className="iw-legend" aria-label="Group colours">
        {groups.map((g, i) => (
          <li key={g}>
            <svg width={12} height={12} aria-hidden="true">
              <circle cx={6} cy={6} r={5} fill={GROUP_COLOURS[i % GROUP_COLOURS.length]} />
            </svg>
            {labelOf(g)}
          </li>
        ))}
        <li>
          <svg width={24} height={10} aria-hidden="true">
            <line x1={0} x2={24} y1={5} y2={5} className="iw-swatch-cross" />
          </svg>
          tie across groups
        </li>
      </ul>
      <div className="iw-multiples">
        {columns.map((c) =>
          c.present && c.asOf ? (
            <MiniMap
              key={c.councilId}
              councilId={c.councilId}
              councilName={c.councilName}
              asOf={c.asOf}
              waveLabel={c.waveLabel}
              level={level}
              grouping={grouping}
              groupOrder={groups}
              labelOf={labelOf}
            />
          ) : null,
        )}
      </div>
    </>
  );
}
