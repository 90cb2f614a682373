import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error';
import { RequestScope } from '../../common/request-scope';
import { today } from '../../common/temporal';
import { AnalysisOptions, AnalysisService } from '../analysis/analysis.service';
import { toAnalysisModel } from '../analysis/analysis.mapper';
import { AnalyticsContextRepository } from '../context/analytics-context.repository';
import { NetworkEvolutionModel } from '../models/evolution.model';
import { calendarMoments, defaultSpan, Moment, waveMoments } from './moments';

export type Step = 'WAVES' | 'QUARTERS' | 'MONTHS';

/** The same statistics and group matrix over a series of moments, with interventions. */
@Injectable()
export class EvolutionService {
  constructor(
    private readonly analysis: AnalysisService,
    private readonly context: AnalyticsContextRepository,
  ) {}

  async evolution(
    scope: RequestScope,
    step: Step,
    span: { from?: string; to?: string },
    options: AnalysisOptions,
  ): Promise<NetworkEvolutionModel> {
    const waves = await this.context.waves(scope.councilId);
    const range = { ...defaultSpan(waves, today()), ...definedOnly(span) };
    if (range.from > range.to)
      throw DomainError.badInput([{ field: 'to', message: 'to must not be before from' }]);
    let moments: Moment[];
    if (step === 'WAVES') {
      moments = waveMoments(waves).filter(
        (m) => (!span.from || m.date >= span.from) && (!span.to || m.date <= span.to),
      );
    } else {
      moments = calendarMoments(range.from, range.to, step === 'QUARTERS' ? 3 : 1);
    }
    // Path metrics are left out of series: they are the expensive part and not charted.
    const quick = { ...options, includePathMetrics: false };
    const points = [];
    let conventions: NetworkEvolutionModel['conventions'] = [];
    for (const moment of moments) {
      const { snapshot, result } = await this.analysis.analyse(scope, moment.date, quick);
      const model = toAnalysisModel(snapshot, quick, result, scope.researcher);
      conventions = model.conventions;
      points.push({
        date: moment.date,
        label: moment.label,
        waveId: moment.waveId,
        nodeCount: model.nodeCount,
        edgeCount: model.edgeCount,
        network: model.network,
        mixing: model.mixing,
        groupEI: model.groupEI,
      });
    }
    return {
      councilId: scope.councilId,
      grouping: options.grouping,
      points,
      interventions: await this.context.interventions(scope.councilId),
      conventions: conventions.filter((c) => c.scope !== 'node'),
    };
  }
}

function definedOnly(span: { from?: string; to?: string }): { from?: string; to?: string } {
  return Object.fromEntries(Object.entries(span).filter(([, v]) => v !== undefined));
}
