import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BatchItemError } from '../../common/models/batch-item-error.model';
import { Membership } from '../../membership/models/membership.model';

export enum PersonLevel {
  FRONTLINE = 'FRONTLINE',
  MANAGER = 'MANAGER',
  SENIOR_LEADER = 'SENIOR_LEADER',
}

registerEnumType(PersonLevel, {
  name: 'PersonLevel',
  description: 'The level a person works at.',
  valuesMap: {
    FRONTLINE: { description: 'Frontline staff (carers, nurses, social workers, ...).' },
    MANAGER: { description: 'Team or service managers.' },
    SENIOR_LEADER: { description: 'Senior leaders and commissioners.' },
  },
});

@ObjectType({
  description:
    'A member of staff, pseudonymous by default. Team and profession are as of the moment read.',
})
export class Person {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'Pseudonym, unique in the council, e.g. "P-0042".' })
  pseudonym!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Real name, only when one was deliberately recorded; null otherwise.',
  })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Job title, e.g. "Senior carer".' })
  roleTitle?: string | null;

  @Field(() => PersonLevel, { description: 'Frontline, manager or senior leader.' })
  level!: PersonLevel;

  @Field({ description: 'True for a blended role (e.g. a carer trained for health tasks).' })
  blendedRole!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'Profession vocabulary id at the moment read; null if none.',
  })
  professionId?: string | null;

  @Field(() => [ID], { description: 'Teams the person is a member of at the moment read.' })
  teamIds!: string[];

  @Field(() => [Membership], {
    description: 'Every team and profession membership, oldest first (the whole history).',
  })
  memberships!: Membership[];

  @Field({ description: 'First day the person is in post (YYYY-MM-DD).' })
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day they are no longer in post (YYYY-MM-DD); null while they are.',
  })
  validTo?: string | null;

  @Field({ description: 'When the record was created (ISO 8601).' })
  createdAt!: string;
}

@ObjectType({
  description: 'Outcome of createPeople: either every person was created, or none and the errors.',
})
export class CreatePeopleResult {
  @Field(() => Int, { description: 'How many people were created (0 when there are errors).' })
  created!: number;

  @Field(() => [ID], { description: 'Ids of the people created, in input order.' })
  ids!: string[];

  @Field(() => [BatchItemError], {
    description: 'Every problem found, per item; when not empty nothing was written.',
  })
  errors!: BatchItemError[];
}
