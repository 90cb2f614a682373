import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../auth/access';
import { Caller, CurrentCaller, Scope } from '../auth/caller.decorator';
import { RequestScope } from '../common/request-scope';
import { MapLayoutArgs, SaveMapLayoutArgs } from './dto/map-layout.args';
import { MapLayoutService } from './map-layout.service';
import { MapLayout } from './models/map-layout.model';

@Resolver(() => MapLayout)
export class MapLayoutResolver {
  constructor(private readonly service: MapLayoutService) {}

  @Allow(Access.CouncilRead)
  @Query(() => MapLayout, {
    description:
      "The council's saved map at a level and grouping; no positions (and updatedAt null) until someone has laid it out.",
  })
  mapLayout(@Args() args: MapLayoutArgs, @Scope() scope: RequestScope) {
    return this.service.get(scope, args);
  }

  @Allow(Access.CouncilWrite, { audit: 'self' })
  @Mutation(() => MapLayout, {
    description:
      'Saves node positions (and pins) of a map for everyone in the council: a drag sends the nodes moved, a re-layout all of them with replace. Editors and council admins.',
  })
  saveMapLayout(
    @Args() args: SaveMapLayoutArgs,
    @Scope() scope: RequestScope,
    @CurrentCaller() caller: Caller,
  ) {
    return this.service.save(scope, caller.who, args, args.input);
  }
}
