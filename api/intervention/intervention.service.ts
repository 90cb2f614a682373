import { Injectable } from '@nestjs/common';
import { definedChanges } from '../common/changes';
import { DomainError } from '../common/domain-error';
import { newId } from '../common/ids';
import { Page } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import { CouncilService } from '../council/council.service';
import { InterventionListArgs } from './dto/intervention.args';
import { CreateInterventionInput, UpdateInterventionInput } from './dto/intervention.input';
import { InterventionChanges, InterventionRepository } from './intervention.repository';
import { Intervention } from './models/intervention.model';

@Injectable()
export class InterventionService {
  constructor(
    private readonly interventions: InterventionRepository,
    private readonly councils: CouncilService,
  ) {}

  async create(scope: RequestScope, input: CreateInterventionInput): Promise<Intervention> {
    await this.councils.assertCouncil(scope);
    const created = await this.interventions.create(scope.councilId, {
      id: newId('intervention'),
      date: input.date,
      label: input.label,
      kind: input.kind,
      description: input.description ?? null,
    });
    if (!created) {
      throw DomainError.conflict('The generated id is taken; try again', 'input');
    }
    return created;
  }

  async get(scope: RequestScope, id: string): Promise<Intervention> {
    await this.councils.assertCouncil(scope);
    const intervention = await this.interventions.get(scope.councilId, id);
    if (!intervention) throw notFound(id);
    return intervention;
  }

  async list(scope: RequestScope, args: InterventionListArgs): Promise<Page<Intervention>> {
    await this.councils.assertCouncil(scope);
    const filter = { kind: args.kind ?? null, from: args.from ?? null, to: args.to ?? null };
    const page = await this.interventions.list(scope.councilId, filter, args.offset, args.limit);
    return { ...page, offset: args.offset, limit: args.limit };
  }

  async update(
    scope: RequestScope,
    id: string,
    input: UpdateInterventionInput,
  ): Promise<Intervention> {
    await this.councils.assertCouncil(scope);
    const changes = definedChanges(input) as InterventionChanges;
    const updated = await this.interventions.update(scope.councilId, id, changes);
    if (!updated) throw notFound(id);
    return updated;
  }

  /** Refused (CONFLICT) while learning notes are attached to the intervention. */
  async delete(scope: RequestScope, id: string): Promise<boolean> {
    await this.councils.assertCouncil(scope);
    const outcome = await this.interventions.delete(scope.councilId, id);
    if (outcome === 'missing') throw notFound(id);
    if (outcome !== 'deleted') {
      throw DomainError.conflict(
        `Intervention "${id}" has ${outcome.notes} learning notes attached; move or delete them first`,
        'id',
      );
    }
    return true;
  }
}

function notFound(id: string): DomainError {
  return new DomainError(
    DomainError.notFound('Intervention', id).code,
    `Intervention "${id}" was not found in this council`,
    [{ field: 'id', message: 'not found in this council' }],
  );
}
