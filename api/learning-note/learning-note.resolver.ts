import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Paginated } from '../common/models/paginated';
import { scopeFor } from '../common/request-scope';
import {
  CreateLearningNoteArgs,
  LearningNoteArgs,
  LearningNoteListArgs,
  UpdateLearningNoteArgs,
} from './dto/learning-note.args';
import { LearningNoteService } from './learning-note.service';
import { LearningNote } from './models/learning-note.model';

export const LearningNotePage = Paginated(LearningNote, 'LearningNote');

@Resolver(() => LearningNote)
export class LearningNoteResolver {
  constructor(private readonly service: LearningNoteService) {}

  @Query(() => LearningNotePage, {
    description:
      "A council's learning notes, by date; filter by target, category, date range (inclusive) and text.",
  })
  learningNotes(@Args() args: LearningNoteListArgs) {
    return this.service.list(scopeFor(args.councilId), args);
  }

  @Query(() => LearningNote, { description: 'One learning note of the council.' })
  learningNote(@Args() args: LearningNoteArgs) {
    return this.service.get(scopeFor(args.councilId), args.id);
  }

  @Mutation(() => LearningNote, {
    description:
      'Records a learning note about a tie, team, organisation, person, intervention or the council. NOT_FOUND when the target is not in this council.',
  })
  createLearningNote(@Args() args: CreateLearningNoteArgs) {
    return this.service.create(scopeFor(args.councilId), args.input);
  }

  @Mutation(() => LearningNote, {
    description: 'Changes a learning note, including its category or what it is about.',
  })
  updateLearningNote(@Args() args: UpdateLearningNoteArgs) {
    return this.service.update(scopeFor(args.councilId), args.id, args.input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a learning note.' })
  deleteLearningNote(@Args() args: LearningNoteArgs) {
    return this.service.delete(scopeFor(args.councilId), args.id);
  }
}
