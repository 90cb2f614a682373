import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { definedChanges } from '../common/changes';
import { DomainError } from '../common/domain-error';
import { newId } from '../common/ids';
import { Page } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import { CouncilService } from '../council/council.service';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { LearningNoteListArgs } from './dto/learning-note.args';
import { CreateLearningNoteInput, UpdateLearningNoteInput } from './dto/learning-note.input';
import { LearningNoteRepository, NoteChanges } from './learning-note.repository';
import { LearningNote, NoteTargetKind } from './models/learning-note.model';
import { NoteTargetRef, TARGET_LABEL } from './note-target';

@Injectable()
export class LearningNoteService {
  constructor(
    private readonly notes: LearningNoteRepository,
    private readonly councils: CouncilService,
    private readonly vocabulary: VocabularyService,
  ) {}

  async create(scope: RequestScope, input: CreateLearningNoteInput): Promise<LearningNote> {
    await this.councils.assertCouncil(scope);
    await this.vocabulary.assertTerms([
      { label: Label.NoteCategory, field: 'input.categoryId', id: input.categoryId },
    ]);
    await this.assertTarget(scope, input.target, 'input.target.id');
    const outcome = await this.notes.create(scope.councilId, {
      id: newId('note'),
      categoryId: input.categoryId,
      text: input.text,
      date: input.date,
      authorRole: input.authorRole,
      target: { kind: input.target.kind, id: input.target.id },
    });
    if (outcome === 'id-taken') {
      throw DomainError.conflict('The generated id is taken; try again', 'input');
    }
    if (outcome === 'target-missing') throw targetNotFound(input.target, 'input.target.id');
    return outcome.note;
  }

  async get(scope: RequestScope, id: string): Promise<LearningNote> {
    await this.councils.assertCouncil(scope);
    const note = await this.notes.get(scope.councilId, id);
    if (!note) throw notFound(id);
    return note;
  }

  async list(scope: RequestScope, args: LearningNoteListArgs): Promise<Page<LearningNote>> {
    await this.councils.assertCouncil(scope);
    if (args.targetId && !args.targetKind) {
      throw DomainError.badInput([
        { field: 'targetKind', message: 'targetKind is required when targetId is given' },
      ]);
    }
    await this.vocabulary.assertTerms([
      { label: Label.NoteCategory, field: 'categoryId', id: args.categoryId },
    ]);
    if (args.targetKind && args.targetId) {
      await this.assertTarget(scope, { kind: args.targetKind, id: args.targetId }, 'targetId');
    }
    const filter = {
      targetKind: args.targetKind ?? null,
      targetId: args.targetId ?? null,
      categoryId: args.categoryId ?? null,
      from: args.from ?? null,
      to: args.to ?? null,
      search: args.search ?? null,
    };
    const page = await this.notes.list(scope.councilId, filter, args.offset, args.limit);
    return { ...page, offset: args.offset, limit: args.limit };
  }

  async update(
    scope: RequestScope,
    id: string,
    input: UpdateLearningNoteInput,
  ): Promise<LearningNote> {
    await this.councils.assertCouncil(scope);
    await this.vocabulary.assertTerms([
      { label: Label.NoteCategory, field: 'input.categoryId', id: input.categoryId },
    ]);
    if (!(await this.notes.get(scope.councilId, id))) throw notFound(id);
    const target = input.target && { kind: input.target.kind, id: input.target.id };
    if (target) await this.assertTarget(scope, target, 'input.target.id');
    const changes: NoteChanges = { ...(definedChanges(input) as NoteChanges), target };
    const outcome = await this.notes.update(scope.councilId, id, changes);
    if (outcome === 'missing') throw notFound(id);
    // Only a moved note can miss its target (it vanished after the check above).
    if (outcome === 'target-missing') {
      throw targetNotFound(target as NoteTargetRef, 'input.target.id');
    }
    return outcome.note;
  }

  async delete(scope: RequestScope, id: string): Promise<boolean> {
    await this.councils.assertCouncil(scope);
    if (!(await this.notes.delete(scope.councilId, id))) throw notFound(id);
    return true;
  }

  /**
   * NOT_FOUND (naming the field) unless the target is in this council. A COUNCIL target
   * can only be the council the request is about.
   */
  private async assertTarget(scope: RequestScope, target: NoteTargetRef, field: string) {
    if (target.kind === NoteTargetKind.COUNCIL) {
      if (target.id !== scope.councilId) throw targetNotFound(target, field);
      return;
    }
    await this.councils.assertInCouncil(scope, [
      { label: TARGET_LABEL[target.kind], id: target.id, field },
    ]);
  }
}

function notFound(id: string): DomainError {
  return new DomainError(
    DomainError.notFound('LearningNote', id).code,
    `Learning note "${id}" was not found in this council`,
    [{ field: 'id', message: 'not found in this council' }],
  );
}

function targetNotFound(target: NoteTargetRef, field: string): DomainError {
  const message = `${TARGET_LABEL[target.kind]} "${target.id}" was not found in this council`;
  return new DomainError(DomainError.notFound(TARGET_LABEL[target.kind], target.id).code, message, [
    { field, message },
  ]);
}
