import { ArgsType, Field, ID, Int, OmitType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsIsoDate } from '../../common/dto/validators';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { MomentStepEnum } from '../models/enums';
import { AnalysisArgs } from './analytics.args';

@ArgsType()
export class EvolutionArgs extends OmitType(AnalysisArgs, ['asOf', 'wave'] as const, ArgsType) {
  @Field(() => MomentStepEnum, {
    defaultValue: MomentStepEnum.WAVES,
    description: 'Moments: every wave, or quarters / months between from and to.',
  })
  @IsEnum(MomentStepEnum)
  step: MomentStepEnum = MomentStepEnum.WAVES;

  @Field({ nullable: true, description: 'First moment (YYYY-MM-DD); default the first wave.' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @Field({ nullable: true, description: 'Last moment (YYYY-MM-DD); default the last wave.' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

@ArgsType()
export class DiffArgs extends OmitType(AnalysisArgs, ['asOf', 'wave'] as const, ArgsType) {
  @Field({ nullable: true, description: 'Earlier moment as a date (or give fromWave).' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @Field(() => ID, { nullable: true, description: 'Earlier moment as a wave.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `fromWave ${ID_MESSAGE}` })
  fromWave?: string;

  @Field({ nullable: true, description: 'Later moment as a date (or give toWave).' })
  @IsOptional()
  @IsIsoDate()
  to?: string;

  @Field(() => ID, { nullable: true, description: 'Later moment as a wave.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `toWave ${ID_MESSAGE}` })
  toWave?: string;
}

@ArgsType()
export class MissingArgs extends AnalysisArgs {
  @Field(() => ID, {
    defaultValue: 'blended-roles-trusted-assessment',
    description: 'Blueprint to compare with.',
  })
  @Matches(ID_PATTERN, { message: `blueprintId ${ID_MESSAGE}` })
  blueprintId: string = 'blended-roles-trusted-assessment';

  @Field(() => Int, {
    defaultValue: 50,
    description: 'How many suggestions and fragile points (blueprint gaps are all listed), 1–500.',
  })
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 50;
}

@ArgsType()
export class RemovalArgs extends AnalysisArgs {
  @Field(() => [ID], { description: 'Nodes that leave (ids at the chosen level), 1–100.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(ID_PATTERN, { each: true, message: `each nodeId ${ID_MESSAGE}` })
  nodeIds!: string[];
}

@ArgsType()
export class ComparisonArgs extends OmitType(
  AnalysisArgs,
  ['councilId', 'wave'] as const,
  ArgsType,
) {
  @Field(() => [ID], { description: 'Councils to compare, 1–8.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @Matches(ID_PATTERN, { each: true, message: `each councilId ${ID_MESSAGE}` })
  councilIds!: string[];

  @Field({
    nullable: true,
    description: 'Align councils by the wave with this label (e.g. "Review") instead of one date.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  waveLabel?: string;
}
