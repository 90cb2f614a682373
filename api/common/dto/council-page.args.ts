import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../ids';
import { PageArgs } from './page.args';

/** A page of one council's records; list args of council-scoped features extend it. */
@ArgsType()
export class CouncilPageArgs extends PageArgs {
  @Field(() => ID, { description: 'The council (tenant) the request is about.' })
  @Matches(ID_PATTERN, { message: `councilId ${ID_MESSAGE}` })
  councilId!: string;
}
