import { Access, Allow } from '../../auth/access';
import { Scope } from '../../auth/caller.decorator';
import { atPeopleLevel } from './person-data';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequestScope } from '../../common/request-scope';
import { ANALYTICS_FIELD_COST } from '../../graphql/query-limits';
import { CouncilService } from '../../council/council.service';
import { MomentService } from '../../moment/moment.service';
import { AnalysisArgs, SnapshotArgs } from '../dto/analytics.args';
import { NetworkAnalysisModel } from '../models/metrics.model';
import { NetworkSnapshotModel } from '../models/snapshot.model';
import { toFilter, toOptions } from './analysis-options';
import { snapshotModel } from './snapshot.mapper';
import { toAnalysisModel } from './analysis.mapper';
import { AnalysisService } from './analysis.service';

@Resolver()
export class AnalysisResolver {
  constructor(
    private readonly analysis: AnalysisService,
    private readonly moments: MomentService,
    private readonly councils: CouncilService,
  ) {}

  @Allow(Access.CouncilRead, { personData: atPeopleLevel })
  @Query(() => NetworkSnapshotModel, {
    complexity: ANALYTICS_FIELD_COST,
    description:
      'The network of a council as of a date or wave, at a level, filtered. Defaults to today at PEOPLE level.',
  })
  async networkSnapshot(
    @Args() args: SnapshotArgs,
    @Scope() scope: RequestScope,
  ): Promise<NetworkSnapshotModel> {
    await this.councils.assertCouncil(scope);
    const asOf = await this.moments.resolve(scope, args);
    const snapshot = await this.analysis.snapshot(scope, asOf, args.level, toFilter(args.filter));
    return snapshotModel(snapshot, args.level);
  }

  @Allow(Access.CouncilRead, { personData: atPeopleLevel })
  @Query(() => NetworkAnalysisModel, {
    complexity: ANALYTICS_FIELD_COST,
    description:
      'Node and network metrics of a council at a moment, each with its convention. Heavy metrics run in worker threads and are cached until the council changes.',
  })
  async networkAnalysis(
    @Args() args: AnalysisArgs,
    @Scope() scope: RequestScope,
  ): Promise<NetworkAnalysisModel> {
    await this.councils.assertCouncil(scope);
    const asOf = await this.moments.resolve(scope, args);
    const options = toOptions(args);
    const { snapshot, result } = await this.analysis.analyse(scope, asOf, options);
    return toAnalysisModel(snapshot, options, result, scope.researcher);
  }
}
