import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActorKind, TieFrequency, TieSource } from './tie.enums';

@ObjectType({ description: 'One end of a tie: a person, team or organisation.' })
export class TieEnd {
  @Field(() => ID, { description: 'Id of the actor.' })
  id!: string;

  @Field(() => ActorKind, { description: 'What kind of actor it is.' })
  kind!: ActorKind;

  @Field({
    description: "Team or organisation name; a person's display name, else their pseudonym.",
  })
  name!: string;
}

/** The attributes a tie and each of its earlier versions share. */
@ObjectType({ isAbstract: true })
export class TieState {
  @Field(() => ID, { description: 'Tie type (TieType vocabulary id).' })
  typeId!: string;

  @Field({ description: 'True when the tie has a direction (from → to).' })
  directed!: boolean;

  @Field(() => Int, { description: 'Strength, 1 (weak) to 5 (strong).' })
  strength!: number;

  @Field(() => TieFrequency, { description: 'How often the actors interact.' })
  frequency!: TieFrequency;

  @Field(() => Int, { description: 'Integration level, 1 (not linked) to 7 (fully linked).' })
  integrationLevel!: number;

  @Field(() => Int, { nullable: true, description: 'Trust, 1 (low) to 5 (high), if known.' })
  trust!: number | null;

  @Field(() => TieSource, { description: 'Where the knowledge of the tie came from.' })
  source!: TieSource;

  @Field(() => Float, { description: 'Confidence in the record, 0 to 1.' })
  confidence!: number;

  @Field(() => ID, { nullable: true, description: 'The survey wave that recorded it, if any.' })
  waveId!: string | null;

  @Field({ description: 'First day the tie holds (YYYY-MM-DD).' })
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day the tie no longer holds (YYYY-MM-DD); null while it holds.',
  })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text note.' })
  note!: string | null;

  @Field({ description: 'When this state was recorded by the server (ISO 8601 datetime).' })
  recordedAt!: string;

  @Field(() => Int, { description: 'Version number of this state, 1 for the first.' })
  version!: number;
}

@ObjectType({ description: 'An earlier state of a tie, kept when the tie was changed.' })
export class TieVersion extends TieState {
  @Field(() => ID, { description: 'Stable id of this version record.' })
  id!: string;

  @Field({ description: 'When this state was superseded (ISO 8601 datetime).' })
  changedAt!: string;

  @Field({ description: 'Who superseded it.' })
  changedBy!: string;

  @Field(() => String, { nullable: true, description: 'Why it was changed, if given.' })
  changeReason!: string | null;
}

@ObjectType({
  description:
    'A typed relationship between two actors of one council, with a validity period and history.',
})
export class Tie extends TieState {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => TieEnd, { description: 'The actor the tie starts from (the source if directed).' })
  from!: TieEnd;

  @Field(() => TieEnd, { description: 'The actor the tie goes to (the target if directed).' })
  to!: TieEnd;

  @Field(() => [TieVersion], { description: 'Earlier versions of this tie, newest first.' })
  history!: TieVersion[];
}
