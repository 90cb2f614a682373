import { Access, Allow } from '../auth/access';
import { Scope } from '../auth/caller.decorator';
import { Label } from '../../graph/labels';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EndRecordArgs, RecordIdArgs } from '../common/dto/record.args';
import { RequestScope } from '../common/request-scope';
import {
  AddProfessionArgs,
  AddTeamMembershipArgs,
  AddTeamToOrganisationArgs,
  MembershipsArgs,
} from './dto/membership.args';
import { MembershipService } from './membership.service';
import { MomentService } from '../moment/moment.service';
import { Membership } from './models/membership.model';

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(
    private readonly service: MembershipService,
    private readonly moments: MomentService,
  ) {}

  @Allow(Access.CouncilRead, { personData: () => true })
  @Query(() => [Membership], {
    description:
      "A person's team and profession memberships, or a team's members and organisations, oldest first. Without asOf or wave the whole history; with one, only those valid then.",
  })
  async memberships(@Args() args: MembershipsArgs, @Scope() scope: RequestScope) {
    return this.service.list(scope, args, await this.moments.resolveIfGiven(scope, args));
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Membership } })
  @Mutation(() => Membership, {
    description: 'A person joins a team for a period; both must be valid when it starts.',
  })
  addTeamMembership(@Args() args: AddTeamMembershipArgs, @Scope() scope: RequestScope) {
    return this.service.addTeamMembership(scope, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Membership } })
  @Mutation(() => Membership, {
    description: 'Gives a person a profession for a period (CONFLICT if it overlaps another).',
  })
  addProfession(@Args() args: AddProfessionArgs, @Scope() scope: RequestScope) {
    return this.service.addProfession(scope, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Membership } })
  @Mutation(() => Membership, {
    description:
      'Makes a team part of an organisation for a period (CONFLICT if it overlaps another).',
  })
  addTeamToOrganisation(@Args() args: AddTeamToOrganisationArgs, @Scope() scope: RequestScope) {
    return this.service.addTeamToOrganisation(scope, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Membership } })
  @Mutation(() => Membership, { description: 'Ends a membership: sets its validTo.' })
  endMembership(@Args() args: EndRecordArgs, @Scope() scope: RequestScope) {
    return this.service.end(scope, args.id, args.validTo);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Membership } })
  @Mutation(() => Boolean, {
    description: 'Deletes a membership recorded by mistake (to record a change, end it instead).',
  })
  deleteMembership(@Args() args: RecordIdArgs, @Scope() scope: RequestScope) {
    return this.service.delete(scope, args.id);
  }
}
