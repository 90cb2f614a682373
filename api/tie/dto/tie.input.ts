import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsAfter, IsIsoDate } from '../../common/dto/validators';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { ActorKind, TieFrequency, TieSource } from '../models/tie.enums';

/**
 * Ties per createTies request. A request body is at most 1 MB by default (MAX_BODY_BYTES),
 * which holds about 2,500 fully described ties; larger imports send several requests.
 */
export const MAX_TIE_BATCH = 2000;

/** Present means "change it"; null is refused for attributes a tie must always have. */
const Given = () => ValidateIf((_object, value) => value !== undefined);

@InputType({ description: 'A new tie between two actors of the same council.' })
export class TieInput {
  @Field(() => ID, { description: 'Id of the actor the tie starts from.' })
  @Matches(ID_PATTERN, { message: `fromId ${ID_MESSAGE}` })
  fromId!: string;

  @Field(() => ActorKind, { description: 'Kind of the actor the tie starts from.' })
  @IsEnum(ActorKind)
  fromKind!: ActorKind;

  @Field(() => ID, { description: 'Id of the actor the tie goes to.' })
  @Matches(ID_PATTERN, { message: `toId ${ID_MESSAGE}` })
  toId!: string;

  @Field(() => ActorKind, { description: 'Kind of the actor the tie goes to.' })
  @IsEnum(ActorKind)
  toKind!: ActorKind;

  @Field(() => ID, { description: 'Tie type (TieType vocabulary id, e.g. "referral").' })
  @Matches(ID_PATTERN, { message: `typeId ${ID_MESSAGE}` })
  typeId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the tie has a direction; defaults to the tie type's default.",
  })
  @IsOptional()
  @IsBoolean()
  directed?: boolean;

  @Field(() => Int, { description: 'Strength, 1 (weak) to 5 (strong).' })
  @IsInt()
  @Min(1)
  @Max(5)
  strength!: number;

  @Field(() => TieFrequency, { description: 'How often the actors interact.' })
  @IsEnum(TieFrequency)
  frequency!: TieFrequency;

  @Field(() => Int, { description: 'Integration level, 1 (not linked) to 7 (fully linked).' })
  @IsInt()
  @Min(1)
  @Max(7)
  integrationLevel!: number;

  @Field(() => Int, { nullable: true, description: 'Trust, 1 (low) to 5 (high), if known.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  trust?: number;

  @Field(() => TieSource, { description: 'Where the knowledge of the tie came from.' })
  @IsEnum(TieSource)
  source!: TieSource;

  @Field(() => Float, { description: 'Confidence in the record, 0 to 1.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  confidence!: number;

  @Field(() => ID, { nullable: true, description: 'Survey wave of this council that recorded it.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `waveId ${ID_MESSAGE}` })
  waveId?: string;

  @Field({ description: 'First day the tie holds (YYYY-MM-DD).' })
  @IsIsoDate()
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day it no longer holds (YYYY-MM-DD), after validFrom.',
  })
  @IsOptional()
  @IsIsoDate()
  @IsAfter('validFrom')
  validTo?: string;

  @Field(() => String, { nullable: true, description: 'Free-text note, up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType({
  description:
    'Changes to a tie; omitted fields stay as they are, null clears an optional one. Endpoints cannot change.',
})
export class UpdateTieInput {
  @Field(() => ID, { nullable: true, description: 'Tie type (TieType vocabulary id).' })
  @Given()
  @Matches(ID_PATTERN, { message: `typeId ${ID_MESSAGE}` })
  typeId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the tie has a direction.' })
  @Given()
  @IsBoolean()
  directed?: boolean;

  @Field(() => Int, { nullable: true, description: 'Strength, 1 to 5.' })
  @Given()
  @IsInt()
  @Min(1)
  @Max(5)
  strength?: number;

  @Field(() => TieFrequency, { nullable: true, description: 'How often the actors interact.' })
  @Given()
  @IsEnum(TieFrequency)
  frequency?: TieFrequency;

  @Field(() => Int, { nullable: true, description: 'Integration level, 1 to 7.' })
  @Given()
  @IsInt()
  @Min(1)
  @Max(7)
  integrationLevel?: number;

  @Field(() => Int, { nullable: true, description: 'Trust, 1 to 5; null clears it.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  trust?: number | null;

  @Field(() => TieSource, { nullable: true, description: 'Where the knowledge came from.' })
  @Given()
  @IsEnum(TieSource)
  source?: TieSource;

  @Field(() => Float, { nullable: true, description: 'Confidence, 0 to 1.' })
  @Given()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  confidence?: number;

  @Field(() => ID, { nullable: true, description: 'Survey wave of this council; null clears it.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `waveId ${ID_MESSAGE}` })
  waveId?: string | null;

  @Field(() => String, { nullable: true, description: 'First day the tie holds (YYYY-MM-DD).' })
  @Given()
  @IsIsoDate()
  validFrom?: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day it no longer holds (YYYY-MM-DD); null makes it open-ended.',
  })
  @IsOptional()
  @IsIsoDate()
  @IsAfter('validFrom')
  validTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text note; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it changed, up to 500 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  changeReason?: string;
}

@InputType({
  description: `Up to ${MAX_TIE_BATCH} ties to create together, all or nothing. The whole request must stay under the server's body limit (1 MB by default): send larger imports in several requests.`,
})
export class CreateTiesInput {
  /**
   * Items are deliberately not @ValidateNested: the batch service validates each one and
   * reports errors per item ({index, field}) instead of failing the request on the first.
   */
  @Field(() => [TieInput], { description: `The ties, 1 to ${MAX_TIE_BATCH}.` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_TIE_BATCH)
  @Type(() => TieInput)
  items!: TieInput[];
}
