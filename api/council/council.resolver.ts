import { Args, ArgsType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Label } from '../../graph/labels';
import { Access, Allow } from '../auth/access';
import { Caller, CurrentCaller, Scope } from '../auth/caller.decorator';
import { SearchArgsBase } from '../common/dto/page.args';
import { Paginated } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import { CouncilService } from './council.service';
import {
  AddNeighbourhoodArgs,
  CouncilIdArgs,
  CouncilSettingsArgs,
  CreateCouncilArgs,
  DeleteCouncilArgs,
  NeighbourhoodArgs,
  RenameNeighbourhoodArgs,
  UpdateCouncilArgs,
} from './dto/council.args';
import { Council, Neighbourhood } from './models/council.model';

export const CouncilPage = Paginated(Council, 'Council');

@ArgsType()
class CouncilListArgs extends SearchArgsBase {}

const theCouncil = {
  label: Label.Council,
  targetId: (args: Record<string, unknown>) => args.councilId,
};
const aNeighbourhood = { label: Label.Neighbourhood };

@Resolver(() => Council)
export class CouncilResolver {
  constructor(private readonly service: CouncilService) {}

  @Allow(Access.SignedIn)
  @Query(() => CouncilPage, {
    description:
      'The councils you hold a role in (all of them for a system admin), by name; filter with `search`.',
  })
  councils(@Args() args: CouncilListArgs, @CurrentCaller() caller: Caller) {
    return this.service.list(caller, args.search ?? null, args.offset, args.limit);
  }

  @Allow(Access.CouncilRead)
  @Query(() => Council, { description: 'One council with its neighbourhoods.' })
  council(@Args() args: CouncilIdArgs, @Scope() scope: RequestScope) {
    return this.service.get(scope);
  }

  @Allow(Access.SystemAdmin, { audit: { label: Label.Council } })
  @Mutation(() => Council, {
    description: 'Creates a council, optionally with neighbourhoods (system admins).',
  })
  createCouncil(@Args() { input }: CreateCouncilArgs) {
    return this.service.create(input);
  }

  @Allow(Access.CouncilAdmin, { audit: theCouncil })
  @Mutation(() => Council, { description: "Changes a council's name, region or description." })
  updateCouncil(@Args() args: UpdateCouncilArgs, @Scope() scope: RequestScope) {
    return this.service.update(scope, args.input);
  }

  @Allow(Access.CouncilAdmin, { audit: { ...theCouncil, action: 'SETTINGS_CHANGED' } })
  @Mutation(() => Council, {
    description:
      'Changes council settings, e.g. whether display names are visible to its members (off by default: everyone sees pseudonyms).',
  })
  updateCouncilSettings(@Args() args: CouncilSettingsArgs, @Scope() scope: RequestScope) {
    return this.service.updateSettings(scope, args.input);
  }

  @Allow(Access.SystemAdmin, { audit: theCouncil })
  @Mutation(() => Boolean, {
    description:
      'Deletes a council (system admins). Refused with CONFLICT while it holds data, unless force is true. Its audit trail is kept.',
  })
  deleteCouncil(@Args() args: DeleteCouncilArgs) {
    return this.service.delete(args.councilId, args.force);
  }

  @Allow(Access.CouncilWrite, { audit: aNeighbourhood })
  @Mutation(() => Neighbourhood, { description: 'Adds a neighbourhood to a council.' })
  addNeighbourhood(@Args() args: AddNeighbourhoodArgs, @Scope() scope: RequestScope) {
    return this.service.addNeighbourhood(scope, args.input.name);
  }

  @Allow(Access.CouncilWrite, { audit: aNeighbourhood })
  @Mutation(() => Neighbourhood, { description: 'Renames a neighbourhood.' })
  renameNeighbourhood(@Args() args: RenameNeighbourhoodArgs, @Scope() scope: RequestScope) {
    return this.service.renameNeighbourhood(scope, args.id, args.name);
  }

  @Allow(Access.CouncilWrite, { audit: aNeighbourhood })
  @Mutation(() => Boolean, {
    description:
      'Removes a neighbourhood. Refused with CONFLICT while teams or organisations use it.',
  })
  removeNeighbourhood(@Args() args: NeighbourhoodArgs, @Scope() scope: RequestScope) {
    return this.service.removeNeighbourhood(scope, args.id);
  }
}
