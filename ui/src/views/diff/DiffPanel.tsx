import {
  CHANGE_CLASS,
  CHANGE_NAMES,
  describeChange,
  type ChangeKind,
  type NetworkDiff,
} from '../../model/diff';
import type { Moment, Wave } from '../../model/types';
import type { UrlState } from '../../model/url-state';
import type { UpdateUrlState } from '../../state/useUrlState';
import type { ApiError } from '../../api/client';
import { CsvButton } from '../../shell/CsvButton';

interface Props {
  state: UrlState;
  update: UpdateUrlState;
  waves: Wave[];
  diff: { status: string; diff: NetworkDiff | null; error: ApiError | null };
  names: Record<string, string>;
}

const KINDS: ChangeKind[] = ['ADDED', 'ENDED', 'STRENGTHENED', 'WEAKENED', 'TYPE_CHANGED'];
const COUNT_KEY: Record<ChangeKind, keyof NetworkDiff['counts']> = {
  ADDED: 'added',
  ENDED: 'ended',
  STRENGTHENED: 'strengthened',
  WEAKENED: 'weakened',
  TYPE_CHANGED: 'typeChanged',
};

/** Changes between two moments: pickers, counts per kind, and the list of changed pairs. */
export function DiffPanel({ state, update, waves, diff, names }: Props) {
  const from =
    state.from.wave || state.from.asOf ? state.from : waves[0] ? { wave: waves[0].id } : {};
  const d = diff.diff;
  return (
    <section className="diff-panel" data-testid="diff-panel">
      <h2>Changes</h2>
      <div className="diff-pickers">
        <MomentSelect
          label="From"
          testId="diff-from"
          moment={from}
          waves={waves}
          onChange={(m) => update({ from: m })}
        />
        <MomentSelect
          label="To"
          testId="diff-to"
          moment={state.moment}
          waves={waves}
          onChange={(m) => update({ moment: m })}
        />
      </div>
      {diff.status === 'loading' && <p role="status">Comparing the two moments…</p>}
      {diff.error && <p role="alert">Could not compare: {diff.error.message}</p>}
      {d && (
        <>
          <p className="muted">
            From {d.from} to {d.to}: pairs of actors whose ties changed (several tie types between
            one pair count once).
          </p>
          <ul className="diff-counts" data-testid="diff-counts">
            {KINDS.map((k) => (
              <li
                key={k}
                className={CHANGE_CLASS[k]}
                data-kind={k}
                data-count={d.counts[COUNT_KEY[k]]}
              >
                <span className={`key key-${CHANGE_CLASS[k]}`} aria-hidden="true" />{' '}
                {CHANGE_NAMES[k]}: <strong>{d.counts[COUNT_KEY[k]]}</strong>
              </li>
            ))}
            <li data-kind="JOINED" data-count={d.counts.joined}>
              Joined: <strong>{d.counts.joined}</strong>
            </li>
            <li data-kind="LEFT" data-count={d.counts.left}>
              Left: <strong>{d.counts.left}</strong>
            </li>
          </ul>
          <CsvButton
            testId="diff-csv"
            fileName={`${state.council ?? 'council'}-changes-${d.from}-${d.to}-${state.level.toLowerCase()}.csv`}
            header={['change', 'from_id', 'from', 'to_id', 'to', 'what']}
            rows={() =>
              d.changes.map((c) => [
                CHANGE_NAMES[c.kind],
                c.source,
                c.sourceLabel,
                c.target,
                c.targetLabel,
                describeChange(c, names),
              ])
            }
          />
          <div className="table-scroll" tabIndex={0} aria-label="Changed pairs (scrolls)">
            <table className="data-table" data-testid="diff-list">
              <caption>Changed pairs ({d.changes.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Change</th>
                  <th scope="col">Between</th>
                  <th scope="col">What</th>
                </tr>
              </thead>
              <tbody>
                {d.changes.map((c) => (
                  <tr key={`${c.source}|${c.target}`} data-kind={c.kind}>
                    <td>{CHANGE_NAMES[c.kind]}</td>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => update({ selected: c.source })}
                      >
                        {c.sourceLabel}
                      </button>{' '}
                      ↔{' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => update({ selected: c.target })}
                      >
                        {c.targetLabel}
                      </button>
                    </td>
                    <td>{describeChange(c, names)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function MomentSelect(p: {
  label: string;
  testId: string;
  moment: Moment;
  waves: Wave[];
  onChange: (m: Moment) => void;
}) {
  const value = p.moment.wave ?? (p.moment.asOf ? `date:${p.moment.asOf}` : '');
  return (
    <label>
      {p.label}{' '}
      <select
        data-testid={p.testId}
        value={value}
        onChange={(e) => {
          const v = e.target.value;
          p.onChange(v === '' ? {} : v.startsWith('date:') ? { asOf: v.slice(5) } : { wave: v });
        }}
      >
        <option value="">Today</option>
        {p.waves.map((w) => (
          <option key={w.id} value={w.id}>
            {w.label} ({w.date})
          </option>
        ))}
        {p.moment.asOf && <option value={`date:${p.moment.asOf}`}>{p.moment.asOf}</option>}
      </select>
    </label>
  );
}
