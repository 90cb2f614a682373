import { CouncilRole } from './roles';

/** Who is calling: resolved once per request from the session cookie or the bearer token. */
export interface Principal {
  userId: string;
  email: string;
  name: string;
  systemAdmin: boolean;
  /** Role per council id. */
  roles: ReadonlyMap<string, CouncilRole>;
  /** Councils (among those it may act in) whose settings show names to members. */
  namesVisible: ReadonlySet<string>;
  /** Set when signed in with a session cookie. */
  sessionId: string | null;
  /** Set when calling with an API token. */
  tokenId: string | null;
  tokenName: string | null;
}

/** The role that governs the principal in a council: system admins act as council admins. */
export function effectiveRole(principal: Principal, councilId: string): CouncilRole | null {
  if (principal.systemAdmin) return CouncilRole.COUNCIL_ADMIN;
  return principal.roles.get(councilId) ?? null;
}
