import { canAdminister, canEdit, roleIn, type CouncilRole } from '../model/access';
import { useSession } from './session';

export interface Access {
  /** May add, change and end records in this council (editors, council and system admins). */
  canEdit: boolean;
  /** May manage the council's users, settings and audit (council and system admins). */
  canAdminister: boolean;
  role: CouncilRole | null;
}

/** What the signed-in user may do in a council; nothing until `me` has answered. */
export function useAccess(councilId: string | null): Access {
  const { me } = useSession();
  return {
    canEdit: canEdit(me, councilId),
    canAdminister: canAdminister(me, councilId),
    role: roleIn(me, councilId),
  };
}
