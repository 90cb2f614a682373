import { Field, Float, InputType } from '@nestjs/graphql';
import { IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsOmittable } from '../../common/dto/omittable';
import { IsIsoDate } from '../../common/dto/validators';

@InputType({ description: 'A new wave of data collection.' })
export class CreateWaveInput {
  @Field({ description: 'Label, 1–80 characters, unique within the council.' })
  @IsString()
  @Length(1, 80)
  label!: string;

  @Field({ description: 'The date the wave stands for (YYYY-MM-DD).' })
  @IsIsoDate()
  date!: string;

  @Field({ description: 'How the data was collected, 1–200 characters (e.g. "online survey").' })
  @IsString()
  @Length(1, 200)
  method!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of invited people who responded, 0–1.',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  responseRate?: number | null;
}

@InputType({ description: 'Changes to a wave; omitted fields stay as they are.' })
export class UpdateWaveInput {
  @Field({ nullable: true, description: 'Label, 1–80 characters, unique within the council.' })
  @IsOmittable()
  @IsString()
  @Length(1, 80)
  label?: string;

  @Field({ nullable: true, description: 'The date the wave stands for (YYYY-MM-DD).' })
  @IsOmittable()
  @IsIsoDate()
  date?: string;

  @Field({ nullable: true, description: 'How the data was collected, 1–200 characters.' })
  @IsOmittable()
  @IsString()
  @Length(1, 200)
  method?: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of invited people who responded, 0–1; null clears it.',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  responseRate?: number | null;
}
