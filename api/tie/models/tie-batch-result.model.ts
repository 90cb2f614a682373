import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BatchItemError } from '../../common/models/batch-item-error.model';

@ObjectType({
  description: 'Outcome of a tie batch: either every tie was created, or none and the errors.',
})
export class TieBatchResult {
  @Field(() => Int, { description: 'How many ties were created (0 when there are errors).' })
  created!: number;

  @Field(() => [ID], { description: 'Ids of the created ties, in input order.' })
  ids!: string[];

  @Field(() => [BatchItemError], { description: 'Every problem found; empty on success.' })
  errors!: BatchItemError[];
}
