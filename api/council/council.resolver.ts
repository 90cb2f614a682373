import { Args, ArgsType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SearchArgsBase } from '../common/dto/page.args';
import { Paginated } from '../common/models/paginated';
import { scopeFor } from '../common/request-scope';
import { CouncilService } from './council.service';
import {
  AddNeighbourhoodArgs,
  CouncilIdArgs,
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

@Resolver(() => Council)
export class CouncilResolver {
  constructor(private readonly service: CouncilService) {}

  @Query(() => CouncilPage, { description: 'Councils, by name; filter with `search`.' })
  councils(@Args() args: CouncilListArgs) {
    return this.service.list('anonymous', args.search ?? null, args.offset, args.limit);
  }

  @Query(() => Council, { description: 'One council with its neighbourhoods.' })
  council(@Args() args: CouncilIdArgs) {
    return this.service.get(scopeFor(args.councilId));
  }

  @Mutation(() => Council, { description: 'Creates a council, optionally with neighbourhoods.' })
  createCouncil(@Args() { input }: CreateCouncilArgs) {
    return this.service.create('anonymous', input);
  }

  @Mutation(() => Council, { description: "Changes a council's name, region or description." })
  updateCouncil(@Args() args: UpdateCouncilArgs) {
    return this.service.update(scopeFor(args.councilId), args.input);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a council. Refused with CONFLICT while it holds data, unless force is true.',
  })
  deleteCouncil(@Args() args: DeleteCouncilArgs) {
    return this.service.delete(scopeFor(args.councilId), args.force);
  }

  @Mutation(() => Neighbourhood, { description: 'Adds a neighbourhood to a council.' })
  addNeighbourhood(@Args() args: AddNeighbourhoodArgs) {
    return this.service.addNeighbourhood(scopeFor(args.councilId), args.input.name, args.input.id);
  }

  @Mutation(() => Neighbourhood, { description: 'Renames a neighbourhood.' })
  renameNeighbourhood(@Args() args: RenameNeighbourhoodArgs) {
    return this.service.renameNeighbourhood(scopeFor(args.councilId), args.id, args.name);
  }

  @Mutation(() => Boolean, {
    description:
      'Removes a neighbourhood. Refused with CONFLICT while teams or organisations use it.',
  })
  removeNeighbourhood(@Args() args: NeighbourhoodArgs) {
    return this.service.removeNeighbourhood(scopeFor(args.councilId), args.id);
  }
}
