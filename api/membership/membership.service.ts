import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { DomainError } from '../common/domain-error';
import { newId } from '../common/ids';
import { RequestScope } from '../common/request-scope';
import { CouncilService } from '../council/council.service';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { ActorLifecycleService, earlierEnd } from './actor-lifecycle.service';
import { MembershipsArgs } from './dto/membership.args';
import {
  AddProfessionInput,
  AddTeamMembershipInput,
  AddTeamToOrganisationInput,
} from './dto/membership.input';
import { MembershipRepository, NewMembership } from './membership.repository';
import { Membership, MembershipKind } from './models/membership.model';

const OVERLAP: Record<MembershipKind, string> = {
  TEAM: 'the person is already a member of this team during that period',
  PROFESSION: 'the person already has a profession during that period; end it first',
  ORGANISATION: 'the team is already part of an organisation during that period; end it first',
};

@Injectable()
export class MembershipService {
  constructor(
    private readonly memberships: MembershipRepository,
    private readonly councils: CouncilService,
    private readonly vocabulary: VocabularyService,
    private readonly actors: ActorLifecycleService,
  ) {}

  async addTeamMembership(scope: RequestScope, input: AddTeamMembershipInput): Promise<Membership> {
    await this.councils.assertInCouncil(scope, [
      { label: Label.Person, id: input.personId, field: 'input.personId' },
      { label: Label.Team, id: input.teamId, field: 'input.teamId' },
    ]);
    const endsBy = await this.actors.assertValidOn(scope, input.validFrom, [
      { label: Label.Person, id: input.personId, field: 'input.validFrom' },
      { label: Label.Team, id: input.teamId, field: 'input.validFrom' },
    ]);
    return this.add(scope, MembershipKind.TEAM, input.personId, input.teamId, input, endsBy);
  }

  async addProfession(scope: RequestScope, input: AddProfessionInput): Promise<Membership> {
    await this.councils.assertInCouncil(scope, [
      { label: Label.Person, id: input.personId, field: 'input.personId' },
    ]);
    await this.vocabulary.assertTerms([
      { label: Label.Profession, id: input.professionId, field: 'input.professionId' },
    ]);
    const endsBy = await this.actors.assertValidOn(scope, input.validFrom, [
      { label: Label.Person, id: input.personId, field: 'input.validFrom' },
    ]);
    return this.add(
      scope,
      MembershipKind.PROFESSION,
      input.personId,
      input.professionId,
      input,
      endsBy,
    );
  }

  async addTeamToOrganisation(
    scope: RequestScope,
    input: AddTeamToOrganisationInput,
  ): Promise<Membership> {
    await this.councils.assertInCouncil(scope, [
      { label: Label.Team, id: input.teamId, field: 'input.teamId' },
      { label: Label.Organisation, id: input.organisationId, field: 'input.organisationId' },
    ]);
    const endsBy = await this.actors.assertValidOn(scope, input.validFrom, [
      { label: Label.Team, id: input.teamId, field: 'input.validFrom' },
      { label: Label.Organisation, id: input.organisationId, field: 'input.validFrom' },
    ]);
    return this.add(
      scope,
      MembershipKind.ORGANISATION,
      input.teamId,
      input.organisationId,
      input,
      endsBy,
    );
  }

  async end(scope: RequestScope, id: string, validTo: string): Promise<Membership> {
    await this.councils.assertCouncil(scope);
    const current = await this.memberships.find(scope.councilId, id);
    if (!current) throw DomainError.notFound('Membership', id);
    if (validTo <= current.validFrom) {
      throw DomainError.badInput([
        {
          field: 'validTo',
          message: `validTo must be after validFrom (${current.validFrom}): validTo is the first day it no longer holds`,
        },
      ]);
    }
    const ended = await this.memberships.end(scope.councilId, id, validTo);
    if (ended === null) throw DomainError.notFound('Membership', id);
    if (ended === 'overlap') throw DomainError.conflict(OVERLAP[current.kind], 'validTo');
    return ended;
  }

  async delete(scope: RequestScope, id: string): Promise<boolean> {
    await this.councils.assertCouncil(scope);
    if (!(await this.memberships.delete(scope.councilId, id))) {
      throw DomainError.notFound('Membership', id);
    }
    return true;
  }

  /** The whole history when `asOf` is null (no moment asked), else those valid at `asOf`. */
  async list(
    scope: RequestScope,
    args: MembershipsArgs,
    asOf: string | null,
  ): Promise<Membership[]> {
    if ((args.personId == null) === (args.teamId == null)) {
      throw DomainError.badInput([
        { field: 'personId', message: 'give exactly one of personId or teamId' },
      ]);
    }
    const of = args.personId
      ? { label: Label.Person, id: args.personId, field: 'personId' }
      : { label: Label.Team, id: args.teamId as string, field: 'teamId' };
    await this.councils.assertInCouncil(scope, [of]);
    return this.memberships.list(scope.councilId, of, asOf);
  }

  /** `endsBy` is the earliest end of the endpoints: a membership never outlives them. */
  private async add(
    scope: RequestScope,
    kind: MembershipKind,
    fromId: string,
    toId: string,
    period: { validFrom: string; validTo?: string | null },
    endsBy: string | null,
  ): Promise<Membership> {
    const row: NewMembership = {
      id: newId('membership'),
      kind,
      fromId,
      toId,
      validFrom: period.validFrom,
      validTo: earlierEnd(period.validTo ?? null, endsBy),
    };
    const created = await this.memberships.add(scope.councilId, row);
    if (created === 'overlap') throw DomainError.conflict(OVERLAP[kind], 'input.validFrom');
    return created;
  }
}
