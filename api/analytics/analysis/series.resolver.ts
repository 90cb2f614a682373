import { Access, Allow } from '../../auth/access';
import { Caller, CurrentCaller, Scope } from '../../auth/caller.decorator';
import { atPeopleLevel } from './person-data';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { ANALYTICS_FIELD_COST } from '../../graphql/query-limits';
import { DomainError } from '../../common/domain-error';
import { RequestScope } from '../../common/request-scope';
import { CouncilService } from '../../council/council.service';
import { MomentService } from '../../moment/moment.service';
import { ComparisonService } from '../comparison/comparison.service';
import { DiffService } from '../diff/diff.service';
import {
  ComparisonArgs,
  DiffArgs,
  EvolutionArgs,
  MissingArgs,
  RemovalArgs,
} from '../dto/series.args';
import { EvolutionService } from '../evolution/evolution.service';
import { MissingService } from '../missing/missing.service';
import { CouncilComparisonModel } from '../models/comparison.model';
import { NetworkDiffModel } from '../models/diff.model';
import { NetworkEvolutionModel } from '../models/evolution.model';
import { MissingConnectionsModel, RemovalSimulationModel } from '../models/missing.model';
import { toOptions } from './analysis-options';

/** Analyses across moments and councils: evolution, diff, missing connections, comparison. */
@Resolver()
export class SeriesResolver {
  constructor(
    private readonly councils: CouncilService,
    private readonly moments: MomentService,
    private readonly evolutionService: EvolutionService,
    private readonly diffService: DiffService,
    private readonly missingService: MissingService,
    private readonly comparisonService: ComparisonService,
  ) {}

  @Allow(Access.CouncilRead)
  @Query(() => NetworkEvolutionModel, {
    complexity: ANALYTICS_FIELD_COST,
    description:
      'Network statistics and the group matrix at every wave (or quarter / month), with interventions on the same time axis.',
  })
  async networkEvolution(
    @Args() args: EvolutionArgs,
    @Scope() scope: RequestScope,
  ): Promise<NetworkEvolutionModel> {
    await this.councils.assertCouncil(scope);
    return this.evolutionService.evolution(
      scope,
      args.step,
      { from: args.from, to: args.to },
      toOptions({ ...args, asOf: undefined, wave: undefined }),
    );
  }

  @Allow(Access.CouncilRead, { personData: atPeopleLevel })
  @Query(() => NetworkDiffModel, {
    complexity: ANALYTICS_FIELD_COST,
    description:
      'What changed between two moments: ties added, ended, strengthened, weakened, retyped; nodes joined and left; largest metric changes.',
  })
  async networkDiff(
    @Args() args: DiffArgs,
    @Scope() scope: RequestScope,
  ): Promise<NetworkDiffModel> {
    await this.councils.assertCouncil(scope);
    const from = await this.moment(scope, args.from, args.fromWave, 'from');
    const to = await this.moment(scope, args.to, args.toWave, 'to');
    return this.diffService.diff(
      scope,
      from,
      to,
      toOptions({ ...args, asOf: undefined, wave: undefined }),
    );
  }

  @Allow(Access.CouncilRead, { personData: atPeopleLevel })
  @Query(() => MissingConnectionsModel, {
    complexity: ANALYTICS_FIELD_COST,
    description:
      'Missing connections at a moment, ranked with reasons: blueprint gaps (concrete team pairs), fragile points, suggested introductions across groups.',
  })
  async missingConnections(
    @Args() args: MissingArgs,
    @Scope() scope: RequestScope,
  ): Promise<MissingConnectionsModel> {
    await this.councils.assertCouncil(scope);
    const asOf = await this.moments.resolve(scope, args);
    return this.missingService.missing(scope, asOf, args.blueprintId, toOptions(args), args.limit);
  }

  @Allow(Access.CouncilRead, { personData: atPeopleLevel })
  @Query(() => RemovalSimulationModel, {
    complexity: ANALYTICS_FIELD_COST,
    description:
      'What if these people or teams leave: lost reachability (across groups too) and new components.',
  })
  async simulateRemoval(
    @Args() args: RemovalArgs,
    @Scope() scope: RequestScope,
  ): Promise<RemovalSimulationModel> {
    await this.councils.assertCouncil(scope);
    const asOf = await this.moments.resolve(scope, args);
    return this.missingService.simulate(scope, asOf, args.nodeIds, toOptions(args));
  }

  @Allow(Access.CouncilRead, { councils: (args) => args.councilIds as string[] })
  @Query(() => CouncilComparisonModel, {
    complexity: ANALYTICS_FIELD_COST,
    description:
      'The same statistics for several councils side by side, at one date or at their waves with the same label.',
  })
  compareCouncils(
    @Args() args: ComparisonArgs,
    @CurrentCaller() caller: Caller,
  ): Promise<CouncilComparisonModel> {
    if (args.asOf && args.waveLabel) {
      throw DomainError.badInput([
        { field: 'waveLabel', message: 'give either asOf or waveLabel, not both' },
      ]);
    }
    return this.comparisonService.compare(
      args.councilIds.map((id) => caller.scope(id)),
      { asOf: args.asOf, waveLabel: args.waveLabel },
      toOptions({ ...args, councilId: '', wave: undefined }),
    );
  }

  /** One end of a diff: the one moment rule (MomentService), but a moment is required. */
  private async moment(
    scope: RequestScope,
    date: string | undefined,
    wave: string | undefined,
    field: string,
  ): Promise<string> {
    const fields = { asOf: field, wave: `${field}Wave` };
    const moment = await this.moments.resolveIfGiven(scope, { asOf: date, wave }, fields);
    if (moment === null) {
      throw DomainError.badInput([{ field, message: `give ${field} or ${field}Wave` }]);
    }
    return moment;
  }
}
