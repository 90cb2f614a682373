import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsAfter, IsIsoDate } from './validators';

/**
 * The validity period every dated record is created with. validFrom is required (no
 * silent "today"); validTo is the first day the record no longer holds, null while open.
 */
@InputType({ isAbstract: true })
export abstract class ValidityInput {
  @Field({ description: 'First day this holds (YYYY-MM-DD).' })
  @IsIsoDate()
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day this no longer holds (YYYY-MM-DD), after validFrom; omit while open.',
  })
  @IsOptional()
  @IsIsoDate()
  @IsAfter('validFrom')
  validTo?: string | null;
}
