import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error';
import { RequestScope } from '../../common/request-scope';
import { AnalysisOptions, AnalysisService } from '../analysis/analysis.service';
import { NetworkDiffModel, NodeMetricChangeModel } from '../models/diff.model';
import { diffSnapshots } from './diff-snapshots';

const TRACKED = ['betweenness', 'degree', 'brokerageTotal'];

@Injectable()
export class DiffService {
  constructor(private readonly analysis: AnalysisService) {}

  async diff(
    scope: RequestScope,
    from: string,
    to: string,
    options: AnalysisOptions,
  ): Promise<NetworkDiffModel> {
    if (from > to)
      throw DomainError.badInput([
        { field: 'to', message: 'the later moment must not be before the earlier one' },
      ]);
    const [a, b] = await Promise.all([
      this.analysis.analyse(scope, from, options),
      this.analysis.analyse(scope, to, options),
    ]);
    const diff = diffSnapshots(a.snapshot, b.snapshot);
    const labels = new Map([...a.snapshot.nodes, ...b.snapshot.nodes].map((n) => [n.id, n.label]));
    const metricChanges: NodeMetricChangeModel[] = [];
    for (const metric of TRACKED) {
      const before = column(a.result.node.nodeIds, a.result.node.values[metric]);
      const after = column(b.result.node.nodeIds, b.result.node.values[metric]);
      const ids = new Set([...before.keys(), ...after.keys()]);
      const rows = [...ids].map((nodeId) => {
        const x = before.get(nodeId) ?? null;
        const y = after.get(nodeId) ?? null;
        return {
          nodeId,
          label: labels.get(nodeId) ?? nodeId,
          metric,
          before: x,
          after: y,
          delta: (y ?? 0) - (x ?? 0),
        };
      });
      rows.sort(
        (p, q) => Math.abs(q.delta) - Math.abs(p.delta) || p.nodeId.localeCompare(q.nodeId),
      );
      metricChanges.push(...rows.filter((r) => r.delta !== 0).slice(0, 20));
    }
    const conventions = { ...b.result.node.conventions };
    return {
      councilId: scope.councilId,
      from,
      to,
      level: options.level,
      counts: diff.counts,
      changes: diff.changes,
      joined: diff.joined.map((n) => ({ id: n.id, label: n.label, kind: n.kind })),
      left: diff.left.map((n) => ({ id: n.id, label: n.label, kind: n.kind })),
      metricChanges,
      conventions: TRACKED.filter((m) => conventions[m]).map((m) => ({
        ...conventions[m],
        weighted: conventions[m].weighted ?? null,
      })),
    };
  }
}

function column(ids: string[], values: (number | null)[] | undefined): Map<string, number | null> {
  return new Map(ids.map((id, i) => [id, values?.[i] ?? null]));
}
