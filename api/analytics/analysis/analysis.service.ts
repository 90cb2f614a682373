import { Injectable } from '@nestjs/common';
import { RequestScope } from '../../common/request-scope';
import { DomainError } from '../../common/domain-error';
import { splitSources } from '../metrics';
import { projectSnapshot } from '../snapshot/project-snapshot';
import { RawNetwork } from '../snapshot/raw-network';
import { SnapshotRepository } from '../snapshot/snapshot.repository';
import { Grouping, NetworkLevel, Snapshot, SnapshotFilter } from '../snapshot/snapshot-types';
import { AnalyseResult, LinkResult } from '../worker/tasks';
import { WorkerPool } from '../worker/worker-pool';
import { AnalyticsCache } from './analytics-cache';
import { toGraphInput } from './graph-input';

export interface AnalysisOptions {
  level: NetworkLevel;
  filter: SnapshotFilter;
  grouping: Grouping;
  focusGroups: string[];
  directed: boolean;
  includePathMetrics: boolean;
}

/** Above this many nodes, betweenness is split across all workers and summed. */
const PARALLEL_BETWEENNESS_FROM = 400;

/**
 * Snapshots and metrics for a council at a moment, computed off the event loop and cached
 * per (council, moment, options, data version).
 */
@Injectable()
export class AnalysisService {
  constructor(
    private readonly snapshots: SnapshotRepository,
    private readonly pool: WorkerPool,
    private readonly cache: AnalyticsCache,
  ) {}

  async raw(scope: RequestScope, asOf: string): Promise<RawNetwork> {
    const version = await this.version(scope);
    // Labels differ by whether names may be shown, so each variant is cached apart; the
    // metrics themselves are computed on ids and shared.
    const names = scope.revealNames ? 'names' : 'pseudonyms';
    return this.cache.get(scope.councilId, `raw|${asOf}|${version}|${names}`, () =>
      this.snapshots.load(scope.councilId, asOf, scope.revealNames),
    );
  }

  async snapshot(
    scope: RequestScope,
    asOf: string,
    level: NetworkLevel,
    filter: SnapshotFilter,
  ): Promise<Snapshot> {
    return projectSnapshot(await this.raw(scope, asOf), level, filter);
  }

  async analyse(
    scope: RequestScope,
    asOf: string,
    options: AnalysisOptions,
  ): Promise<{ snapshot: Snapshot; result: AnalyseResult }> {
    const version = await this.version(scope);
    const key = `analyse|${asOf}|${JSON.stringify(options)}|${version}`;
    const snapshot = await this.snapshot(scope, asOf, options.level, options.filter);
    const result = await this.cache.get(scope.councilId, key, () =>
      this.compute(snapshot, options),
    );
    return { snapshot, result };
  }

  async suggestLinks(
    scope: RequestScope,
    asOf: string,
    options: AnalysisOptions,
    k: number,
  ): Promise<LinkResult[]> {
    const version = await this.version(scope);
    const snapshot = await this.snapshot(scope, asOf, options.level, options.filter);
    const key = `links|${asOf}|${JSON.stringify(options)}|${k}|${version}`;
    return this.cache.get(scope.councilId, key, () =>
      this.pool.run('links', {
        graph: toGraphInput(snapshot, options.grouping, options.focusGroups),
        directed: false,
        k,
        crossGroupOnly: true,
      }),
    );
  }

  private async version(scope: RequestScope): Promise<number> {
    const version = await this.snapshots.dataVersion(scope.councilId);
    if (version === null) throw DomainError.notFound('Council', scope.councilId);
    return version;
  }

  private async compute(snapshot: Snapshot, options: AnalysisOptions): Promise<AnalyseResult> {
    const graph = toGraphInput(snapshot, options.grouping, options.focusGroups);
    const job = {
      graph,
      directed: options.directed,
      includePathMetrics: options.includePathMetrics,
      strengthWeighted: false,
    };
    const n = graph.nodes.length;
    if (!options.includePathMetrics || n < PARALLEL_BETWEENNESS_FROM)
      return this.pool.run('analyse', job);
    // Brandes' algorithm sums independent per-source contributions: split the sources over
    // the workers, add the parts, normalise as networkx does.
    const parts = await Promise.all(
      splitSources(n, this.pool.size).map((sources) =>
        this.pool.run('betweennessPart', {
          graph,
          directed: options.directed,
          sources: Array.from(sources),
        }),
      ),
    );
    const raw = new Float64Array(n);
    for (const part of parts) for (let i = 0; i < n; i += 1) raw[i] += part[i];
    const scale = n <= 2 ? 1 : 1 / ((n - 1) * (n - 2));
    return this.pool.run('analyse', { ...job, betweenness: Array.from(raw, (x) => x * scale) });
  }
}
