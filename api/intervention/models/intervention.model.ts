import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** The kinds of event a change programme records; OTHER keeps the list closed but usable. */
export enum InterventionKind {
  FACILITATOR_APPOINTED = 'FACILITATOR_APPOINTED',
  TRAINING_COHORT = 'TRAINING_COHORT',
  COMPETENCY_SIGN_OFF = 'COMPETENCY_SIGN_OFF',
  CONTRACT_CHANGE = 'CONTRACT_CHANGE',
  TRUSTED_ASSESSORS_START = 'TRUSTED_ASSESSORS_START',
  GOVERNANCE_CHANGE = 'GOVERNANCE_CHANGE',
  OTHER = 'OTHER',
}

registerEnumType(InterventionKind, {
  name: 'InterventionKind',
  description: 'What kind of event in the change programme an intervention / milestone is.',
  valuesMap: {
    FACILITATOR_APPOINTED: {
      description: 'An integration facilitator who brokers relationships was appointed.',
    },
    TRAINING_COHORT: {
      description:
        'A cohort of staff was trained together (e.g. home-care workers in health tasks).',
    },
    COMPETENCY_SIGN_OFF: {
      description: 'Staff were signed off as competent for delegated health tasks.',
    },
    CONTRACT_CHANGE: {
      description:
        'A commissioning contract started, ended or changed (e.g. a new home-care contract).',
    },
    TRUSTED_ASSESSORS_START: {
      description: 'Trusted assessors began acting across organisational boundaries.',
    },
    GOVERNANCE_CHANGE: {
      description: 'Governance changed: a new board, MDT, accountability or escalation route.',
    },
    OTHER: { description: 'Any other milestone; say what in the description.' },
  },
});

@ObjectType({
  description: 'A dated event in the change programme (an intervention or milestone).',
})
export class Intervention {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'When it happened (YYYY-MM-DD).' })
  date!: string;

  @Field({ description: 'Short label, e.g. "Facilitator appointed".' })
  label!: string;

  @Field(() => InterventionKind, { description: 'What kind of event it was.' })
  kind!: InterventionKind;

  @Field(() => String, { nullable: true, description: 'Free-text description.' })
  description?: string | null;
}
