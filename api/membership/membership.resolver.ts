import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EndRecordArgs, RecordIdArgs } from '../common/dto/record.args';
import { scopeFor } from '../common/request-scope';
import {
  AddProfessionArgs,
  AddTeamMembershipArgs,
  AddTeamToOrganisationArgs,
  MembershipsArgs,
} from './dto/membership.args';
import { MembershipService } from './membership.service';
import { Membership } from './models/membership.model';

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(private readonly service: MembershipService) {}

  @Query(() => [Membership], {
    description:
      "A person's team and profession memberships, or a team's members and organisations, oldest first. Without asOf or wave the whole history; with one, only those valid then.",
  })
  memberships(@Args() args: MembershipsArgs) {
    return this.service.list(scopeFor(args.councilId), args);
  }

  @Mutation(() => Membership, {
    description: 'A person joins a team for a period; both must be valid when it starts.',
  })
  addTeamMembership(@Args() args: AddTeamMembershipArgs) {
    return this.service.addTeamMembership(scopeFor(args.councilId), args.input);
  }

  @Mutation(() => Membership, {
    description: 'Gives a person a profession for a period (CONFLICT if it overlaps another).',
  })
  addProfession(@Args() args: AddProfessionArgs) {
    return this.service.addProfession(scopeFor(args.councilId), args.input);
  }

  @Mutation(() => Membership, {
    description:
      'Makes a team part of an organisation for a period (CONFLICT if it overlaps another).',
  })
  addTeamToOrganisation(@Args() args: AddTeamToOrganisationArgs) {
    return this.service.addTeamToOrganisation(scopeFor(args.councilId), args.input);
  }

  @Mutation(() => Membership, { description: 'Ends a membership: sets its validTo.' })
  endMembership(@Args() args: EndRecordArgs) {
    return this.service.end(scopeFor(args.councilId), args.id, args.validTo);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a membership recorded by mistake (to record a change, end it instead).',
  })
  deleteMembership(@Args() args: RecordIdArgs) {
    return this.service.delete(scopeFor(args.councilId), args.id);
  }
}
