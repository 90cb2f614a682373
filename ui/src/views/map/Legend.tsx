import { MAX_NODE_SIZE, MIN_NODE_SIZE, sizeFor } from '../../model/elements';
import type { LegendEntry } from '../../model/palette';
import { KIND_SHAPES, SUGGESTED_TIE_STYLE, TIE_TYPE_STYLES } from '../../model/palette';

/** The metric nodes are sized by, over the nodes drawn: its name, smallest and largest value. */
export interface SizeScale {
  name: string;
  min: number;
  max: number;
}

const format = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3));

/**
 * Legend: node colours (sector or profession), sizes, shapes by kind, tie types by line.
 * Colour and tie-type entries are buttons: pressing one keeps only what it names (the API
 * filters, so counts and metrics agree), pressing more adds them, pressing again removes.
 */
export function Legend(p: {
  title: string;
  entries: LegendEntry[];
  names: Record<string, string>;
  tieTypes: string[];
  /** A suggested tie is drawn: say it is a suggestion, not a recorded tie. */
  suggested?: boolean;
  size: SizeScale | null;
  /** The colour entries kept by the filter (empty: all). */
  chosen: string[];
  chosenTieTypes: string[];
  onToggle: (key: string) => void;
  onToggleTieType: (key: string) => void;
  onClear: () => void;
}) {
  const filtering = p.chosen.length > 0 || p.chosenTieTypes.length > 0;
  return (
    <div className="legend" data-testid="legend" aria-label="Legend">
      <h3>{p.title}</h3>
      <ul>
        {p.entries.map((e) => (
          <li key={e.key}>
            {e.key ? (
              <button
                type="button"
                className="legend-entry"
                aria-pressed={p.chosen.includes(e.key)}
                data-testid={`legend-${e.key}`}
                title={`Show only ${e.name} (press again to show all)`}
                onClick={() => p.onToggle(e.key)}
              >
                <span className="swatch" style={{ background: e.colour }} aria-hidden="true" />{' '}
                {e.name} ({e.count})
              </button>
            ) : (
              <>
                <span className="swatch" style={{ background: e.colour }} aria-hidden="true" />{' '}
                {e.name} ({e.count})
              </>
            )}
          </li>
        ))}
      </ul>
      {p.size && (
        <>
          <h3>Size: {p.size.name}</h3>
          <ul className="legend-inline" data-testid="size-legend">
            {[p.size.min, p.size.max].map((v, i) => {
              const d =
                p.size!.max > p.size!.min
                  ? sizeFor(v, p.size!.min, p.size!.max)
                  : (MIN_NODE_SIZE + MAX_NODE_SIZE) / 3;
              return (
                <li key={i}>
                  <span
                    className="size-disc"
                    style={{ width: d / 2, height: d / 2 }}
                    aria-hidden="true"
                  />{' '}
                  {i === 0 ? 'smallest' : 'largest'} {format(v)}
                </li>
              );
            })}
          </ul>
        </>
      )}
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
              <button
                type="button"
                className="legend-entry"
                aria-pressed={p.chosenTieTypes.includes(t)}
                data-testid={`legend-tie-${t}`}
                title={`Show only ${p.names[t] ?? t} ties (press again to show all)`}
                onClick={() => p.onToggleTieType(t)}
              >
                <span
                  className="line"
                  style={{ borderTop: `3px ${s.lineStyle} ${s.colour}` }}
                  aria-hidden="true"
                />{' '}
                {p.names[t] ?? t}
              </button>
            </li>
          );
        })}
        {p.suggested && (
          <li data-testid="legend-suggested">
            <svg className="line" width="30" height="6" aria-hidden="true">
              <line
                x1="0"
                y1="3"
                x2="30"
                y2="3"
                stroke={SUGGESTED_TIE_STYLE.colour}
                strokeWidth="3"
                strokeDasharray={SUGGESTED_TIE_STYLE.dashPattern.join(' ')}
              />
            </svg>{' '}
            Suggested tie (not recorded)
          </li>
        )}
      </ul>
      {filtering && (
        <p>
          <button type="button" data-testid="legend-clear" onClick={p.onClear}>
            Show all again
          </button>
        </p>
      )}
    </div>
  );
}
