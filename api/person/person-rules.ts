import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { Label } from '../../graph/labels';
import { DomainError, DomainErrorCode } from '../common/domain-error';
import { BatchItemError } from '../common/models/batch-item-error.model';
import { RequestScope } from '../common/request-scope';
import { ActorLifecycleService, holdsOn, notValidOn } from '../membership/actor-lifecycle.service';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { PersonInput } from './dto/person.input';
import { PersonRepository } from './person.repository';

function flatten(errors: ValidationError[], index: number): BatchItemError[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}).map((message) => ({
      index,
      field: error.property,
      code: DomainErrorCode.BadInput,
      message,
    })),
    ...flatten(error.children ?? [], index),
  ]);
}

/**
 * Every rule a new person must pass, checked for a whole list at once with one query per
 * kind of lookup (not per item), so single creates and 2,000-item batches apply exactly
 * the same rules. Returns all problems found; the caller decides whether to throw.
 */
@Injectable()
export class PersonRules {
  constructor(
    private readonly people: PersonRepository,
    private readonly vocabulary: VocabularyService,
    private readonly actors: ActorLifecycleService,
  ) {}

  async check(scope: RequestScope, items: PersonInput[]): Promise<BatchItemError[]> {
    const errors: BatchItemError[] = [];
    const add = (index: number, field: string, code: DomainErrorCode, message: string) =>
      errors.push({ index, field, code, message });

    // Field rules (lengths, enums, dates) from the input class itself.
    for (const [index, item] of items.entries()) {
      const instance = item instanceof PersonInput ? item : plainToInstance(PersonInput, item);
      errors.push(...flatten(await validate(instance, { forbidUnknownValues: true }), index));
    }
    const invalid = new Set(errors.map((e) => `${e.index}:${e.field}`));
    const ok = (index: number, field: string) => !invalid.has(`${index}:${field}`);

    const professions = new Set((await this.vocabulary.all()).professions.map((p) => p.id));
    const firstByPseudonym = new Map<string, number>();
    for (const [index, item] of items.entries()) {
      if (item.professionId && ok(index, 'professionId') && !professions.has(item.professionId)) {
        add(
          index,
          'professionId',
          DomainErrorCode.BadInput,
          `"${item.professionId}" is not a known Profession`,
        );
      }
      const seen = firstByPseudonym.get(item.pseudonym);
      if (seen !== undefined) {
        add(index, 'pseudonym', DomainErrorCode.Conflict, `pseudonym repeats item ${seen}`);
      } else firstByPseudonym.set(item.pseudonym, index);
    }

    const taken = await this.people.takenPseudonyms(
      scope.councilId,
      items.map((i) => i.pseudonym),
    );
    const teams = await this.actors.periods(
      scope,
      Label.Team,
      items.flatMap((i, index) => (i.teamId && ok(index, 'teamId') ? [i.teamId] : [])),
    );
    for (const [index, item] of items.entries()) {
      if (taken.has(item.pseudonym)) {
        add(
          index,
          'pseudonym',
          DomainErrorCode.Conflict,
          `pseudonym "${item.pseudonym}" is already used in this council`,
        );
      }
      if (!item.teamId || !ok(index, 'teamId')) continue;
      const period = teams.get(item.teamId);
      if (!period) {
        add(
          index,
          'teamId',
          DomainErrorCode.NotFound,
          `Team "${item.teamId}" was not found in this council`,
        );
      } else if (ok(index, 'validFrom') && !holdsOn(period, item.validFrom)) {
        add(
          index,
          'teamId',
          DomainErrorCode.BadInput,
          notValidOn(Label.Team, item.teamId, period, item.validFrom),
        );
      }
    }
    return errors.sort((a, b) => a.index - b.index);
  }

  /**
   * For a single create: throws the problems as one DomainError on `input.<field>`,
   * bad input first, then not found, then conflict (the order a user would fix them in).
   */
  async assert(scope: RequestScope, item: PersonInput): Promise<void> {
    const errors = await this.check(scope, [item]);
    for (const code of [
      DomainErrorCode.BadInput,
      DomainErrorCode.NotFound,
      DomainErrorCode.Conflict,
    ]) {
      const fields = errors
        .filter((e) => e.code === (code as string))
        .map((e) => ({ field: `input.${e.field}`, message: e.message }));
      if (fields.length === 0) continue;
      if (code === DomainErrorCode.BadInput) throw DomainError.badInput(fields);
      throw new DomainError(code, fields.map((f) => f.message).join('; '), fields);
    }
  }
}
