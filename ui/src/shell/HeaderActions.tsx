import { useState } from 'react';
import { importUrl } from '../model/routes';
import { useSession } from '../state/session';
import { useAccess } from '../state/useAccess';
import { Link } from './Link';
import { NewCouncilForm } from './NewCouncilForm';
import { UserMenu } from './UserMenu';

/** The header's right side: import (editors), administer this council, new council (system admins), user menu. */
export function HeaderActions(p: {
  councilId: string | null;
  onCouncilCreated: (id: string) => void;
}) {
  const { me } = useSession();
  const access = useAccess(p.councilId);
  const [creating, setCreating] = useState(false);
  if (!me) return null;
  return (
    <div className="header-actions">
      {access.canEdit && p.councilId && (
        <Link href={importUrl(p.councilId)} className="button-link" data-testid="import-link">
          Import
        </Link>
      )}
      {access.canAdminister && p.councilId && (
        <Link
          href={`/admin?council=${encodeURIComponent(p.councilId)}`}
          className="button-link"
          data-testid="admin-link"
        >
          Administer
        </Link>
      )}
      {me.systemAdmin && (
        <button
          type="button"
          aria-expanded={creating}
          onClick={() => setCreating(!creating)}
          data-testid="new-council"
        >
          New council
        </button>
      )}
      <UserMenu me={me} />
      {creating && (
        <div className="header-popover">
          <NewCouncilForm
            onClose={() => setCreating(false)}
            onCreated={(id) => {
              setCreating(false);
              p.onCouncilCreated(id);
            }}
          />
        </div>
      )}
    </div>
  );
}
