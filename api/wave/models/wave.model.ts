import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A dated round of data collection (e.g. baseline, pilot, go-live, review). Ties recorded in a wave point at it; reads can ask for the network as of a wave.',
})
export class Wave {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'Label, unique within the council, e.g. "Baseline".' })
  label!: string;

  @Field({ description: 'The date the wave stands for (YYYY-MM-DD).' })
  date!: string;

  @Field({ description: 'How the data was collected, e.g. "online survey".' })
  method!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of invited people who responded, 0–1; null when unknown.',
  })
  responseRate?: number | null;
}
