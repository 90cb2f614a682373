import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { CouncilTimePageArgs } from '../../common/dto/council-time.args';
import { RecordIdArgs } from '../../common/dto/record.args';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { CouncilIdArgs } from '../../council/dto/council.args';
import { OrganisationInput, UpdateOrganisationInput } from './organisation.input';

@ArgsType()
export class CreateOrganisationArgs extends CouncilIdArgs {
  @Field(() => OrganisationInput, { description: 'The organisation to create.' })
  @ValidateNested()
  @Type(() => OrganisationInput)
  input!: OrganisationInput;
}

@ArgsType()
export class UpdateOrganisationArgs extends RecordIdArgs {
  @Field(() => UpdateOrganisationInput, { description: 'The changes.' })
  @ValidateNested()
  @Type(() => UpdateOrganisationInput)
  input!: UpdateOrganisationInput;
}

/** Organisations valid at the moment, filtered; `search` looks in names. */
@ArgsType()
export class OrganisationListArgs extends CouncilTimePageArgs {
  @Field(() => ID, { nullable: true, description: 'Only organisations of this type.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `typeId ${ID_MESSAGE}` })
  typeId?: string;

  @Field(() => ID, { nullable: true, description: 'Only organisations in this sector.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `sectorId ${ID_MESSAGE}` })
  sectorId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only organisations serving this neighbourhood.',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `neighbourhoodId ${ID_MESSAGE}` })
  neighbourhoodId?: string;
}
