import { Args, ArgsType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SearchArgsBase } from '../common/dto/page.args';
import { Paginated } from '../common/models/paginated';
import { BlueprintService } from './blueprint.service';
import { BlueprintIdArgs, CreateBlueprintArgs, UpdateBlueprintArgs } from './dto/blueprint.args';
import { Blueprint } from './models/blueprint.model';

export const BlueprintPage = Paginated(Blueprint, 'Blueprint');

@ArgsType()
class BlueprintListArgs extends SearchArgsBase {}

/** Blueprints are shared across councils, so no operation here takes a councilId. */
@Resolver(() => Blueprint)
export class BlueprintResolver {
  constructor(private readonly service: BlueprintService) {}

  @Query(() => BlueprintPage, { description: 'Blueprints, by name; filter with `search`.' })
  blueprints(@Args() args: BlueprintListArgs) {
    return this.service.list('anonymous', args.search ?? null, args.offset, args.limit);
  }

  @Query(() => Blueprint, { description: 'One blueprint with its expected ties.' })
  blueprint(@Args() args: BlueprintIdArgs) {
    return this.service.get('anonymous', args.id);
  }

  @Mutation(() => Blueprint, { description: 'Creates a blueprint with 1–50 expected ties.' })
  createBlueprint(@Args() args: CreateBlueprintArgs) {
    return this.service.create('anonymous', args.input);
  }

  @Mutation(() => Blueprint, {
    description:
      "Changes a blueprint's name or description, or replaces its expected ties. Built-in blueprints are refused with CONFLICT.",
  })
  updateBlueprint(@Args() args: UpdateBlueprintArgs) {
    return this.service.update('anonymous', args.id, args.input);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a blueprint. Built-in blueprints are refused with CONFLICT.',
  })
  deleteBlueprint(@Args() args: BlueprintIdArgs) {
    return this.service.delete('anonymous', args.id);
  }
}
