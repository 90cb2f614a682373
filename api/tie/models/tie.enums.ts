import { registerEnumType } from '@nestjs/graphql';
import { Label } from '../../../graph/labels';

/** The kinds of actor a tie can join; each maps to one node label. */
export enum ActorKind {
  PERSON = 'PERSON',
  TEAM = 'TEAM',
  ORGANISATION = 'ORGANISATION',
}

/** Label of the actor node for each kind: the only way a kind reaches Cypher. */
export const ACTOR_LABEL = {
  [ActorKind.PERSON]: Label.Person,
  [ActorKind.TEAM]: Label.Team,
  [ActorKind.ORGANISATION]: Label.Organisation,
} as const;

export enum TieFrequency {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  YEARLY = 'YEARLY',
  RARELY = 'RARELY',
}

export enum TieSource {
  WAVE = 'WAVE',
  WORKSHOP = 'WORKSHOP',
  ADMIN = 'ADMIN',
  OBSERVED = 'OBSERVED',
}

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What kind of actor an end of a tie is.',
  valuesMap: {
    PERSON: { description: 'A member of staff (pseudonymous by default).' },
    TEAM: { description: 'A team or service.' },
    ORGANISATION: { description: 'An organisation (trust, provider, council, ...).' },
  },
});

registerEnumType(TieFrequency, {
  name: 'TieFrequency',
  description: 'How often the two actors interact through this tie.',
  valuesMap: {
    DAILY: { description: 'Every working day or nearly.' },
    WEEKLY: { description: 'About once a week.' },
    MONTHLY: { description: 'About once a month.' },
    QUARTERLY: { description: 'About once a quarter.' },
    YEARLY: { description: 'About once a year.' },
    RARELY: { description: 'Less than once a year, or only occasionally.' },
  },
});

registerEnumType(TieSource, {
  name: 'TieSource',
  description: 'Where the knowledge of a tie came from.',
  valuesMap: {
    WAVE: { description: 'A survey wave (give waveId).' },
    WORKSHOP: { description: 'A participatory workshop or interview.' },
    ADMIN: { description: 'Administrative data (rotas, contracts, referral records).' },
    OBSERVED: { description: 'Direct observation.' },
  },
});
