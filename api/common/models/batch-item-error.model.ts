import { Field, Int, ObjectType } from '@nestjs/graphql';

/**
 * One rejected item of a batch mutation. Batches are all or nothing: when any item has an
 * error, nothing is written and every error found is returned, so a caller can fix them in one go.
 */
@ObjectType({
  description: 'Why one item of a batch was rejected (nothing in the batch was written).',
})
export class BatchItemError {
  @Field(() => Int, { description: 'Zero-based position of the item in input.items.' })
  index!: number;

  @Field({ description: 'Path of the offending field within the item, e.g. "level" or "teamId".' })
  field!: string;

  @Field({ description: 'Machine-readable code: BAD_USER_INPUT, NOT_FOUND or CONFLICT.' })
  code!: string;

  @Field({ description: 'Human-readable explanation of what is wrong with the field.' })
  message!: string;
}
