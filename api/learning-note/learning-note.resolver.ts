import { Access, Allow } from '../auth/access';
import { Scope } from '../auth/caller.decorator';
import { Label } from '../../graph/labels';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Paginated } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
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

  @Allow(Access.CouncilRead)
  @Query(() => LearningNotePage, {
    description:
      "A council's learning notes, by date; filter by target, category, date range (inclusive) and text.",
  })
  learningNotes(@Args() args: LearningNoteListArgs, @Scope() scope: RequestScope) {
    return this.service.list(scope, args);
  }

  @Allow(Access.CouncilRead)
  @Query(() => LearningNote, { description: 'One learning note of the council.' })
  learningNote(@Args() args: LearningNoteArgs, @Scope() scope: RequestScope) {
    return this.service.get(scope, args.id);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.LearningNote } })
  @Mutation(() => LearningNote, {
    description:
      'Records a learning note about a tie, team, organisation, person, intervention or the council. NOT_FOUND when the target is not in this council.',
  })
  createLearningNote(@Args() args: CreateLearningNoteArgs, @Scope() scope: RequestScope) {
    return this.service.create(scope, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.LearningNote } })
  @Mutation(() => LearningNote, {
    description: 'Changes a learning note, including its category or what it is about.',
  })
  updateLearningNote(@Args() args: UpdateLearningNoteArgs, @Scope() scope: RequestScope) {
    return this.service.update(scope, args.id, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.LearningNote } })
  @Mutation(() => Boolean, { description: 'Deletes a learning note.' })
  deleteLearningNote(@Args() args: LearningNoteArgs, @Scope() scope: RequestScope) {
    return this.service.delete(scope, args.id);
  }
}
