import { RawNetwork, RawTie } from './raw-network';
import {
  Grouping,
  NetworkLevel,
  Snapshot,
  SnapshotEdge,
  SnapshotFilter,
  SnapshotNode,
} from './snapshot-types';

type ActorAttrs = Omit<SnapshotNode, 'size' | 'internalTies'>;

/** Every actor valid at the moment with the attributes it has then (team, sector, ...). */
export function actorAttributes(raw: RawNetwork): Map<string, ActorAttrs> {
  const orgs = new Map(raw.organisations.map((o) => [o.id, o]));
  const teams = new Map(raw.teams.map((t) => [t.id, t]));
  const actors = new Map<string, ActorAttrs>();
  for (const o of raw.organisations) {
    actors.set(o.id, {
      id: o.id,
      kind: 'ORGANISATION',
      label: o.name,
      teamId: null,
      teamTypeId: null,
      organisationId: o.id,
      organisationTypeId: o.typeId,
      sectorId: o.sectorId,
      professionId: null,
      neighbourhoodId: null,
      blendedRole: false,
    });
  }
  for (const t of raw.teams) {
    const org = t.organisationId ? orgs.get(t.organisationId) : undefined;
    actors.set(t.id, {
      id: t.id,
      kind: 'TEAM',
      label: t.name,
      teamId: t.id,
      teamTypeId: t.typeId,
      organisationId: org?.id ?? null,
      organisationTypeId: org?.typeId ?? null,
      sectorId: org?.sectorId ?? null,
      professionId: null,
      neighbourhoodId: t.neighbourhoodId,
      blendedRole: false,
    });
  }
  for (const p of raw.people) {
    const team = p.teamId ? teams.get(p.teamId) : undefined;
    const org = team?.organisationId ? orgs.get(team.organisationId) : undefined;
    actors.set(p.id, {
      id: p.id,
      kind: 'PERSON',
      label: p.label,
      teamId: team?.id ?? null,
      teamTypeId: team?.typeId ?? null,
      organisationId: org?.id ?? null,
      organisationTypeId: org?.typeId ?? null,
      sectorId: org?.sectorId ?? null,
      professionId: p.professionId,
      neighbourhoodId: team?.neighbourhoodId ?? null,
      blendedRole: p.blendedRole,
    });
  }
  return actors;
}

function passes(a: ActorAttrs, f: SnapshotFilter): boolean {
  if (f.sectorIds?.length && !(a.sectorId && f.sectorIds.includes(a.sectorId))) return false;
  if (
    f.professionIds?.length &&
    a.kind === 'PERSON' &&
    !(a.professionId && f.professionIds.includes(a.professionId))
  )
    return false;
  if (f.professionIds?.length && a.kind !== 'PERSON') return false;
  if (
    f.neighbourhoodIds?.length &&
    a.kind !== 'ORGANISATION' &&
    !(a.neighbourhoodId && f.neighbourhoodIds.includes(a.neighbourhoodId))
  )
    return false;
  return true;
}

/** The node an actor belongs to at a level, or null when it has none there. */
function nodeKeyAt(level: NetworkLevel, a: ActorAttrs): string | null {
  switch (level) {
    case 'PEOPLE':
      return a.id;
    case 'TEAMS':
      return a.kind === 'ORGANISATION' ? a.id : a.teamId;
    case 'ORGANISATIONS':
      return a.organisationId;
    case 'PROFESSIONS':
      return a.kind === 'PERSON' ? a.professionId : null;
    case 'SECTORS':
      return a.sectorId;
  }
}

function aggregateNode(
  level: NetworkLevel,
  key: string,
  a: ActorAttrs,
  names: Map<string, string>,
): ActorAttrs {
  switch (level) {
    case 'PEOPLE':
      return a;
    case 'TEAMS':
      return a.kind === 'ORGANISATION'
        ? a
        : {
            ...a,
            id: key,
            kind: 'TEAM',
            label: names.get(key) ?? key,
            professionId: null,
            blendedRole: false,
          };
    case 'ORGANISATIONS':
      return {
        ...a,
        id: key,
        kind: 'ORGANISATION',
        label: names.get(key) ?? key,
        teamId: null,
        teamTypeId: null,
        professionId: null,
        neighbourhoodId: null,
        blendedRole: false,
      };
    case 'PROFESSIONS':
      return {
        ...a,
        id: key,
        kind: 'PROFESSION',
        label: key,
        teamId: null,
        teamTypeId: null,
        organisationId: null,
        organisationTypeId: null,
        sectorId: null,
        neighbourhoodId: null,
        blendedRole: false,
      };
    case 'SECTORS':
      return {
        ...a,
        id: key,
        kind: 'SECTOR',
        label: key,
        teamId: null,
        teamTypeId: null,
        organisationId: null,
        organisationTypeId: null,
        professionId: null,
        neighbourhoodId: null,
        blendedRole: false,
      };
  }
}

function tiePasses(t: RawTie, f: SnapshotFilter): boolean {
  if (f.tieTypeIds?.length && !f.tieTypeIds.includes(t.typeId)) return false;
  if (f.minStrength != null && t.strength < f.minStrength) return false;
  return true;
}

/**
 * Projects the raw network to a level. At PEOPLE level every tie is its own edge (parallel
 * ties stay distinct); higher levels aggregate the ties below them per pair and tie type,
 * with counts and summed strength; ties inside one aggregated node become its internalTies.
 * At PEOPLE level, teams and organisations appear only when a tie names them directly.
 */
export function projectSnapshot(
  raw: RawNetwork,
  level: NetworkLevel,
  filter: SnapshotFilter = {},
): Snapshot {
  const actors = actorAttributes(raw);
  const names = new Map<string, string>([
    ...raw.teams.map((t) => [t.id, t.name] as const),
    ...raw.organisations.map((o) => [o.id, o.name] as const),
  ]);
  const nodes = new Map<string, SnapshotNode>();
  const addNode = (a: ActorAttrs): SnapshotNode | null => {
    const key = nodeKeyAt(level, a);
    if (key === null) return null;
    let node = nodes.get(key);
    if (!node) {
      node = { ...aggregateNode(level, key, a, names), size: 0, internalTies: 0 };
      nodes.set(key, node);
    }
    return node;
  };
  // Members define aggregated nodes: people at PEOPLE/PROFESSIONS, teams and orgs above.
  for (const a of actors.values()) {
    if (!passes(a, filter)) continue;
    const include =
      level === 'PEOPLE' || level === 'PROFESSIONS'
        ? a.kind === 'PERSON'
        : level === 'TEAMS'
          ? a.kind === 'TEAM'
          : a.kind === 'ORGANISATION';
    if (!include) continue;
    const node = addNode(a);
    if (node) node.size += 1;
  }
  const edges = new Map<string, SnapshotEdge>();
  let excluded = 0;
  for (const t of raw.ties) {
    if (!tiePasses(t, filter)) continue;
    const a = actors.get(t.fromId);
    const b = actors.get(t.toId);
    if (!a || !b || !passes(a, filter) || !passes(b, filter)) continue;
    const from = addNode(a);
    const to = addNode(b);
    if (!from || !to) {
      excluded += 1;
      continue;
    }
    if (from.size === 0) from.size = 1;
    if (to.size === 0) to.size = 1;
    if (from.id === to.id) {
      from.internalTies += 1;
      continue;
    }
    if (level === 'PEOPLE') {
      edges.set(t.id, {
        id: t.id,
        source: from.id,
        target: to.id,
        typeId: t.typeId,
        directed: t.directed,
        count: 1,
        strength: t.strength,
        integrationLevel: t.integrationLevel,
        tieIds: [t.id],
      });
      continue;
    }
    // Undirected ties aggregate per unordered pair; directed ones keep their orientation.
    const [s, d] = t.directed || from.id < to.id ? [from.id, to.id] : [to.id, from.id];
    const key = `${s}|${d}|${t.typeId}|${t.directed ? 'd' : 'u'}`;
    const edge = edges.get(key) ?? {
      id: key,
      source: s,
      target: d,
      typeId: t.typeId,
      directed: t.directed,
      count: 0,
      strength: 0,
      integrationLevel: 0,
      tieIds: [],
    };
    // The sum here, the mean once every tie is in: a running mean rounds differently with
    // the order the ties come in, so the same council could show 4.48 as 4.479999… .
    edge.integrationLevel += t.integrationLevel;
    edge.count += 1;
    edge.strength += t.strength;
    if (edge.tieIds.length < 50) edge.tieIds.push(t.id);
    edges.set(key, edge);
  }
  if (level !== 'PEOPLE') for (const edge of edges.values()) edge.integrationLevel /= edge.count;
  return {
    councilId: raw.councilId,
    asOf: raw.asOf,
    level,
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    excludedTies: excluded,
  };
}

/** The group a node belongs to under a grouping ('unassigned' when it has none). */
export function groupOf(node: SnapshotNode, grouping: Grouping): string {
  const value = {
    TEAM_TYPE: node.teamTypeId ?? (node.kind === 'ORGANISATION' ? node.organisationTypeId : null),
    PROFESSION: node.professionId ?? (node.kind === 'PROFESSION' ? node.id : null),
    SECTOR: node.sectorId ?? (node.kind === 'SECTOR' ? node.id : null),
    ORGANISATION: node.organisationId,
    ORGANISATION_TYPE: node.organisationTypeId,
    NEIGHBOURHOOD: node.neighbourhoodId,
    TEAM: node.teamId,
  }[grouping];
  return value ?? 'unassigned';
}
