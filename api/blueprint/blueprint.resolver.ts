import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Label } from '../../graph/labels';
import { Access, Allow } from '../auth/access';
import { Paginated } from '../common/models/paginated';
import { BlueprintService } from './blueprint.service';
import {
  BlueprintIdArgs,
  BlueprintListArgs,
  CreateBlueprintArgs,
  UpdateBlueprintArgs,
} from './dto/blueprint.args';
import { Blueprint } from './models/blueprint.model';

export const BlueprintPage = Paginated(Blueprint, 'Blueprint');

const audited = { audit: { label: Label.Blueprint } };

/**
 * Shared blueprints are read by every signed-in user and edited by system admins (a write
 * that names no council); a council's own blueprints are read by its members and edited by
 * its editors (a write that names it). Built-in blueprints are read-only for everyone.
 */
@Resolver(() => Blueprint)
export class BlueprintResolver {
  constructor(private readonly service: BlueprintService) {}

  @Allow(Access.CouncilRead, { optionalCouncil: true })
  @Query(() => BlueprintPage, {
    description:
      "Blueprints, by name: the shared ones, plus the council's own when councilId is given; filter with `search`.",
  })
  blueprints(@Args() args: BlueprintListArgs) {
    return this.service.list(args.councilId ?? null, args.search ?? null, args.offset, args.limit);
  }

  @Allow(Access.CouncilRead, { optionalCouncil: true })
  @Query(() => Blueprint, {
    description: "One blueprint with its expected ties (a council's own only with its councilId).",
  })
  blueprint(@Args() args: BlueprintIdArgs) {
    return this.service.get(args.councilId ?? null, args.id);
  }

  @Allow(Access.CouncilWrite, audited)
  @Mutation(() => Blueprint, {
    description:
      "Creates a blueprint with 1–50 expected ties: the council's own with councilId (editors), shared without (system admins).",
  })
  createBlueprint(@Args() args: CreateBlueprintArgs) {
    return this.service.create(args.councilId ?? null, args.input);
  }

  @Allow(Access.CouncilWrite, audited)
  @Mutation(() => Blueprint, {
    description:
      "Changes a blueprint's name or description, or replaces its expected ties. Built-in blueprints are refused with CONFLICT; shared ones are for system admins (no councilId).",
  })
  updateBlueprint(@Args() args: UpdateBlueprintArgs) {
    return this.service.update(args.councilId ?? null, args.id, args.input);
  }

  @Allow(Access.CouncilWrite, audited)
  @Mutation(() => Boolean, {
    description:
      'Deletes a blueprint. Built-in blueprints are refused with CONFLICT; shared ones are for system admins (no councilId).',
  })
  deleteBlueprint(@Args() args: BlueprintIdArgs) {
    return this.service.delete(args.councilId ?? null, args.id);
  }
}
