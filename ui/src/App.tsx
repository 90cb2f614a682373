import { useEffect, useMemo } from 'react';
import { HealthBadge } from './HealthBadge';
import { ApiBanner, UnreachableBanner } from './shell/ApiBanner';
import { Header } from './shell/Header';
import { useCouncils, useWaves } from './state/useCouncilContext';
import { useUrlState } from './state/useUrlState';
import { ViewSwitch } from './shell/ViewSwitch';
import './app.css';

/** The app shell: header pickers + the current view, all driven by the URL. */
export function App() {
  const [state, update] = useUrlState();
  const councils = useCouncils();
  const councilList = useMemo(() => councils.data?.councils.items ?? [], [councils.data]);
  const { waves, status: wavesStatus } = useWaves(state.council);

  // Pick the first council when the link names none.
  useEffect(() => {
    if (state.council === null && councilList.length > 0) update({ council: councilList[0].id });
  }, [state.council, councilList, update]);

  return (
    <div className="app">
      <Header
        councils={councilList}
        councilId={state.council}
        waves={waves}
        moment={state.moment}
        level={state.level}
        view={state.view}
        onCouncil={(council) =>
          update({
            council,
            moment: {},
            from: {},
            selected: null,
            rank: null,
            filters: state.filters,
          })
        }
        onMoment={(moment) => update({ moment })}
        onLevel={(level) => update({ level, selected: null })}
        onView={(view) => update({ view })}
      />
      <UnreachableBanner />
      <ApiBanner error={councils.status === 'error' ? councils.error : null} />
      <main id="view-panel" role="tabpanel" aria-labelledby={`tab-${state.view}`}>
        {councils.status === 'loading' && !councils.data && (
          <p role="status" className="loading">
            Loading councils…
          </p>
        )}
        {state.council && (
          <ViewSwitch
            state={state}
            update={update}
            councilId={state.council}
            waves={waves}
            wavesReady={wavesStatus === 'ok' || wavesStatus === 'error'}
          />
        )}
      </main>
      <footer className="app-footer">
        <HealthBadge />
      </footer>
    </div>
  );
}
