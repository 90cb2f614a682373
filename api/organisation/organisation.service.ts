import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { definedChanges } from '../common/changes';
import { DomainError } from '../common/domain-error';
import { newId } from '../common/ids';
import { Page } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import { CouncilService } from '../council/council.service';
import { ActorLifecycleService } from '../membership/actor-lifecycle.service';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { OrganisationListArgs } from './dto/organisation.args';
import { OrganisationInput, UpdateOrganisationInput } from './dto/organisation.input';
import { Organisation } from './models/organisation.model';
import { OrganisationRepository } from './organisation.repository';

@Injectable()
export class OrganisationService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly councils: CouncilService,
    private readonly vocabulary: VocabularyService,
    private readonly lifecycle: ActorLifecycleService,
  ) {}

  async create(scope: RequestScope, input: OrganisationInput): Promise<Organisation> {
    await this.assertReferences(scope, input);
    return this.organisations.create(scope.councilId, {
      id: newId('org'),
      name: input.name,
      typeId: input.typeId,
      sectorId: input.sectorId ?? (await this.defaultSector(input.typeId)),
      neighbourhoodIds: input.neighbourhoodIds,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
    });
  }

  /**
   * The organisation whatever its validity. Its shape does not depend on the moment, but the
   * resolver still resolves one, so a wave of another council is refused here as everywhere.
   */
  async get(scope: RequestScope, id: string): Promise<Organisation> {
    await this.councils.assertCouncil(scope);
    const organisation = await this.organisations.get(scope.councilId, id);
    if (!organisation) throw DomainError.notFound('Organisation', id);
    return organisation;
  }

  /** Organisations valid at `asOf` (resolved at the edge), filtered as the args say. */
  async list(
    scope: RequestScope,
    args: OrganisationListArgs,
    asOf: string,
  ): Promise<Page<Organisation>> {
    await this.councils.assertInCouncil(scope, [
      { label: Label.Neighbourhood, id: args.neighbourhoodId, field: 'neighbourhoodId' },
    ]);
    await this.vocabulary.assertTerms([
      { label: Label.OrganisationType, id: args.typeId, field: 'typeId' },
      { label: Label.Sector, id: args.sectorId, field: 'sectorId' },
    ]);
    const filter = {
      typeId: args.typeId ?? null,
      sectorId: args.sectorId ?? null,
      neighbourhoodId: args.neighbourhoodId ?? null,
      search: args.search ?? null,
    };
    const page = await this.organisations.list(
      scope.councilId,
      filter,
      asOf,
      args.offset,
      args.limit,
    );
    return { ...page, offset: args.offset, limit: args.limit };
  }

  async update(
    scope: RequestScope,
    id: string,
    input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    await this.get(scope, id);
    await this.assertReferences(scope, input);
    const { neighbourhoodIds, ...changes } = definedChanges(input);
    const updated = await this.organisations.update(
      scope.councilId,
      id,
      changes,
      neighbourhoodIds ?? null,
    );
    if (!updated) throw DomainError.notFound('Organisation', id);
    return updated;
  }

  /** Ends the organisation and the team memberships still open at that date. */
  async end(scope: RequestScope, id: string, validTo: string): Promise<Organisation> {
    await this.councils.assertCouncil(scope);
    await this.lifecycle.end(scope, Label.Organisation, id, validTo);
    return this.get(scope, id);
  }

  /** Hard delete, refused (CONFLICT) while teams, ties or notes refer to it. */
  async delete(scope: RequestScope, id: string): Promise<boolean> {
    await this.councils.assertCouncil(scope);
    return this.lifecycle.delete(scope, Label.Organisation, id);
  }

  /** NOT_FOUND for neighbourhoods outside the council, BAD_USER_INPUT for unknown terms. */
  private async assertReferences(
    scope: RequestScope,
    input: { typeId?: string; sectorId?: string; neighbourhoodIds?: string[] },
  ): Promise<void> {
    await this.councils.assertInCouncil(
      scope,
      (input.neighbourhoodIds ?? []).map((id) => ({
        label: Label.Neighbourhood,
        id,
        field: 'input.neighbourhoodIds',
      })),
    );
    await this.vocabulary.assertTerms([
      { label: Label.OrganisationType, id: input.typeId, field: 'input.typeId' },
      { label: Label.Sector, id: input.sectorId, field: 'input.sectorId' },
    ]);
  }

  private async defaultSector(typeId: string): Promise<string> {
    const vocab = await this.vocabulary.all();
    const type = vocab.organisationTypes.find((t) => t.id === typeId);
    if (!type) throw DomainError.badInput([{ field: 'input.typeId', message: 'unknown type' }]);
    return type.defaultSectorId;
  }
}
