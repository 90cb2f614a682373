/**
 * Who may do what in the UI, from the signed-in user's roles (the `me` query). Pure.
 * The API enforces every rule; these only decide which controls to show.
 */
import type { MeQuery } from '../api/operations.generated';

export type CouncilRole = 'COUNCIL_ADMIN' | 'EDITOR' | 'VIEWER' | 'RESEARCHER';

export const COUNCIL_ROLES: readonly CouncilRole[] = [
  'COUNCIL_ADMIN',
  'EDITOR',
  'VIEWER',
  'RESEARCHER',
];

export const ROLE_NAMES: Record<CouncilRole, string> = {
  COUNCIL_ADMIN: 'Council admin',
  EDITOR: 'Editor',
  VIEWER: 'Viewer',
  RESEARCHER: 'Researcher',
};

/** One line per role, as the admin page explains them. */
export const ROLE_HELP: Record<CouncilRole, string> = {
  COUNCIL_ADMIN: 'everything in the council, plus its users, settings and audit trail',
  EDITOR: 'reads the council and changes its map, waves, interventions, notes and blueprints',
  VIEWER: 'reads the map, analytics and notes',
  RESEARCHER: 'reads pseudonymised data only; groups under 5 are suppressed',
};

/** The signed-in user and their council roles (the `me` query in state/session.ts). */
export type Me = MeQuery['me'];
export type RoleGrant = Me['roles'][number];

export const ME_FIELDS = 'id email name systemAdmin roles { councilId councilName role }';

export function roleIn(me: Me | null, councilId: string | null): CouncilRole | null {
  if (!me || !councilId) return null;
  return me.roles.find((r) => r.councilId === councilId)?.role ?? null;
}

/** Editors, council admins and system admins change a council's map data. */
export function canEdit(me: Me | null, councilId: string | null): boolean {
  if (!me || !councilId) return false;
  if (me.systemAdmin) return true;
  const role = roleIn(me, councilId);
  return role === 'EDITOR' || role === 'COUNCIL_ADMIN';
}

/** Council admins and system admins manage a council's users, settings and audit. */
export function canAdminister(me: Me | null, councilId: string | null): boolean {
  if (!me || !councilId) return false;
  return me.systemAdmin || roleIn(me, councilId) === 'COUNCIL_ADMIN';
}

/** "Editor in Tamebridge"-style lines for the user menu. */
export function roleLines(me: Me): string[] {
  const lines = me.roles.map((r) => `${ROLE_NAMES[r.role]} in ${r.councilName}`);
  return me.systemAdmin ? ['System administrator', ...lines] : lines;
}
