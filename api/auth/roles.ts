import { registerEnumType } from '@nestjs/graphql';

/** A user's role in one council. System administration is a flag on the user, not a role. */
export enum CouncilRole {
  COUNCIL_ADMIN = 'COUNCIL_ADMIN',
  EDITOR = 'EDITOR',
  VIEWER = 'VIEWER',
  RESEARCHER = 'RESEARCHER',
}

registerEnumType(CouncilRole, {
  name: 'CouncilRole',
  description: 'What a user may do in one council.',
  valuesMap: {
    COUNCIL_ADMIN: {
      description: 'Everything in the council, plus its users, roles, settings and audit.',
    },
    EDITOR: {
      description:
        'Reads the council and writes its map data, waves, interventions, notes and blueprints.',
    },
    VIEWER: { description: 'Reads the council: map, analytics and notes.' },
    RESEARCHER: {
      description:
        'Reads the council pseudonymised: never sees display names, and groups under 5 actors are suppressed.',
    },
  },
});

/** What each role may do; SYSTEM_ADMIN acts as COUNCIL_ADMIN everywhere. */
export const CAN_WRITE: ReadonlySet<CouncilRole> = new Set([
  CouncilRole.COUNCIL_ADMIN,
  CouncilRole.EDITOR,
]);
export const CAN_ADMIN: ReadonlySet<CouncilRole> = new Set([CouncilRole.COUNCIL_ADMIN]);
/** Roles that may see display names, when the council's names setting is on. */
export const MAY_SEE_NAMES: ReadonlySet<CouncilRole> = new Set([
  CouncilRole.COUNCIL_ADMIN,
  CouncilRole.EDITOR,
  CouncilRole.VIEWER,
]);
