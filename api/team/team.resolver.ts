import { Access, Allow } from '../auth/access';
import { Scope } from '../auth/caller.decorator';
import { Label } from '../../graph/labels';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EndRecordArgs, RecordAtArgs, RecordIdArgs } from '../common/dto/record.args';
import { Paginated } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import { CreateTeamArgs, TeamListArgs, UpdateTeamArgs } from './dto/team.args';
import { Team } from './models/team.model';
import { TeamService } from './team.service';
import { MomentService } from '../moment/moment.service';

export const TeamPage = Paginated(Team, 'Team');

@Resolver(() => Team)
export class TeamResolver {
  constructor(
    private readonly service: TeamService,
    private readonly moments: MomentService,
  ) {}

  @Allow(Access.CouncilRead)
  @Query(() => Team, {
    description:
      'One team, whether or not it is valid at the moment; its organisation is the one at that moment.',
  })
  async team(@Args() args: RecordAtArgs, @Scope() scope: RequestScope) {
    return this.service.get(scope, args.id, await this.moments.resolve(scope, args));
  }

  @Allow(Access.CouncilRead)
  @Query(() => TeamPage, {
    description: 'Teams valid at the moment (asOf / wave, default today), by name.',
  })
  async teams(@Args() args: TeamListArgs, @Scope() scope: RequestScope) {
    return this.service.list(scope, args, await this.moments.resolve(scope, args));
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Team } })
  @Mutation(() => Team, {
    description: 'Creates a team, part of its organisation (if given) from its validFrom.',
  })
  createTeam(@Args() args: CreateTeamArgs, @Scope() scope: RequestScope) {
    return this.service.create(scope, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Team } })
  @Mutation(() => Team, { description: "Changes a team's name, type or neighbourhood." })
  updateTeam(@Args() args: UpdateTeamArgs, @Scope() scope: RequestScope) {
    return this.service.update(scope, args.id, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Team } })
  @Mutation(() => Team, {
    description:
      'Ends a team on validTo; memberships (members, organisation) still open then end on the same day.',
  })
  endTeam(@Args() args: EndRecordArgs, @Scope() scope: RequestScope) {
    return this.service.end(scope, args.id, args.validTo);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Team } })
  @Mutation(() => Boolean, {
    description:
      'Deletes a team entered by mistake. Refused with CONFLICT while members, ties or notes refer to it; end it instead.',
  })
  deleteTeam(@Args() args: RecordIdArgs, @Scope() scope: RequestScope) {
    return this.service.delete(scope, args.id);
  }
}
