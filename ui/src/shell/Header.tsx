import type { Council, Level, Moment, ViewId, Wave } from '../model/types';
import { LEVELS } from '../model/types';
import { ViewTabs } from './ViewTabs';

const LEVEL_NAMES: Record<Level, string> = {
  PEOPLE: 'People',
  TEAMS: 'Teams',
  ORGANISATIONS: 'Organisations',
  PROFESSIONS: 'Professions',
  SECTORS: 'Sectors',
};

interface Props {
  councils: Council[];
  councilId: string | null;
  waves: Wave[];
  moment: Moment;
  level: Level;
  view: ViewId;
  onCouncil: (id: string) => void;
  onMoment: (m: Moment) => void;
  onLevel: (l: Level) => void;
  onView: (v: ViewId) => void;
}

/** App header: council, moment (a wave or a date), level and the view tabs. */
export function Header(p: Props) {
  const waveValue = p.moment.wave ?? (p.moment.asOf ? 'date' : '');
  return (
    <header className="app-header">
      <h1 className="app-title">Interweave</h1>
      <div className="app-pickers">
        <label>
          Council{' '}
          <select
            data-testid="council-picker"
            value={p.councilId ?? ''}
            onChange={(e) => p.onCouncil(e.target.value)}
          >
            {p.councilId === null && <option value="">Choose…</option>}
            {p.councils.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Moment{' '}
          <select
            data-testid="wave-picker"
            value={waveValue}
            onChange={(e) => {
              const v = e.target.value;
              if (v === '') p.onMoment({});
              else if (v === 'date') p.onMoment({ asOf: p.moment.asOf ?? today() });
              else p.onMoment({ wave: v });
            }}
          >
            <option value="">Today</option>
            {p.waves.map((w) => (
              <option key={w.id} value={w.id}>
                {w.label} ({w.date})
              </option>
            ))}
            <option value="date">A date…</option>
          </select>
        </label>
        {waveValue === 'date' && (
          <label>
            Date{' '}
            <input
              type="date"
              data-testid="date-picker"
              value={p.moment.asOf ?? ''}
              onChange={(e) => e.target.value && p.onMoment({ asOf: e.target.value })}
            />
          </label>
        )}
        <fieldset className="level-switch" data-testid="level-switch">
          <legend>Level</legend>
          {LEVELS.map((l) => (
            <label key={l} className={l === p.level ? 'active' : undefined}>
              <input
                type="radio"
                name="level"
                value={l}
                checked={l === p.level}
                onChange={() => p.onLevel(l)}
              />
              {LEVEL_NAMES[l]}
            </label>
          ))}
        </fieldset>
      </div>
      <ViewTabs view={p.view} onView={p.onView} />
    </header>
  );
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
