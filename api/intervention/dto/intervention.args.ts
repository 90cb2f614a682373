import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { CouncilPageArgs } from '../../common/dto/council-page.args';
import { IsIsoDate, IsNotBefore } from '../../common/dto/validators';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { CouncilIdArgs } from '../../council/dto/council.args';
import { InterventionKind } from '../models/intervention.model';
import { CreateInterventionInput, UpdateInterventionInput } from './intervention.input';

@ArgsType()
export class InterventionArgs extends CouncilIdArgs {
  @Field(() => ID, { description: 'The intervention.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;
}

@ArgsType()
export class InterventionListArgs extends CouncilPageArgs {
  @Field(() => InterventionKind, {
    nullable: true,
    description: 'Only interventions of this kind.',
  })
  @IsOptional()
  @IsEnum(InterventionKind)
  kind?: InterventionKind;

  @Field({ nullable: true, description: 'Only those dated on or after this day (YYYY-MM-DD).' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @Field({ nullable: true, description: 'Only those dated on or before this day (YYYY-MM-DD).' })
  @IsOptional()
  @IsIsoDate()
  @IsNotBefore('from')
  to?: string;
}

@ArgsType()
export class CreateInterventionArgs extends CouncilIdArgs {
  @Field(() => CreateInterventionInput, { description: 'The intervention to create.' })
  @ValidateNested()
  @Type(() => CreateInterventionInput)
  input!: CreateInterventionInput;
}

@ArgsType()
export class UpdateInterventionArgs extends InterventionArgs {
  @Field(() => UpdateInterventionInput, { description: 'The changes.' })
  @ValidateNested()
  @Type(() => UpdateInterventionInput)
  input!: UpdateInterventionInput;
}
