import { Module } from '@nestjs/common';
import { LearningNoteRepository } from './learning-note.repository';
import { LearningNoteResolver } from './learning-note.resolver';
import { LearningNoteService } from './learning-note.service';

@Module({ providers: [LearningNoteRepository, LearningNoteService, LearningNoteResolver] })
export class LearningNoteModule {}
