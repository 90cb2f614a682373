import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../ids';
import { CouncilIdArgs } from '../../council/dto/council.args';
import { IsIsoDate } from './validators';
import { CouncilTimeArgs } from './council-time.args';

/** One council-scoped record by id (delete and similar). */
@ArgsType()
export class RecordIdArgs extends CouncilIdArgs {
  @Field(() => ID, { description: 'Id of the record.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;
}

/** One council-scoped record by id, read at a moment (asOf / wave). */
@ArgsType()
export class RecordAtArgs extends CouncilTimeArgs {
  @Field(() => ID, { description: 'Id of the record.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;
}

/** Ends a dated record: validTo becomes the first day it no longer holds. */
@ArgsType()
export class EndRecordArgs extends RecordIdArgs {
  @Field({ description: 'First day the record no longer holds (YYYY-MM-DD).' })
  @IsIsoDate()
  validTo!: string;
}
