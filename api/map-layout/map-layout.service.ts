import { Injectable } from '@nestjs/common';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { RequestScope } from '../common/request-scope';
import { CouncilService } from '../council/council.service';
import { MapLayoutArgs, SaveMapLayoutInput } from './dto/map-layout.args';
import { MapLayoutRepository, MAX_STORED_POSITIONS, StoredLayout } from './map-layout.repository';
import { MapAlgorithm } from './models/map-layout.enums';
import { MapLayout } from './models/map-layout.model';

/** One stored layout per council, level and grouping. */
function layoutKey(args: Pick<MapLayoutArgs, 'level' | 'grouping'>): string {
  return `${args.level}|${args.grouping}`;
}

const NOT_LAID_OUT: StoredLayout = {
  ids: [],
  xs: [],
  ys: [],
  pinned: [],
  algorithm: MapAlgorithm.FORCE,
  updatedAt: null,
};

@Injectable()
export class MapLayoutService {
  constructor(
    private readonly layouts: MapLayoutRepository,
    private readonly councils: CouncilService,
    private readonly audit: AuditService,
  ) {}

  /** The saved layout; with no positions when nobody has laid this map out yet. */
  async get(scope: RequestScope, args: MapLayoutArgs): Promise<MapLayout> {
    await this.councils.assertCouncil(scope);
    const stored = await this.layouts.get(scope.councilId, layoutKey(args));
    return toModel(args, stored ?? NOT_LAID_OUT);
  }

  async save(
    scope: RequestScope,
    who: AuditActor,
    args: MapLayoutArgs,
    input: SaveMapLayoutInput,
  ): Promise<MapLayout> {
    await this.councils.assertCouncil(scope);
    const outcome = await this.layouts.save(
      scope.councilId,
      layoutKey(args),
      input.positions,
      input.replace,
      input.algorithm,
      scope.actor,
    );
    if (outcome === 'no-council') throw DomainError.notFound('Council', scope.councilId);
    if (outcome === 'too-many') {
      throw DomainError.badInput([
        {
          field: 'input.positions',
          message: `a saved map holds at most ${MAX_STORED_POSITIONS} nodes; re-lay it out (replace) to drop old ones`,
        },
      ]);
    }
    // Who reshaped the shared picture, and how much: not every coordinate.
    await this.audit.record(who, {
      action: 'SETTINGS_CHANGED',
      operation: 'saveMapLayout',
      councilId: scope.councilId,
      entityKind: 'MapLayout',
      entityIds: [layoutKey(args)],
      changes: [
        {
          entityId: layoutKey(args),
          field: input.replace ? 'relaidOut' : 'moved',
          before: null,
          after: JSON.stringify(`${input.positions.length} nodes`),
        },
      ],
    });
    return toModel(args, outcome);
  }
}

function toModel(args: MapLayoutArgs, stored: StoredLayout): MapLayout {
  const pinned = new Set(stored.pinned);
  return {
    level: args.level,
    grouping: args.grouping,
    algorithm: stored.algorithm,
    updatedAt: stored.updatedAt,
    positions: stored.ids.map((id, i) => ({
      id,
      x: stored.xs[i],
      y: stored.ys[i],
      pinned: pinned.has(id),
    })),
  };
}
