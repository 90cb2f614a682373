import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error';
import { RequestScope } from '../../common/request-scope';
import { AnalysisOptions, AnalysisService } from '../analysis/analysis.service';
import { toAnalysisModel } from '../analysis/analysis.mapper';
import { AnalyticsContextRepository } from '../context/analytics-context.repository';
import { ComparisonRowModel, CouncilComparisonModel } from '../models/comparison.model';
import { today } from '../../common/temporal';

/** The same statistics for several councils at a date, or at their corresponding waves. */
@Injectable()
export class ComparisonService {
  constructor(
    private readonly analysis: AnalysisService,
    private readonly context: AnalyticsContextRepository,
  ) {}

  async compare(
    scopes: RequestScope[],
    moment: { asOf?: string; waveLabel?: string },
    options: AnalysisOptions,
  ): Promise<CouncilComparisonModel> {
    const councilIds = scopes.map((s) => s.councilId);
    const names = await this.context.councilNames(councilIds);
    const unknown = councilIds.filter((id) => !names.has(id));
    if (unknown.length > 0) throw DomainError.notFound('Council', unknown.join(', '));
    const rows: ComparisonRowModel[] = [];
    let conventions: CouncilComparisonModel['conventions'] = [];
    for (const scope of scopes) {
      const { councilId } = scope;
      // Wave labels name a wave in each council, so they resolve per council here.
      let asOf = moment.asOf ?? today();
      let waveLabel: string | null = null;
      if (moment.waveLabel) {
        const wave = (await this.context.waves(councilId)).find(
          (w) => w.label.toLowerCase() === moment.waveLabel?.toLowerCase(),
        );
        if (!wave)
          throw DomainError.badInput([
            {
              field: 'waveLabel',
              message: `council "${councilId}" has no wave labelled "${moment.waveLabel}"`,
            },
          ]);
        asOf = wave.date;
        waveLabel = wave.label;
      }
      const { snapshot, result } = await this.analysis.analyse(scope, asOf, options);
      const model = toAnalysisModel(snapshot, options, result, scope.researcher);
      conventions = model.conventions.filter((c) => c.scope !== 'node');
      rows.push({
        councilId,
        councilName: names.get(councilId) ?? councilId,
        asOf,
        waveLabel,
        nodeCount: model.nodeCount,
        edgeCount: model.edgeCount,
        network: model.network,
        mixing: model.mixing,
        groupEI: model.groupEI,
      });
    }
    const groups = [...new Set(rows.flatMap((r) => r.mixing.groups))].sort();
    return { groups, rows, conventions };
  }
}
