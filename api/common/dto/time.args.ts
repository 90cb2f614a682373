import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { IsIsoDate } from './validators';
import { ID_MESSAGE, ID_PATTERN } from '../ids';

/**
 * The moment a read looks at: a date, or a wave (its date). Neither means today.
 * Giving both is refused as ambiguous.
 */
@ArgsType()
export class TimeArgs {
  @Field({ nullable: true, description: 'Read the data as valid on this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsIsoDate()
  asOf?: string;

  @Field(() => ID, { nullable: true, description: "Read the data as of this wave's date." })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `wave ${ID_MESSAGE}` })
  wave?: string;
}
