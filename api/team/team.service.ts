import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { definedChanges } from '../common/changes';
import { DomainError } from '../common/domain-error';
import { newId } from '../common/ids';
import { Page } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import { today } from '../common/temporal';
import { CouncilService } from '../council/council.service';
import { ActorLifecycleService } from '../membership/actor-lifecycle.service';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { TeamListArgs } from './dto/team.args';
import { TeamInput, UpdateTeamInput } from './dto/team.input';
import { Team } from './models/team.model';
import { TeamRepository } from './team.repository';

@Injectable()
export class TeamService {
  constructor(
    private readonly teams: TeamRepository,
    private readonly councils: CouncilService,
    private readonly vocabulary: VocabularyService,
    private readonly lifecycle: ActorLifecycleService,
  ) {}

  async create(scope: RequestScope, input: TeamInput): Promise<Team> {
    await this.councils.assertInCouncil(scope, [
      { label: Label.Organisation, id: input.organisationId, field: 'input.organisationId' },
      { label: Label.Neighbourhood, id: input.neighbourhoodId, field: 'input.neighbourhoodId' },
    ]);
    await this.vocabulary.assertTerms([
      { label: Label.TeamType, id: input.typeId, field: 'input.typeId' },
    ]);
    if (input.organisationId) {
      await this.lifecycle.assertValidOn(scope, input.validFrom, [
        { label: Label.Organisation, id: input.organisationId, field: 'input.organisationId' },
      ]);
    }
    const team = await this.teams.create(
      scope.councilId,
      {
        id: newId('team'),
        name: input.name,
        typeId: input.typeId,
        neighbourhoodId: input.neighbourhoodId ?? null,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
      },
      input.organisationId
        ? { membershipId: newId('membership'), organisationId: input.organisationId }
        : null,
      today(),
    );
    if (!team) {
      throw DomainError.conflict(
        `Organisation "${input.organisationId}" was ended or removed meanwhile and no longer holds on validFrom`,
        'input.organisationId',
      );
    }
    return team;
  }

  /** The team whatever its validity, with its organisation as of `asOf` (resolved at the edge). */
  async get(scope: RequestScope, id: string, asOf: string): Promise<Team> {
    await this.councils.assertCouncil(scope);
    const team = await this.teams.get(scope.councilId, id, asOf);
    if (!team) throw DomainError.notFound('Team', id);
    return team;
  }

  /** Teams valid at `asOf` (resolved at the edge), filtered as the args say. */
  async list(scope: RequestScope, args: TeamListArgs, asOf: string): Promise<Page<Team>> {
    await this.councils.assertInCouncil(scope, [
      { label: Label.Organisation, id: args.organisationId, field: 'organisationId' },
      { label: Label.Neighbourhood, id: args.neighbourhoodId, field: 'neighbourhoodId' },
    ]);
    await this.vocabulary.assertTerms([
      { label: Label.TeamType, id: args.typeId, field: 'typeId' },
      { label: Label.Sector, id: args.sectorId, field: 'sectorId' },
    ]);
    const filter = {
      typeId: args.typeId ?? null,
      organisationId: args.organisationId ?? null,
      neighbourhoodId: args.neighbourhoodId ?? null,
      sectorId: args.sectorId ?? null,
      search: args.search ?? null,
    };
    const page = await this.teams.list(scope.councilId, filter, asOf, args.offset, args.limit);
    return { ...page, offset: args.offset, limit: args.limit };
  }

  async update(scope: RequestScope, id: string, input: UpdateTeamInput): Promise<Team> {
    await this.get(scope, id, today());
    await this.councils.assertInCouncil(scope, [
      { label: Label.Neighbourhood, id: input.neighbourhoodId, field: 'input.neighbourhoodId' },
    ]);
    await this.vocabulary.assertTerms([
      { label: Label.TeamType, id: input.typeId, field: 'input.typeId' },
    ]);
    const updated = await this.teams.update(scope.councilId, id, definedChanges(input), today());
    if (!updated) throw DomainError.notFound('Team', id);
    return updated;
  }

  /** Ends the team, its members' memberships and its organisation membership on validTo. */
  async end(scope: RequestScope, id: string, validTo: string): Promise<Team> {
    await this.councils.assertCouncil(scope);
    await this.lifecycle.end(scope, Label.Team, id, validTo);
    return this.get(scope, id, today());
  }

  /** Hard delete, refused (CONFLICT) while members, ties or notes refer to it. */
  async delete(scope: RequestScope, id: string): Promise<boolean> {
    await this.councils.assertCouncil(scope);
    return this.lifecycle.delete(scope, Label.Team, id);
  }
}
