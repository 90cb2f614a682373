import { ArgsType, Field, ID, Int, IntersectionType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CouncilIdArgs } from '../../council/dto/council.args';
import { PageArgs } from '../../common/dto/page.args';
import { TimeArgs } from '../../common/dto/time.args';
import { IsIsoDate } from '../../common/dto/validators';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { ActorKind, TieSource } from '../models/tie.enums';
import { CreateTiesInput, TieInput, UpdateTieInput } from './tie.input';

@ArgsType()
export class TieIdArgs extends CouncilIdArgs {
  @Field(() => ID, { description: 'The tie.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;
}

@ArgsType()
export class TieArgs extends IntersectionType(TieIdArgs, TimeArgs, ArgsType) {}

@ArgsType()
export class TieListArgs extends IntersectionType(
  IntersectionType(CouncilIdArgs, TimeArgs, ArgsType),
  PageArgs,
  ArgsType,
) {
  @Field(() => ID, { nullable: true, description: 'Only ties of this type (TieType id).' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `typeId ${ID_MESSAGE}` })
  typeId?: string;

  @Field(() => ID, { nullable: true, description: 'Only ties with this actor at either end.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `actorId ${ID_MESSAGE}` })
  actorId?: string;

  @Field(() => ActorKind, { nullable: true, description: 'Only ties starting from this kind.' })
  @IsOptional()
  @IsEnum(ActorKind)
  fromKind?: ActorKind;

  @Field(() => ActorKind, { nullable: true, description: 'Only ties going to this kind.' })
  @IsOptional()
  @IsEnum(ActorKind)
  toKind?: ActorKind;

  @Field(() => Int, { nullable: true, description: 'Only ties at least this strong (1–5).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  minStrength?: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only ties with an end in this sector: an organisation of it, a team part of one, or a person in such a team (as of the same moment).',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `sectorId ${ID_MESSAGE}` })
  sectorId?: string;

  @Field(() => TieSource, { nullable: true, description: 'Only ties from this source.' })
  @IsOptional()
  @IsEnum(TieSource)
  source?: TieSource;
}

@ArgsType()
export class CreateTieArgs extends CouncilIdArgs {
  @Field(() => TieInput, { description: 'The tie to create.' })
  @ValidateNested()
  @Type(() => TieInput)
  input!: TieInput;
}

@ArgsType()
export class UpdateTieArgs extends TieIdArgs {
  @Field(() => UpdateTieInput, { description: 'The changes.' })
  @ValidateNested()
  @Type(() => UpdateTieInput)
  input!: UpdateTieInput;
}

@ArgsType()
export class EndTieArgs extends TieIdArgs {
  @Field({ description: 'First day the tie no longer holds (YYYY-MM-DD), after its validFrom.' })
  @IsIsoDate()
  validTo!: string;

  @Field(() => String, { nullable: true, description: 'Why it ended, up to 500 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

@ArgsType()
export class DeleteTieArgs extends TieIdArgs {
  @Field({ description: 'Why the tie is deleted (a mistake, a duplicate), 3–500 characters.' })
  @IsString()
  @Length(3, 500)
  reason!: string;
}

@ArgsType()
export class CreateTiesArgs extends CouncilIdArgs {
  @Field(() => CreateTiesInput, { description: 'The ties to create.' })
  @ValidateNested()
  @Type(() => CreateTiesInput)
  input!: CreateTiesInput;
}
