import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EndRecordArgs, RecordAtArgs, RecordIdArgs } from '../common/dto/record.args';
import { Paginated } from '../common/models/paginated';
import { scopeFor } from '../common/request-scope';
import { CreateTeamArgs, TeamListArgs, UpdateTeamArgs } from './dto/team.args';
import { Team } from './models/team.model';
import { TeamService } from './team.service';

export const TeamPage = Paginated(Team, 'Team');

@Resolver(() => Team)
export class TeamResolver {
  constructor(private readonly service: TeamService) {}

  @Query(() => Team, {
    description:
      'One team, whether or not it is valid at the moment; its organisation is the one at that moment.',
  })
  team(@Args() args: RecordAtArgs) {
    return this.service.get(scopeFor(args.councilId), args.id, args);
  }

  @Query(() => TeamPage, {
    description: 'Teams valid at the moment (asOf / wave, default today), by name.',
  })
  teams(@Args() args: TeamListArgs) {
    return this.service.list(scopeFor(args.councilId), args);
  }

  @Mutation(() => Team, {
    description: 'Creates a team, part of its organisation (if given) from its validFrom.',
  })
  createTeam(@Args() args: CreateTeamArgs) {
    return this.service.create(scopeFor(args.councilId), args.input);
  }

  @Mutation(() => Team, { description: "Changes a team's name, type or neighbourhood." })
  updateTeam(@Args() args: UpdateTeamArgs) {
    return this.service.update(scopeFor(args.councilId), args.id, args.input);
  }

  @Mutation(() => Team, {
    description:
      'Ends a team on validTo; memberships (members, organisation) still open then end on the same day.',
  })
  endTeam(@Args() args: EndRecordArgs) {
    return this.service.end(scopeFor(args.councilId), args.id, args.validTo);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a team entered by mistake. Refused with CONFLICT while members, ties or notes refer to it; end it instead.',
  })
  deleteTeam(@Args() args: RecordIdArgs) {
    return this.service.delete(scopeFor(args.councilId), args.id);
  }
}
