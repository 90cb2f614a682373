import { Access, Allow } from '../auth/access';
import { Scope } from '../auth/caller.decorator';
import { Label } from '../../graph/labels';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Paginated } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import {
  CreateTieArgs,
  CreateTiesArgs,
  DeleteTieArgs,
  EndTieArgs,
  TieArgs,
  TieListArgs,
  UpdateTieArgs,
} from './dto/tie.args';
import { MAX_TIE_BATCH } from './dto/tie.input';
import { TieBatchResult } from './models/tie-batch-result.model';
import { Tie } from './models/tie.model';
import { TieBatchService } from './tie-batch.service';
import { TieService } from './tie.service';
import { MomentService } from '../moment/moment.service';

export const TiePage = Paginated(Tie, 'Tie');

@Resolver(() => Tie)
export class TieResolver {
  constructor(
    private readonly service: TieService,
    private readonly batch: TieBatchService,
    private readonly moments: MomentService,
  ) {}

  @Allow(Access.CouncilRead, { personData: () => true })
  @Query(() => Tie, {
    description:
      'One tie with its history. With asOf or wave it is NOT_FOUND unless valid then; without, any validity.',
  })
  async tie(@Args() args: TieArgs, @Scope() scope: RequestScope) {
    return this.service.get(scope, args.id, await this.moments.resolveIfGiven(scope, args));
  }

  @Allow(Access.CouncilRead, { personData: () => true })
  @Query(() => TiePage, {
    description: 'Ties valid as of a date or wave (default today), by validFrom; with filters.',
  })
  async ties(@Args() args: TieListArgs, @Scope() scope: RequestScope) {
    const filters = {
      typeId: args.typeId ?? null,
      actorId: args.actorId ?? null,
      fromKind: args.fromKind ?? null,
      toKind: args.toKind ?? null,
      minStrength: args.minStrength ?? null,
      sectorId: args.sectorId ?? null,
      source: args.source ?? null,
    };
    const asOf = await this.moments.resolve(scope, args);
    return this.service.list(scope, asOf, filters, args.offset, args.limit);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Tie } })
  @Mutation(() => Tie, {
    description:
      'Creates a tie between two actors of the council. CONFLICT if an identical tie (same actors, type, overlapping validity) exists.',
  })
  createTie(@Args() args: CreateTieArgs, @Scope() scope: RequestScope) {
    return this.service.create(scope, args.input);
  }

  @Allow(Access.CouncilWrite, {
    audit: { label: Label.Tie, idsFrom: (_args, result) => (result as TieBatchResult).ids },
  })
  @Mutation(() => TieBatchResult, {
    description: `Creates up to ${MAX_TIE_BATCH} ties at once, all or nothing: on any problem nothing is written and every problem is returned per item.`,
  })
  createTies(@Args() args: CreateTiesArgs, @Scope() scope: RequestScope) {
    return this.batch.create(scope, args.input.items);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Tie } })
  @Mutation(() => Tie, {
    description:
      'Changes attributes of a tie (not its endpoints); the previous state is kept in its history.',
  })
  updateTie(@Args() args: UpdateTieArgs, @Scope() scope: RequestScope) {
    return this.service.update(scope, args.id, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Tie } })
  @Mutation(() => Tie, {
    description: 'Ends a tie: sets validTo (the first day it no longer holds), keeping history.',
  })
  endTie(@Args() args: EndTieArgs, @Scope() scope: RequestScope) {
    return this.service.end(scope, args.id, args.validTo, args.reason ?? null);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Tie } })
  @Mutation(() => Boolean, {
    description:
      'Hard-deletes a tie entered by mistake, with its history; the audit keeps it as it was, with the reason. CONFLICT while learning notes are about it. Use endTie when a tie simply stopped.',
  })
  deleteTie(@Args() args: DeleteTieArgs, @Scope() scope: RequestScope) {
    return this.service.delete(scope, args.id);
  }
}
