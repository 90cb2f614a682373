import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Paginated } from '../common/models/paginated';
import { scopeFor } from '../common/request-scope';
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

  @Query(() => InterventionPage, {
    description:
      "A council's interventions / milestones, by date; filter by kind and by a date range (inclusive).",
  })
  interventions(@Args() args: InterventionListArgs) {
    return this.service.list(scopeFor(args.councilId), args);
  }

  @Query(() => Intervention, { description: 'One intervention / milestone of the council.' })
  intervention(@Args() args: InterventionArgs) {
    return this.service.get(scopeFor(args.councilId), args.id);
  }

  @Mutation(() => Intervention, { description: 'Records an intervention / milestone.' })
  createIntervention(@Args() args: CreateInterventionArgs) {
    return this.service.create(scopeFor(args.councilId), args.input);
  }

  @Mutation(() => Intervention, { description: 'Changes an intervention / milestone.' })
  updateIntervention(@Args() args: UpdateInterventionArgs) {
    return this.service.update(scopeFor(args.councilId), args.id, args.input);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes an intervention. Refused with CONFLICT while learning notes are attached to it.',
  })
  deleteIntervention(@Args() args: InterventionArgs) {
    return this.service.delete(scopeFor(args.councilId), args.id);
  }
}
