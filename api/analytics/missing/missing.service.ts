import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error';
import { RequestScope } from '../../common/request-scope';
import { AnalysisOptions, AnalysisService } from '../analysis/analysis.service';
import { toGraphInput } from '../analysis/graph-input';
import { AnalyticsContextRepository } from '../context/analytics-context.repository';
import {
  MissingConnectionModel,
  MissingConnectionsModel,
  RemovalSimulationModel,
} from '../models/missing.model';
import { evaluateBlueprint } from './blueprint-gaps';
import { simulateRemoval } from './simulate-removal';

const CONVENTION =
  'Blueprint gaps: team pairs the blueprint expects with no tie of the expected type between the teams or their members (either direction), closest pairs first (fewest steps through existing ties: the easiest introductions). ' +
  'Fragility: articulation points (direction ignored), by cross-group pairs that would lose every path. ' +
  'Suggestions: non-adjacent pairs in different groups with common neighbours, by Adamic-Adar (networkx adamic_adar_index).';

@Injectable()
export class MissingService {
  constructor(
    private readonly analysis: AnalysisService,
    private readonly context: AnalyticsContextRepository,
  ) {}

  async missing(
    scope: RequestScope,
    asOf: string,
    blueprintId: string,
    options: AnalysisOptions,
    limit: number,
  ): Promise<MissingConnectionsModel> {
    const blueprint = await this.context.blueprint(blueprintId, scope.councilId);
    if (!blueprint) throw DomainError.notFound('Blueprint', blueprintId);
    const raw = await this.analysis.raw(scope, asOf);
    const names = await this.context.neighbourhoodNames(scope.councilId);
    const evaluation = evaluateBlueprint(raw, blueprint);
    const gaps = [...evaluation.gaps].sort(
      (a, b) =>
        (a.distance ?? 99) - (b.distance ?? 99) ||
        (a.neighbourhoodId ?? '').localeCompare(b.neighbourhoodId ?? '') ||
        a.from.name.localeCompare(b.from.name) ||
        a.to.name.localeCompare(b.to.name),
    );
    const items: Omit<MissingConnectionModel, 'rank'>[] = gaps.map((g) => ({
      kind: 'BLUEPRINT_GAP',
      reason: `${g.expectation.description} No ${g.expectation.tieTypeId} tie between ${g.from.name} and ${g.to.name}${g.distance ? `; they are ${g.distance} step${g.distance === 1 ? '' : 's'} apart through existing ties` : '; no existing path links them'}.`,
      fromId: g.from.id,
      fromLabel: g.from.name,
      toId: g.to.id,
      toLabel: g.to.name,
      tieTypeId: g.expectation.tieTypeId,
      neighbourhoodId: g.neighbourhoodId,
      neighbourhoodName: g.neighbourhoodId ? (names.get(g.neighbourhoodId) ?? null) : null,
      score: g.distance ? 1 / (1 + g.distance) : 0,
    }));
    const { snapshot, result } = await this.analysis.analyse(scope, asOf, {
      ...options,
      includePathMetrics: false,
    });
    const labels = new Map(snapshot.nodes.map((n) => [n.id, n.label]));
    const groups = new Map(
      toGraphInput(snapshot, options.grouping, options.focusGroups).nodes.map((n) => [
        n.id,
        n.group ?? null,
      ]),
    );
    const col = (m: string) => result.node.values[m] ?? [];
    const fragility = result.network.structure.articulationPoints
      .map((nodeId) => {
        const i = result.node.nodeIds.indexOf(nodeId);
        return {
          nodeId,
          label: labels.get(nodeId) ?? nodeId,
          group: groups.get(nodeId) ?? null,
          articulationPoint: true,
          lostPairs: col('fragility.lostPairs')[i] ?? 0,
          lostCrossGroupPairs: col('fragility.lostCrossGroupPairs')[i] ?? 0,
          componentsAfter: col('fragility.componentsAfter')[i] ?? 0,
        };
      })
      .sort((a, b) => b.lostCrossGroupPairs - a.lostCrossGroupPairs || b.lostPairs - a.lostPairs);
    for (const f of fragility.slice(0, limit)) {
      items.push({
        kind: 'FRAGILITY',
        reason: `If ${f.label} leaves, ${f.lostPairs} pairs lose every path between them (${f.lostCrossGroupPairs} across groups) and the network splits into ${f.componentsAfter} components.`,
        fromId: f.nodeId,
        fromLabel: f.label,
        toId: null,
        toLabel: null,
        tieTypeId: null,
        neighbourhoodId: null,
        neighbourhoodName: null,
        score: f.lostCrossGroupPairs,
      });
    }
    for (const s of await this.analysis.suggestLinks(scope, asOf, options, limit)) {
      items.push({
        kind: 'SUGGESTION',
        reason: `${labels.get(s.source)} (${groups.get(s.source)}) and ${labels.get(s.target)} (${groups.get(s.target)}) are not tied but share ${s.commonNeighbours} contacts (Adamic-Adar ${s.adamicAdar.toFixed(2)}, Jaccard ${s.jaccard.toFixed(2)}).`,
        fromId: s.source,
        fromLabel: labels.get(s.source) ?? s.source,
        toId: s.target,
        toLabel: labels.get(s.target) ?? s.target,
        tieTypeId: null,
        neighbourhoodId: null,
        neighbourhoodName: null,
        score: s.adamicAdar,
      });
    }
    return {
      councilId: scope.councilId,
      asOf,
      blueprint: { id: blueprint.id, name: blueprint.name },
      expectedPairs: evaluation.expectedPairs,
      metPairs: evaluation.metPairs,
      items: items
        .slice(0, Math.max(limit, gaps.length))
        .map((item, i) => ({ rank: i + 1, ...item })),
      blueprintProgress: evaluation.progress.map((p) => ({
        ...p,
        neighbourhoodName: p.neighbourhoodId ? (names.get(p.neighbourhoodId) ?? null) : null,
      })),
      fragility,
      convention: CONVENTION,
    };
  }

  async simulate(
    scope: RequestScope,
    asOf: string,
    nodeIds: string[],
    options: AnalysisOptions,
  ): Promise<RemovalSimulationModel> {
    const snapshot = await this.analysis.snapshot(scope, asOf, options.level, options.filter);
    const groups = new Map(
      toGraphInput(snapshot, options.grouping, options.focusGroups).nodes.map((n) => [
        n.id,
        n.group ?? null,
      ]),
    );
    const missing = nodeIds.filter((id) => !groups.has(id));
    if (missing.length > 0) throw DomainError.notFound('Node', missing.join(', '));
    return {
      ...simulateRemoval(snapshot, nodeIds, (id) => groups.get(id) ?? null),
      convention:
        'Reachability ignores tie direction; pairs are counted among the actors who stay; groups by the chosen grouping (focus groups only, when given).',
    };
  }
}
