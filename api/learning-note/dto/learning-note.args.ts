import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CouncilPageArgs } from '../../common/dto/council-page.args';
import { IsIsoDate, IsNotBefore } from '../../common/dto/validators';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { CouncilIdArgs } from '../../council/dto/council.args';
import { NoteTargetKind } from '../models/learning-note.model';
import { CreateLearningNoteInput, UpdateLearningNoteInput } from './learning-note.input';

@ArgsType()
export class LearningNoteArgs extends CouncilIdArgs {
  @Field(() => ID, { description: 'The learning note.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;
}

@ArgsType()
export class LearningNoteListArgs extends CouncilPageArgs {
  @Field(() => NoteTargetKind, { nullable: true, description: 'Only notes about this kind.' })
  @IsOptional()
  @IsEnum(NoteTargetKind)
  targetKind?: NoteTargetKind;

  @Field(() => ID, {
    nullable: true,
    description: 'Only notes about this record (needs targetKind; must be in the council).',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `targetId ${ID_MESSAGE}` })
  targetId?: string;

  @Field(() => ID, { nullable: true, description: 'Only notes in this category.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `categoryId ${ID_MESSAGE}` })
  categoryId?: string;

  @Field({ nullable: true, description: 'Only notes dated on or after this day (YYYY-MM-DD).' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @Field({ nullable: true, description: 'Only notes dated on or before this day (YYYY-MM-DD).' })
  @IsOptional()
  @IsIsoDate()
  @IsNotBefore('from')
  to?: string;

  @Field({ nullable: true, description: 'Case-insensitive text to find in the note text.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class CreateLearningNoteArgs extends CouncilIdArgs {
  @Field(() => CreateLearningNoteInput, { description: 'The learning note to create.' })
  @ValidateNested()
  @Type(() => CreateLearningNoteInput)
  input!: CreateLearningNoteInput;
}

@ArgsType()
export class UpdateLearningNoteArgs extends LearningNoteArgs {
  @Field(() => UpdateLearningNoteInput, { description: 'The changes.' })
  @ValidateNested()
  @Type(() => UpdateLearningNoteInput)
  input!: UpdateLearningNoteInput;
}
