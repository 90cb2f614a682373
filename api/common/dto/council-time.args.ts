import { ArgsType, Field, ID, IntersectionType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../ids';
import { SearchArgsBase } from './page.args';
import { TimeArgs } from './time.args';

/** A council-scoped read at a moment (asOf / wave); get queries of dated records extend it. */
@ArgsType()
export class CouncilTimeArgs extends TimeArgs {
  @Field(() => ID, { description: 'The council (tenant) the request is about.' })
  @Matches(ID_PATTERN, { message: `councilId ${ID_MESSAGE}` })
  councilId!: string;
}

/** A council-scoped page of records valid at a moment, with an optional name search. */
@ArgsType()
export class CouncilTimePageArgs extends IntersectionType(
  CouncilTimeArgs,
  SearchArgsBase,
  ArgsType,
) {}
