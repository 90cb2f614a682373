import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum MembershipKind {
  TEAM = 'TEAM',
  PROFESSION = 'PROFESSION',
  ORGANISATION = 'ORGANISATION',
}

registerEnumType(MembershipKind, {
  name: 'MembershipKind',
  description: 'What a membership links.',
  valuesMap: {
    TEAM: { description: 'A person is a member of a team.' },
    PROFESSION: { description: 'A person practises a profession.' },
    ORGANISATION: { description: 'A team is part of an organisation.' },
  },
});

@ObjectType({
  description:
    'A membership with its validity period: person in team, person in profession, or team in organisation.',
})
export class Membership {
  @Field(() => ID, { description: 'Stable id, used to end or delete the membership.' })
  id!: string;

  @Field(() => MembershipKind, { description: 'What the membership links.' })
  kind!: MembershipKind;

  @Field(() => ID, { nullable: true, description: 'The person (TEAM and PROFESSION kinds).' })
  personId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The team joined (TEAM kind) or the team that is part of an organisation.',
  })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The profession (PROFESSION kind).' })
  professionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation (ORGANISATION kind).' })
  organisationId?: string | null;

  @Field({ description: 'First day the membership holds (YYYY-MM-DD).' })
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day it no longer holds (YYYY-MM-DD); null while it still holds.',
  })
  validTo?: string | null;
}
