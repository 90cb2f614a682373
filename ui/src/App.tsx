import { useEffect, useMemo } from 'react';
import { HealthBadge } from './HealthBadge';
import { ApiBanner, UnreachableBanner } from './shell/ApiBanner';
import { Header } from './shell/Header';
import { councilsChanged, useCouncils, useWaves } from './state/useCouncilContext';
import { useSession } from './state/session';
import { useUrlState } from './state/useUrlState';
import { ViewSwitch } from './shell/ViewSwitch';

/** The app shell: header pickers + the current view, all driven by the URL. */
export function App() {
  const [state, update] = useUrlState();
  const session = useSession();
  const councils = useCouncils();
  const councilList = useMemo(() => councils.data?.councils.items ?? [], [councils.data]);
  const { waves, status: wavesStatus } = useWaves(state.council);

  // Pick the first council when the link names none.
  useEffect(() => {
    if (state.council === null && councilList.length > 0) update({ council: councilList[0].id });
  }, [state.council, councilList, update]);

  // A system admin sees every council, so an unknown id there is the view's own NOT_FOUND.
  const noAccess =
    councils.status === 'ok' &&
    state.council !== null &&
    session.me?.systemAdmin !== true &&
    !councilList.some((c) => c.id === state.council);

  const onCouncil = (council: string) =>
    update({
      council,
      moment: {},
      from: {},
      selected: null,
      rank: null,
      filters: state.filters,
    });

  return (
    <div className="app">
      <Header
        councils={councilList}
        councilId={state.council}
        waves={waves}
        moment={state.moment}
        level={state.level}
        view={state.view}
        onCouncil={onCouncil}
        onCouncilCreated={(id) => {
          councilsChanged();
          onCouncil(id);
        }}
        onMoment={(moment) => update({ moment })}
        onLevel={(level) => update({ level, selected: null })}
        onView={(view) => update({ view })}
      />
      {/* One main landmark; the tab panel is inside it (a main cannot also be a tabpanel). */}
      <main>
        <UnreachableBanner />
        <ApiBanner error={councils.status === 'error' ? councils.error : null} />
        <div id="view-panel" role="tabpanel" aria-labelledby={`tab-${state.view}`}>
          {councils.status === 'loading' && !councils.data && (
            <p role="status" className="loading">
              Loading councils…
            </p>
          )}
          {councils.status === 'ok' && councilList.length === 0 && (
            <p role="status" data-testid="no-councils">
              You hold no role in any council yet. Ask an administrator of your council to give you
              one.
            </p>
          )}
          {noAccess && (
            <p role="alert" className="api-banner" data-testid="council-no-access">
              This link is for a council you hold no role in ({state.council}). Pick one of your
              councils above.
            </p>
          )}
          {state.council && !noAccess && (
            <ViewSwitch
              state={state}
              update={update}
              councilId={state.council}
              waves={waves}
              wavesReady={wavesStatus === 'ok' || wavesStatus === 'error'}
            />
          )}
        </div>
      </main>
      <footer className="app-footer">
        <HealthBadge />
      </footer>
    </div>
  );
}
