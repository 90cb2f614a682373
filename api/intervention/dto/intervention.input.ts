import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsOmittable } from '../../common/dto/omittable';
import { IsIsoDate } from '../../common/dto/validators';
import { InterventionKind } from '../models/intervention.model';

@InputType({ description: 'A new intervention / milestone.' })
export class CreateInterventionInput {
  @Field({ description: 'When it happened (YYYY-MM-DD).' })
  @IsIsoDate()
  date!: string;

  @Field({ description: 'Short label, 1–120 characters.' })
  @IsString()
  @Length(1, 120)
  label!: string;

  @Field(() => InterventionKind, { description: 'What kind of event it was.' })
  @IsEnum(InterventionKind)
  kind!: InterventionKind;

  @Field(() => String, { nullable: true, description: 'Description, up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: 'Changes to an intervention; omitted fields stay as they are.' })
export class UpdateInterventionInput {
  @Field({ nullable: true, description: 'When it happened (YYYY-MM-DD).' })
  @IsOmittable()
  @IsIsoDate()
  date?: string;

  @Field({ nullable: true, description: 'Short label, 1–120 characters.' })
  @IsOmittable()
  @IsString()
  @Length(1, 120)
  label?: string;

  @Field(() => InterventionKind, { nullable: true, description: 'What kind of event it was.' })
  @IsOmittable()
  @IsEnum(InterventionKind)
  kind?: InterventionKind;

  @Field(() => String, {
    nullable: true,
    description: 'Description, up to 2000 characters; null clears it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}
