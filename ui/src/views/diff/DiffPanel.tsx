import { useState } from 'react';
import {
  CHANGE_CLASS,
  CHANGE_NAMES,
  describeChange,
  diffFrom,
  type ChangeKind,
  type NetworkDiff,
} from '../../model/diff';
import type { Moment, Wave } from '../../model/types';
import type { UrlState } from '../../model/url-state';
import type { UpdateUrlState } from '../../state/useUrlState';
import type { ApiError } from '../../api/client';
import { CsvButton } from '../../shell/CsvButton';
import { useInterventions } from '../../state/useCouncilContext';
import { momentDate, todayIso, type Intervention } from '../../model/timeline';

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
  const from = diffFrom(state.from, waves);
  const { interventions } = useInterventions(state.council);
  const d = diff.diff;
  return (
    <section className="diff-panel" data-testid="diff-panel">
      <h2>Changes</h2>
      <div className="diff-pickers">
        <MomentSelect
          label="From"
          testId="diff-from"
          moment={from ?? {}}
          waves={waves}
          interventions={interventions}
          placeholder={from ? null : 'Choose…'}
          onChange={(m) => update({ from: m })}
        />
        <MomentSelect
          label="To"
          testId="diff-to"
          moment={state.moment}
          waves={waves}
          interventions={interventions}
          placeholder={null}
          onChange={(m) => update({ moment: m })}
        />
      </div>
      {from &&
        momentDate(from, waves, todayIso()) > momentDate(state.moment, waves, todayIso()) && (
          <p role="status" data-testid="diff-order">
            From is after To: changes are read forwards in time.{' '}
            <button type="button" onClick={() => update({ from: state.moment, moment: from })}>
              Swap From and To
            </button>
          </p>
        )}
      {!from && (
        <p role="status" data-testid="diff-choose">
          This council has no waves yet: choose a date, Today or an intervention to compare from.
        </p>
      )}
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

/**
 * A moment: Today, a wave, an intervention's date (to isolate its effect) or any date. Today
 * and intervention dates are dates (`asOf`); a date that is neither shows as itself.
 */
function MomentSelect(p: {
  label: string;
  testId: string;
  moment: Moment;
  waves: Wave[];
  interventions: Intervention[];
  /** Shown, and selected, while nothing is chosen. */
  placeholder: string | null;
  onChange: (m: Moment) => void;
}) {
  const today = todayIso();
  const asOf = p.moment.asOf;
  const value = p.moment.wave
    ? `wave:${p.moment.wave}`
    : asOf === undefined
      ? p.placeholder
        ? ''
        : 'today'
      : asOf === today
        ? 'today'
        : `date:${asOf}`;
  const namedDates = new Set([today, ...p.interventions.map((i) => i.date)]);
  const [picking, setPicking] = useState(false);
  return (
    <span className="moment-select">
      <label>
        {p.label}{' '}
        <select
          data-testid={p.testId}
          value={picking ? 'pick' : value}
          onChange={(e) => {
            const v = e.target.value;
            setPicking(v === 'pick');
            if (v === 'today') p.onChange({ asOf: today });
            else if (v.startsWith('wave:')) p.onChange({ wave: v.slice(5) });
            else if (v.startsWith('date:')) p.onChange({ asOf: v.slice(5) });
          }}
        >
          {p.placeholder && (
            <option value="" disabled>
              {p.placeholder}
            </option>
          )}
          <option value="today">Today ({today})</option>
          <optgroup label="Waves">
            {p.waves.map((w) => (
              <option key={w.id} value={`wave:${w.id}`}>
                {w.label} ({w.date})
              </option>
            ))}
          </optgroup>
          {p.interventions.length > 0 && (
            <optgroup label="Interventions">
              {p.interventions.map((i) => (
                <option key={i.id} value={`date:${i.date}`}>
                  {i.label} ({i.date})
                </option>
              ))}
            </optgroup>
          )}
          {asOf && !namedDates.has(asOf) && <option value={`date:${asOf}`}>{asOf}</option>}
          <option value="pick">A date…</option>
        </select>
      </label>
      {picking && (
        <label>
          {p.label} date{' '}
          <input
            type="date"
            data-testid={`${p.testId}-date`}
            onChange={(e) => {
              if (!e.target.value) return;
              setPicking(false);
              p.onChange({ asOf: e.target.value });
            }}
          />
        </label>
      )}
    </span>
  );
}
