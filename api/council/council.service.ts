import { Injectable } from '@nestjs/common';
import { LabelName } from '../../graph/labels';
import { DomainError } from '../common/domain-error';
import { newId } from '../common/ids';
import { Page } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import { Caller } from '../auth/caller.decorator';
import { CouncilRepository } from './council.repository';
import { CouncilSettingsInput, CreateCouncilInput, UpdateCouncilInput } from './dto/council.input';
import { Council, Neighbourhood } from './models/council.model';

export interface ScopedReference {
  label: LabelName;
  id: string | null | undefined;
  /** Input field to name in the error, e.g. `input.teamId`. */
  field: string;
}

@Injectable()
export class CouncilService {
  constructor(private readonly councils: CouncilRepository) {}

  async create(input: CreateCouncilInput): Promise<Council> {
    const ids = input.neighbourhoods.map((n) => n.id).filter(Boolean);
    if (new Set(ids).size !== ids.length) {
      throw DomainError.badInput([
        { field: 'input.neighbourhoods', message: 'neighbourhood ids must be unique' },
      ]);
    }
    return this.councils.create({
      id: input.id ?? newId('council'),
      name: input.name,
      region: input.region ?? null,
      description: input.description ?? null,
      synthetic: input.synthetic,
      neighbourhoods: input.neighbourhoods.map((n) => ({ id: n.id ?? newId('nbh'), name: n.name })),
    });
  }

  async get(scope: RequestScope): Promise<Council> {
    const council = await this.councils.get(scope.councilId);
    if (!council) throw DomainError.notFound('Council', scope.councilId);
    return council;
  }

  /** Only the councils the caller holds a role in; all of them for a system admin. */
  async list(
    caller: Caller,
    search: string | null,
    offset: number,
    limit: number,
  ): Promise<Page<Council>> {
    const principal = caller.principal;
    const ids = principal?.systemAdmin ? null : [...(principal?.roles.keys() ?? [])];
    const page = await this.councils.list(ids, search, offset, limit);
    return { ...page, offset, limit };
  }

  async update(scope: RequestScope, input: UpdateCouncilInput): Promise<Council> {
    const changes = Object.fromEntries(
      Object.entries(input).filter(([, v]) => v !== undefined),
    ) as Record<string, string>;
    if (Object.keys(changes).length === 0) {
      throw DomainError.badInput([
        { field: 'input', message: 'give at least one field to change' },
      ]);
    }
    const council = await this.councils.update(scope.councilId, changes);
    if (!council) throw DomainError.notFound('Council', scope.councilId);
    return council;
  }

  async updateSettings(scope: RequestScope, input: CouncilSettingsInput): Promise<Council> {
    const changes = Object.fromEntries(
      Object.entries(input).filter(([, v]) => v !== undefined && v !== null),
    ) as Record<string, boolean>;
    if (Object.keys(changes).length === 0) {
      throw DomainError.badInput([{ field: 'input', message: 'give at least one setting' }]);
    }
    const council = await this.councils.update(scope.councilId, changes);
    if (!council) throw DomainError.notFound('Council', scope.councilId);
    return council;
  }

  /** Refuses (CONFLICT) to delete a council that holds data unless `force` is given. */
  async delete(councilId: string, force: boolean): Promise<boolean> {
    if (!(await this.councils.get(councilId))) throw DomainError.notFound('Council', councilId);
    const contents = await this.councils.countContents(councilId);
    if (contents > 0 && !force) {
      throw DomainError.conflict(
        `Council "${councilId}" holds ${contents} records; pass force: true to delete them all`,
        'force',
      );
    }
    return this.councils.deleteWithContents(councilId);
  }

  async addNeighbourhood(scope: RequestScope, name: string): Promise<Neighbourhood> {
    const created = await this.councils.addNeighbourhood(scope.councilId, {
      id: newId('nbh'),
      name,
    });
    if (!created) throw DomainError.notFound('Council', scope.councilId);
    return created;
  }

  async renameNeighbourhood(scope: RequestScope, id: string, name: string): Promise<Neighbourhood> {
    const renamed = await this.councils.renameNeighbourhood(scope.councilId, id, name);
    if (!renamed) throw DomainError.notFound('Neighbourhood', id);
    return renamed;
  }

  async removeNeighbourhood(scope: RequestScope, id: string): Promise<boolean> {
    const outcome = await this.councils.removeNeighbourhood(scope.councilId, id);
    if (outcome === 'missing') throw DomainError.notFound('Neighbourhood', id);
    if (outcome === 'in-use') {
      throw DomainError.conflict(
        `Neighbourhood "${id}" is still used by teams or organisations`,
        'id',
      );
    }
    return true;
  }

  /** NOT_FOUND unless the council exists. */
  async assertCouncil(scope: RequestScope): Promise<void> {
    await this.get(scope);
  }

  /**
   * NOT_FOUND (naming the field) for any referenced id that is not in this council —
   * including ids that exist in another council, which must stay invisible.
   */
  async assertInCouncil(scope: RequestScope, refs: ScopedReference[]): Promise<void> {
    await this.assertCouncil(scope);
    const byLabel = new Map<LabelName, string[]>();
    for (const ref of refs) {
      if (ref.id == null) continue;
      byLabel.set(ref.label, [...(byLabel.get(ref.label) ?? []), ref.id]);
    }
    const found = new Map<LabelName, Set<string>>();
    for (const [label, ids] of byLabel) {
      found.set(label, await this.councils.existingInCouncil(scope.councilId, label, ids));
    }
    const missing = refs.filter((ref) => ref.id != null && !found.get(ref.label)?.has(ref.id));
    if (missing.length > 0) {
      const first = missing[0];
      throw new DomainError(
        DomainError.notFound(first.label, first.id as string).code,
        missing.map((m) => `${m.label} "${m.id}" was not found in this council`).join('; '),
        missing.map((m) => ({
          field: m.field,
          message: `${m.label} "${m.id}" was not found in this council`,
        })),
      );
    }
  }
}
