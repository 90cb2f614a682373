import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { DomainError, FieldProblem } from '../common/domain-error';
import { newId } from '../common/ids';
import { Page } from '../common/models/paginated';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { BlueprintRepository } from './blueprint.repository';
import {
  BlueprintExpectationInput,
  CreateBlueprintInput,
  UpdateBlueprintInput,
} from './dto/blueprint.input';
import { Blueprint, BlueprintExpectation } from './models/blueprint.model';

/**
 * Blueprints are shared by every council (built in, or made by system admins), or owned by
 * one council (its editors make them). `owner` is that council, or null for shared ones.
 */
@Injectable()
export class BlueprintService {
  constructor(
    private readonly blueprints: BlueprintRepository,
    private readonly vocabulary: VocabularyService,
  ) {}

  async create(owner: string | null, input: CreateBlueprintInput): Promise<Blueprint> {
    const id = newId('blueprint');
    await this.assertExpectations(input.expectations);
    const outcome = await this.blueprints.create({
      id,
      councilId: owner,
      name: input.name,
      description: input.description,
      expectations: toExpectations(id, input.expectations),
    });
    return outcome.blueprint;
  }

  async get(owner: string | null, id: string): Promise<Blueprint> {
    const blueprint = await this.blueprints.get(id, owner);
    if (!blueprint) throw DomainError.notFound('Blueprint', id);
    return blueprint;
  }

  async list(
    owner: string | null,
    search: string | null,
    offset: number,
    limit: number,
  ): Promise<Page<Blueprint>> {
    const page = await this.blueprints.list(owner, search, offset, limit);
    return { ...page, offset, limit };
  }

  /** Given expectations replace the old list entirely (one transaction). */
  async update(owner: string | null, id: string, input: UpdateBlueprintInput): Promise<Blueprint> {
    if (input.expectations) await this.assertExpectations(input.expectations);
    const outcome = await this.blueprints.update(id, owner, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.expectations ? { expectations: toExpectations(id, input.expectations) } : {}),
    });
    if (typeof outcome === 'string') throw refusal(id, outcome);
    return outcome.blueprint;
  }

  /** Built-in blueprints are refused (CONFLICT): they change only through migrations. */
  async delete(owner: string | null, id: string): Promise<boolean> {
    const outcome = await this.blueprints.delete(id, owner);
    if (outcome !== 'deleted') throw refusal(id, outcome);
    return true;
  }

  /**
   * Every team and tie type must be a vocabulary term, and no tie may be expected twice
   * (an undirected tie type expected both ways is the same expectation).
   */
  private async assertExpectations(expectations: BlueprintExpectationInput[]): Promise<void> {
    await this.vocabulary.assertTerms(
      expectations.flatMap((e, i) => [
        {
          label: Label.TeamType,
          field: `input.expectations[${i}].fromTeamTypeId`,
          id: e.fromTeamTypeId,
        },
        {
          label: Label.TeamType,
          field: `input.expectations[${i}].toTeamTypeId`,
          id: e.toTeamTypeId,
        },
        { label: Label.TieType, field: `input.expectations[${i}].tieTypeId`, id: e.tieTypeId },
      ]),
    );
    const { tieTypes } = await this.vocabulary.all();
    const directed = new Set(tieTypes.filter((t) => t.defaultDirected).map((t) => t.id));
    const seen = new Set<string>();
    const problems: FieldProblem[] = [];
    expectations.forEach((e, i) => {
      const ends = [e.fromTeamTypeId, e.toTeamTypeId];
      if (!directed.has(e.tieTypeId)) ends.sort();
      const key = [...ends, e.tieTypeId, e.sameNeighbourhood].join('|');
      if (seen.has(key)) {
        problems.push({
          field: `input.expectations[${i}]`,
          message: 'this tie is already expected',
        });
      }
      seen.add(key);
    });
    if (problems.length > 0) throw DomainError.badInput(problems);
  }
}

/** Expectation ids derive from the blueprint id and position, so they are stable and unique. */
function toExpectations(
  blueprintId: string,
  expectations: BlueprintExpectationInput[],
): BlueprintExpectation[] {
  return expectations.map((e, i) => ({
    id: `${blueprintId}.${i + 1}`,
    fromTeamTypeId: e.fromTeamTypeId,
    toTeamTypeId: e.toTeamTypeId,
    tieTypeId: e.tieTypeId,
    sameNeighbourhood: e.sameNeighbourhood,
    description: e.description ?? null,
  }));
}

function refusal(id: string, outcome: 'missing' | 'built-in' | 'shared'): DomainError {
  if (outcome === 'missing') return DomainError.notFound('Blueprint', id);
  if (outcome === 'shared') {
    return DomainError.forbidden(
      `Blueprint "${id}" is shared by every council; only a system admin may change it`,
    );
  }
  return DomainError.conflict(
    `Blueprint "${id}" is built in and changes only through migrations; create your own copy instead`,
    'id',
  );
}
