import { useState } from 'react';
import type {
  CouncilSettingsQuery,
  CouncilSettingsQueryVariables,
} from '../../api/operations.generated';
import { canAdminister } from '../../model/access';
import { Link } from '../../shell/Link';
import { PageShell } from '../../shell/PageShell';
import { useSession } from '../../state/session';
import { useCouncils } from '../../state/useCouncilContext';
import { useQuery } from '../../state/useQuery';
import { navigate, useSearch } from '../../state/useRoute';
import { COUNCIL_SETTINGS } from './admin-api';
import { AuditSection } from './AuditSection';
import { NamesSetting } from './NamesSetting';
import { UsersSection } from './UsersSection';

/** /admin?council=<id>: a council's users and roles, its names setting and its audit trail. */
export function AdminPage() {
  const { me } = useSession();
  const councilId = new URLSearchParams(useSearch()).get('council');
  const councils = useCouncils();
  const mine = (councils.data?.councils.items ?? []).filter((c) => canAdminister(me, c.id));
  const allowed = canAdminister(me, councilId);
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const settings = useQuery<CouncilSettingsQuery, CouncilSettingsQueryVariables>(
    allowed && councilId ? `admin-council:${councilId}` : null,
    COUNCIL_SETTINGS,
    // Without a council the key is null and nothing is sent.
    { c: councilId ?? '' },
    version,
  );
  const council = settings.data?.council;
  const back = councilId ? `/?council=${encodeURIComponent(councilId)}` : '/';

  return (
    <PageShell title={council ? `Administer ${council.name}` : 'Administer a council'} back={back}>
      {mine.length > 1 && (
        <label className="admin-council-picker">
          Council{' '}
          <select
            value={councilId ?? ''}
            onChange={(e) => navigate(`/admin?council=${encodeURIComponent(e.target.value)}`)}
            data-testid="admin-council"
          >
            {!councilId && <option value="">Choose…</option>}
            {mine.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {!allowed && (
        <p role="alert" className="form-error" data-testid="admin-forbidden">
          {councilId
            ? 'Only this council’s admins (and system administrators) can manage it.'
            : 'Choose a council you administer.'}{' '}
          <Link href={back}>Back to the map</Link>
        </p>
      )}
      {settings.status === 'error' && (
        <p role="alert" className="form-error">
          Could not load the council: {settings.error.message}
        </p>
      )}
      {council && councilId && (
        <div className="admin-layout" key={councilId}>
          <UsersSection councilId={councilId} councilName={council.name} onChanged={changed} />
          <NamesSetting
            councilId={councilId}
            namesVisible={council.namesVisible}
            onSaved={changed}
          />
          <AuditSection councilId={councilId} reload={version} />
        </div>
      )}
    </PageShell>
  );
}
