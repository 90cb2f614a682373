import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { CouncilService } from '../council/council.service';
import { DomainError, DomainErrorCode } from '../common/domain-error';
import { newId } from '../common/ids';
import { Page } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { TieInput, UpdateTieInput } from './dto/tie.input';
import { ACTOR_LABEL } from './models/tie.enums';
import { Tie } from './models/tie.model';
import { TieRepository } from './tie.repository';
import { TieFilters } from './tie.types';
import { isSelfTie, newTieRow } from './tie-rules';

type ChangeInput = Omit<UpdateTieInput, 'changeReason'>;

@Injectable()
export class TieService {
  constructor(
    private readonly ties: TieRepository,
    private readonly councils: CouncilService,
    private readonly vocabulary: VocabularyService,
  ) {}

  /** With `asOf` null (no moment asked) the tie is returned whatever its validity (ended ties too). */
  async get(scope: RequestScope, id: string, asOf: string | null): Promise<Tie> {
    await this.councils.assertCouncil(scope);
    const tie = await this.ties.get(scope.councilId, id, asOf, scope.revealNames);
    if (!tie) throw DomainError.notFound('Tie', id);
    return tie;
  }

  async list(
    scope: RequestScope,
    asOf: string,
    filters: TieFilters,
    offset: number,
    limit: number,
  ): Promise<Page<Tie>> {
    await this.councils.assertCouncil(scope);
    await this.vocabulary.assertTerms([
      { label: Label.TieType, field: 'typeId', id: filters.typeId },
      { label: Label.Sector, field: 'sectorId', id: filters.sectorId },
    ]);
    const page = await this.ties.list(scope.councilId, asOf, filters, {
      offset,
      limit,
      revealNames: scope.revealNames,
    });
    return { ...page, offset, limit };
  }

  async create(scope: RequestScope, input: TieInput): Promise<Tie> {
    await this.vocabulary.assertTerms([
      { label: Label.TieType, field: 'input.typeId', id: input.typeId },
    ]);
    if (isSelfTie(input)) {
      throw DomainError.badInput([
        { field: 'input.toId', message: 'a tie joins two different actors' },
      ]);
    }
    // The council, ends and wave are checked in the writing transaction, under lock.
    const row = newTieRow(
      input,
      newId('tie'),
      await this.defaultDirected(input.typeId),
      new Date().toISOString(),
    );
    const outcome = await this.ties.createMany(
      scope.councilId,
      [{ row, index: 0, endpoints: true, identity: true }],
      true,
      { revealNames: scope.revealNames },
    );
    if (!outcome.councilFound) throw DomainError.notFound('Council', scope.councilId);
    if (outcome.missing.length > 0) {
      const { field, kind, id } = outcome.missing[0];
      const what = kind === 'WAVE' ? 'Wave' : ACTOR_LABEL[kind];
      throw new DomainError(
        DomainErrorCode.NotFound,
        `${what} "${id}" was not found in this council`,
        [{ field: `input.${field}`, message: `${what} "${id}" was not found in this council` }],
      );
    }
    if (outcome.conflicts.size > 0)
      throw identical([...outcome.conflicts.values()][0], 'input.typeId');
    if (!outcome.first) throw DomainError.notFound('Tie', row.id);
    return outcome.first;
  }

  async update(scope: RequestScope, id: string, input: UpdateTieInput): Promise<Tie> {
    const { changeReason, ...rest } = input;
    const changes = Object.fromEntries(
      Object.entries(rest).filter(([, value]) => value !== undefined),
    ) as ChangeInput;
    if (Object.keys(changes).length === 0) {
      throw DomainError.badInput([{ field: 'input', message: 'give at least one attribute' }]);
    }
    return this.change(scope, id, changes, changeReason ?? null, {
      prefix: 'input.',
      conflictField: 'input.typeId',
    });
  }

  /** Ends a tie on `validTo` (the first day it no longer holds), keeping a version. */
  async end(scope: RequestScope, id: string, validTo: string, reason: string | null): Promise<Tie> {
    return this.change(scope, id, { validTo }, reason, { prefix: '', conflictField: 'validTo' });
  }

  /** The reason is recorded by the audit interceptor with the tie as it was. */
  async delete(scope: RequestScope, id: string): Promise<boolean> {
    await this.councils.assertCouncil(scope);
    const outcome = await this.ties.delete(scope.councilId, id);
    if (outcome === 'missing') throw DomainError.notFound('Tie', id);
    if (outcome === 'in-use') {
      throw DomainError.conflict(
        `Tie "${id}" has learning notes about it; move or delete them first`,
        'id',
      );
    }
    return true;
  }

  /**
   * Validates changes against the stored tie, then versions and applies them. Errors name
   * fields with `prefix` (`input.` for updateTie); an identical-tie clash names conflictField.
   */
  private async change(
    scope: RequestScope,
    id: string,
    changes: ChangeInput,
    reason: string | null,
    names: { prefix: string; conflictField: string },
  ): Promise<Tie> {
    const { prefix } = names;
    await this.councils.assertCouncil(scope);
    await this.vocabulary.assertTerms([
      { label: Label.TieType, field: `${prefix}typeId`, id: changes.typeId },
    ]);
    if (changes.waveId) {
      await this.councils.assertInCouncil(scope, [
        { label: Label.Wave, id: changes.waveId, field: `${prefix}waveId` },
      ]);
    }
    // Validity order and identical ties are checked against the stored state under lock.
    const change = { versionId: newId('tiev'), at: new Date().toISOString(), actor: scope.actor };
    const outcome = await this.ties.update(scope.councilId, id, changes, { ...change, reason });
    if (outcome === 'missing') throw DomainError.notFound('Tie', id);
    if (outcome === 'wave-missing') {
      throw new DomainError(
        DomainError.notFound('Wave', '').code,
        'The wave was removed meanwhile',
        [{ field: `${prefix}waveId`, message: 'the wave was removed meanwhile' }],
      );
    }
    if (typeof outcome === 'object' && 'invalid' in outcome) {
      const { validFrom, validTo } = outcome.current;
      throw DomainError.badInput([
        {
          field: `${prefix}${outcome.invalid}`,
          message: `validTo must be after validFrom (the tie is stored as valid from ${validFrom}${validTo ? ` to ${validTo}` : ''})`,
        },
      ]);
    }
    if (typeof outcome === 'object') throw identical(outcome.conflict, names.conflictField);
    return this.get(scope, id, null);
  }

  private async defaultDirected(typeId: string): Promise<boolean> {
    const types = (await this.vocabulary.all()).tieTypes;
    return types.find((t) => t.id === typeId)?.defaultDirected ?? false;
  }
}

function identical(existing: string, field: string): DomainError {
  return DomainError.conflict(
    `An identical tie (same actors, same type, overlapping validity) already exists: "${existing}"`,
    field,
  );
}
