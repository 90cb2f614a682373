import type { LegendEntry } from '../../model/palette';
import { KIND_SHAPES, TIE_TYPE_STYLES } from '../../model/palette';

/** Legend: node colours (sector or profession), shapes by kind, tie types by line. */
export function Legend(p: {
  title: string;
  entries: LegendEntry[];
  names: Record<string, string>;
  tieTypes: string[];
}) {
  return (
    <div className="legend" data-testid="legend" aria-label="Legend">
      <h3>{p.title}</h3>
      <ul>
        {p.entries.map((e) => (
          <li key={e.key}>
            <span className="swatch" style={{ background: e.colour }} aria-hidden="true" /> {e.name}{' '}
            ({e.count})
          </li>
        ))}
      </ul>
      <h3>Shapes</h3>
      <ul className="legend-inline">
        {Object.entries(KIND_SHAPES).map(([kind, shape]) => (
          <li key={kind}>
            <span className={`shape shape-${shape}`} aria-hidden="true" /> {kind.toLowerCase()}
          </li>
        ))}
        <li>
          <span className="swatch blended" aria-hidden="true" /> blended role
        </li>
      </ul>
      <h3>Ties (width: strength)</h3>
      <ul>
        {p.tieTypes.map((t) => {
          const s = TIE_TYPE_STYLES[t] ?? { colour: '#888', lineStyle: 'solid' };
          return (
            <li key={t}>
              <span
                className="line"
                style={{ borderTop: `3px ${s.lineStyle} ${s.colour}` }}
                aria-hidden="true"
              />{' '}
              {p.names[t] ?? t}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
