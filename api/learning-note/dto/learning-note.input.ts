import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { IsOmittable } from '../../common/dto/omittable';
import { IsIsoDate } from '../../common/dto/validators';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { NoteTargetKind } from '../models/learning-note.model';

@InputType({ description: 'The record a learning note is about; it must be in the same council.' })
export class NoteTargetInput {
  @Field(() => NoteTargetKind, { description: 'Kind of record.' })
  @IsEnum(NoteTargetKind)
  kind!: NoteTargetKind;

  @Field(() => ID, { description: 'Id of the record (the council id for COUNCIL).' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;
}

@InputType({ description: 'A new learning note.' })
export class CreateLearningNoteInput {
  @Field(() => ID, { description: 'Note category id (vocabularies.noteCategories).' })
  @Matches(ID_PATTERN, { message: `categoryId ${ID_MESSAGE}` })
  categoryId!: string;

  @Field({ description: 'The learning, 1–4000 characters.' })
  @IsString()
  @Length(1, 4000)
  text!: string;

  @Field({ description: 'The date the learning refers to (YYYY-MM-DD).' })
  @IsIsoDate()
  date!: string;

  @Field({ description: 'Role of the person it came from, 1–120 characters.' })
  @IsString()
  @Length(1, 120)
  authorRole!: string;

  @Field(() => NoteTargetInput, { description: 'What the note is about.' })
  @ValidateNested()
  @Type(() => NoteTargetInput)
  target!: NoteTargetInput;
}

@InputType({ description: 'Changes to a learning note; omitted fields stay as they are.' })
export class UpdateLearningNoteInput {
  @Field(() => ID, { nullable: true, description: 'Note category id.' })
  @IsOmittable()
  @Matches(ID_PATTERN, { message: `categoryId ${ID_MESSAGE}` })
  categoryId?: string;

  @Field({ nullable: true, description: 'The learning, 1–4000 characters.' })
  @IsOmittable()
  @IsString()
  @Length(1, 4000)
  text?: string;

  @Field({ nullable: true, description: 'The date the learning refers to (YYYY-MM-DD).' })
  @IsOmittable()
  @IsIsoDate()
  date?: string;

  @Field({ nullable: true, description: 'Role of the person it came from, 1–120 characters.' })
  @IsOmittable()
  @IsString()
  @Length(1, 120)
  authorRole?: string;

  @Field(() => NoteTargetInput, { nullable: true, description: 'Move the note to another record.' })
  @IsOmittable()
  @ValidateNested()
  @Type(() => NoteTargetInput)
  target?: NoteTargetInput;
}
