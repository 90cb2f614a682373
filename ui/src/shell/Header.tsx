import type { Council, Level, Moment, ViewId, Wave } from '../model/types';
import { LEVELS } from '../model/types';
import { HeaderActions } from './HeaderActions';
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
  onCouncilCreated: (id: string) => void;
}

/** App header: council (only the caller's), moment, level, the user's actions and the view tabs. */
export function Header(p: Props) {
  const waveValue = p.moment.wave ?? (p.moment.asOf ? 'date' : '');
  const known = p.councils.some((c) => c.id === p.councilId);
  return (
    <header className="app-header">
      <h1 className="app-title">Interweave</h1>
      <div className="app-pickers">
        <label>
          Council{' '}
          <select
            data-testid="council-picker"
            value={known ? (p.councilId ?? '') : ''}
            onChange={(e) => e.target.value && p.onCouncil(e.target.value)}
          >
            {!known && <option value="">Choose…</option>}
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
      <div className="header-row">
        <ViewTabs view={p.view} onView={p.onView} />
        <HeaderActions councilId={p.councilId} onCouncilCreated={p.onCouncilCreated} />
      </div>
    </header>
  );
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
