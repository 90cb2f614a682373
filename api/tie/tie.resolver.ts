import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Paginated } from '../common/models/paginated';
import { scopeFor } from '../common/request-scope';
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

export const TiePage = Paginated(Tie, 'Tie');

@Resolver(() => Tie)
export class TieResolver {
  constructor(
    private readonly service: TieService,
    private readonly batch: TieBatchService,
  ) {}

  @Query(() => Tie, {
    description:
      'One tie with its history. With asOf or wave it is NOT_FOUND unless valid then; without, any validity.',
  })
  tie(@Args() args: TieArgs) {
    return this.service.get(scopeFor(args.councilId), args.id, args);
  }

  @Query(() => TiePage, {
    description: 'Ties valid as of a date or wave (default today), by validFrom; with filters.',
  })
  ties(@Args() args: TieListArgs) {
    const filters = {
      typeId: args.typeId ?? null,
      actorId: args.actorId ?? null,
      fromKind: args.fromKind ?? null,
      toKind: args.toKind ?? null,
      minStrength: args.minStrength ?? null,
      sectorId: args.sectorId ?? null,
      source: args.source ?? null,
    };
    return this.service.list(scopeFor(args.councilId), args, filters, args.offset, args.limit);
  }

  @Mutation(() => Tie, {
    description:
      'Creates a tie between two actors of the council. CONFLICT if an identical tie (same actors, type, overlapping validity) exists.',
  })
  createTie(@Args() args: CreateTieArgs) {
    return this.service.create(scopeFor(args.councilId), args.input);
  }

  @Mutation(() => TieBatchResult, {
    description: `Creates up to ${MAX_TIE_BATCH} ties at once, all or nothing: on any problem nothing is written and every problem is returned per item.`,
  })
  createTies(@Args() args: CreateTiesArgs) {
    return this.batch.create(scopeFor(args.councilId), args.input.items);
  }

  @Mutation(() => Tie, {
    description:
      'Changes attributes of a tie (not its endpoints); the previous state is kept in its history.',
  })
  updateTie(@Args() args: UpdateTieArgs) {
    return this.service.update(scopeFor(args.councilId), args.id, args.input);
  }

  @Mutation(() => Tie, {
    description: 'Ends a tie: sets validTo (the first day it no longer holds), keeping history.',
  })
  endTie(@Args() args: EndTieArgs) {
    return this.service.end(scopeFor(args.councilId), args.id, args.validTo, args.reason ?? null);
  }

  @Mutation(() => Boolean, {
    description:
      'Hard-deletes a tie entered by mistake, with its history; an audit event keeps a snapshot. CONFLICT while learning notes are about it. Use endTie when a tie simply stopped.',
  })
  deleteTie(@Args() args: DeleteTieArgs) {
    return this.service.delete(scopeFor(args.councilId), args.id, args.reason);
  }
}
