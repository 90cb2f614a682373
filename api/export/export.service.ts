import { Injectable } from '@nestjs/common';
import { AnalysisOptions, AnalysisService } from '../analytics/analysis/analysis.service';
import { AnalyticsContextRepository } from '../analytics/context/analytics-context.repository';
import { GroupingEnum } from '../analytics/models/enums';
import { NetworkLevel, SnapshotFilter } from '../analytics/snapshot/snapshot-types';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError, DomainErrorCode } from '../common/domain-error';
import { RequestScope } from '../common/request-scope';
import { today } from '../common/temporal';
import { CouncilService } from '../council/council.service';
import { MomentService } from '../moment/moment.service';
import { ExportQuery } from './dto/export-query';
import { exportEdge, ExportGraph, exportGraph, exportNode } from './export-graph';
import { ExportMeta, exportMeta } from './export-meta';
import { ExportRepository } from './export.repository';
import { MetricRow } from './formats/csv';
import { timeline } from './history/timeline';
import { metricName, metricNote } from './metric-names';

/** Where and when an export reads the council, resolved once from its query. */
export interface ExportCut {
  asOf: string;
  waveId: string | null;
  /** True when the request named the moment (asOf or wave). */
  given: boolean;
  level: NetworkLevel;
  filter: SnapshotFilter;
}

/** The GraphQL `networkAnalysis` defaults, so an export's numbers are the API's (and cached). */
function analysisOptions(cut: ExportCut): AnalysisOptions {
  return {
    level: cut.level,
    filter: cut.filter,
    grouping: GroupingEnum.TEAM_TYPE,
    focusGroups: [],
    directed: false,
    includePathMetrics: true,
  };
}

/**
 * The research exports: the moment's network (the same snapshot and metrics as the GraphQL
 * analytics), with tie details, the history's spells for GEXF, and the node metrics per wave.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly analysis: AnalysisService,
    private readonly context: AnalyticsContextRepository,
    private readonly exports: ExportRepository,
    private readonly moments: MomentService,
    private readonly councils: CouncilService,
    private readonly audit: AuditService,
  ) {}

  /** The council must exist; the moment as the GraphQL reads resolve it (an unknown wave is bad input). */
  async cut(scope: RequestScope, query: ExportQuery): Promise<ExportCut> {
    await this.councils.assertCouncil(scope);
    let asOf: string;
    try {
      asOf = await this.moments.resolve(scope, query);
    } catch (error) {
      // A query-string parameter naming no wave of the council is a bad request (400) here.
      if (error instanceof DomainError && error.code === DomainErrorCode.NotFound) {
        throw DomainError.badInput([
          { field: 'wave', message: `wave "${query.wave}" is not a wave of this council` },
        ]);
      }
      throw error;
    }
    return {
      asOf,
      waveId: query.wave ?? null,
      given: Boolean(query.asOf || query.wave),
      level: query.level,
      filter: {
        tieTypeIds: query.tieTypeIds ?? null,
        sectorIds: query.sectorIds ?? null,
        professionIds: query.professionIds ?? null,
        neighbourhoodIds: query.neighbourhoodIds ?? null,
        minStrength: query.minStrength ?? null,
      },
    };
  }

  private meta(scope: RequestScope, cut: ExportCut): ExportMeta {
    return exportMeta({
      councilId: scope.councilId,
      moment: cut.asOf,
      waveId: cut.waveId,
      level: cut.level,
      filter: cut.filter,
      pseudonymised: !scope.revealNames,
      researcher: scope.researcher,
    });
  }

  /** The network at the moment: GraphML, CSV and JSON. */
  async graph(scope: RequestScope, cut: ExportCut): Promise<ExportGraph> {
    const snapshot = await this.analysis.snapshot(scope, cut.asOf, cut.level, cut.filter);
    const details = await this.exports.tieDetails(
      scope.councilId,
      snapshot.edges.flatMap((e) => e.tieIds),
    );
    return exportGraph(this.meta(scope, cut), snapshot, details, scope.researcher);
  }

  /**
   * Every node and edge the history ever held at this level (filtered), each with its
   * spells; attributes as at the moment, or as last seen for what did not exist then.
   */
  async dynamicGraph(scope: RequestScope, cut: ExportCut): Promise<ExportGraph> {
    const [snapshot, history] = await Promise.all([
      this.analysis.snapshot(scope, cut.asOf, cut.level, cut.filter),
      this.exports.history(scope.councilId, scope.revealNames),
    ]);
    const line = await timeline(history, cut.level, cut.filter);
    const details = new Map(history.ties.map((t) => [t.id, t]));
    const nodesNow = new Map(snapshot.nodes.map((n) => [n.id, n]));
    const edgesNow = new Map(snapshot.edges.map((e) => [e.id, e]));
    return {
      meta: this.meta(scope, cut),
      nodes: [...line.nodeSpells].map(([id, spells]) => ({
        ...exportNode(nodesNow.get(id) ?? line.lastNodes.get(id)!, scope.researcher),
        spells,
      })),
      edges: [...line.edgeSpells].map(([id, spells]) => ({
        ...exportEdge(edgesNow.get(id) ?? line.lastEdges.get(id)!, details),
        spells,
      })),
    };
  }

  /**
   * Node metrics in long form: at the requested moment when one was named, otherwise at
   * every wave of the council (today when it has none), as `networkAnalysis` computes them.
   */
  async metrics(
    scope: RequestScope,
    cut: ExportCut,
  ): Promise<{ meta: ExportMeta; notes: string[]; rows: MetricRow[]; dates: string[] }> {
    const waves = cut.given ? [] : await this.context.waves(scope.councilId);
    const moments = cut.given
      ? [{ date: cut.asOf, id: cut.waveId, label: null as string | null }]
      : waves.length
        ? waves.map((w) => ({
            date: w.date,
            id: w.id,
            label: w.label,
          }))
        : [{ date: today(), id: null, label: null }];
    const rows: MetricRow[] = [];
    const notes = new Map<string, string>();
    for (const moment of moments) {
      const { result } = await this.analysis.analyse(scope, moment.date, analysisOptions(cut));
      for (const [metric, column] of Object.entries(result.node.values)) {
        const convention = result.node.conventions[metric];
        const name = metricName(convention);
        notes.set(name, metricNote(name, convention));
        result.node.nodeIds.forEach((nodeId, i) =>
          rows.push({
            node_id: nodeId,
            wave_id: moment.id,
            wave_label: moment.label,
            moment: moment.date,
            metric: name,
            value: column[i],
          }),
        );
      }
    }
    const dates = moments.map((m) => m.date);
    const meta = this.meta(scope, { ...cut, asOf: dates.join(',') });
    return { meta, notes: [...notes.values()], rows, dates };
  }

  /**
   * As the GraphQL reads are audited (AuditInterceptor.auditRead): a researcher's read of
   * people-level data, else any read through an API token.
   */
  async recordRead(
    who: AuditActor,
    tokenId: string | null,
    scope: RequestScope,
    operation: string,
    level: NetworkLevel,
  ): Promise<void> {
    if (scope.researcher && level === 'PEOPLE') {
      await this.audit.record(who, {
        action: 'PERSON_DATA_READ',
        operation,
        councilId: scope.councilId,
      });
    } else if (tokenId) {
      await this.audit.record(who, {
        action: 'TOKEN_EXPORT',
        operation,
        councilId: scope.councilId,
      });
    }
  }
}
