import { Injectable } from '@nestjs/common';
import { definedChanges } from '../common/changes';
import { DomainError } from '../common/domain-error';
import { newId } from '../common/ids';
import { Page } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import { CouncilService } from '../council/council.service';
import { CreateWaveInput, UpdateWaveInput } from './dto/wave.input';
import { Wave } from './models/wave.model';
import { WaveRepository } from './wave.repository';

@Injectable()
export class WaveService {
  constructor(
    private readonly waves: WaveRepository,
    private readonly councils: CouncilService,
  ) {}

  async create(scope: RequestScope, input: CreateWaveInput): Promise<Wave> {
    await this.councils.assertCouncil(scope);
    const outcome = await this.waves.create(scope.councilId, {
      id: newId('wave'),
      label: input.label,
      date: input.date,
      method: input.method,
      responseRate: input.responseRate ?? null,
    });
    if (outcome === 'id-taken') {
      throw DomainError.conflict('The generated id is taken; try again', 'input');
    }
    if (outcome === 'label-taken') throw labelTaken(input.label);
    return outcome.wave;
  }

  async get(scope: RequestScope, id: string): Promise<Wave> {
    await this.councils.assertCouncil(scope);
    const wave = await this.waves.get(scope.councilId, id);
    if (!wave) throw notFound(id);
    return wave;
  }

  async list(scope: RequestScope, offset: number, limit: number): Promise<Page<Wave>> {
    await this.councils.assertCouncil(scope);
    const page = await this.waves.list(scope.councilId, offset, limit);
    return { ...page, offset, limit };
  }

  async update(scope: RequestScope, id: string, input: UpdateWaveInput): Promise<Wave> {
    await this.councils.assertCouncil(scope);
    const outcome = await this.waves.update(scope.councilId, id, definedChanges(input));
    if (outcome === 'missing') throw notFound(id);
    if (outcome === 'label-taken') throw labelTaken(input.label as string);
    return outcome.wave;
  }

  /** Refused (CONFLICT) while ties recorded in the wave still point at it. */
  async delete(scope: RequestScope, id: string): Promise<boolean> {
    await this.councils.assertCouncil(scope);
    const outcome = await this.waves.delete(scope.councilId, id);
    if (outcome === 'missing') throw notFound(id);
    if (outcome !== 'deleted') {
      throw DomainError.conflict(
        `Wave "${id}" is still referenced by ${outcome.inUse} ties; move or delete them first`,
        'id',
      );
    }
    return true;
  }
}

function notFound(id: string): DomainError {
  return new DomainError(
    DomainError.notFound('Wave', id).code,
    `Wave "${id}" was not found in this council`,
    [{ field: 'id', message: 'not found in this council' }],
  );
}

function labelTaken(label: string): DomainError {
  return DomainError.conflict(`This council already has a wave labelled "${label}"`, 'input.label');
}
