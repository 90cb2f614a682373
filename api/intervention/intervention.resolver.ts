import { Access, Allow } from '../auth/access';
import { Scope } from '../auth/caller.decorator';
import { Label } from '../../graph/labels';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Paginated } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import {
  CreateInterventionArgs,
  InterventionArgs,
  InterventionListArgs,
  UpdateInterventionArgs,
} from './dto/intervention.args';
import { InterventionService } from './intervention.service';
import { Intervention } from './models/intervention.model';

export const InterventionPage = Paginated(Intervention, 'Intervention');

@Resolver(() => Intervention)
export class InterventionResolver {
  constructor(private readonly service: InterventionService) {}

  @Allow(Access.CouncilRead)
  @Query(() => InterventionPage, {
    description:
      "A council's interventions / milestones, by date; filter by kind and by a date range (inclusive).",
  })
  interventions(@Args() args: InterventionListArgs, @Scope() scope: RequestScope) {
    return this.service.list(scope, args);
  }

  @Allow(Access.CouncilRead)
  @Query(() => Intervention, { description: 'One intervention / milestone of the council.' })
  intervention(@Args() args: InterventionArgs, @Scope() scope: RequestScope) {
    return this.service.get(scope, args.id);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Intervention } })
  @Mutation(() => Intervention, { description: 'Records an intervention / milestone.' })
  createIntervention(@Args() args: CreateInterventionArgs, @Scope() scope: RequestScope) {
    return this.service.create(scope, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Intervention } })
  @Mutation(() => Intervention, { description: 'Changes an intervention / milestone.' })
  updateIntervention(@Args() args: UpdateInterventionArgs, @Scope() scope: RequestScope) {
    return this.service.update(scope, args.id, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Intervention } })
  @Mutation(() => Boolean, {
    description:
      'Deletes an intervention. Refused with CONFLICT while learning notes are attached to it.',
  })
  deleteIntervention(@Args() args: InterventionArgs, @Scope() scope: RequestScope) {
    return this.service.delete(scope, args.id);
  }
}
