import { NetworkLevelEnum } from '../models/enums';
import { NetworkSnapshotModel } from '../models/snapshot.model';
import { toTable } from '../models/table.scalar';
import { Snapshot } from '../snapshot/snapshot-types';
import { SNAPSHOT_CONVENTION } from './analysis-options';

const NODE_COLUMNS = [
  'id',
  'kind',
  'label',
  'teamId',
  'teamTypeId',
  'organisationId',
  'organisationTypeId',
  'sectorId',
  'professionId',
  'neighbourhoodId',
  'blendedRole',
  'size',
  'internalTies',
] as const;
const EDGE_COLUMNS = [
  'id',
  'source',
  'target',
  'typeId',
  'directed',
  'count',
  'strength',
  'integrationLevel',
  'tieIds',
] as const;

/** Typed lists and compact tables over the same snapshot; tables are built only if asked for. */
export function snapshotModel(snapshot: Snapshot, level: NetworkLevelEnum): NetworkSnapshotModel {
  return {
    ...snapshot,
    level,
    convention: SNAPSHOT_CONVENTION,
    get nodeTable() {
      return toTable(snapshot.nodes, [...NODE_COLUMNS]);
    },
    get edgeTable() {
      return toTable(snapshot.edges, [...EDGE_COLUMNS]);
    },
  };
}
