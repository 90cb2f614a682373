import { RawNetwork } from '../../analytics/snapshot/raw-network';
import { isValidAt } from '../../neo4j/validity';
import { HistoryNetwork, PeriodLink } from './history-types';

/**
 * The link valid at `date` that started last, as SnapshotRepository.load picks it
 * (`head(... WHERE validAt(m) ORDER BY m.validFrom DESC)`); ties on validFrom go to the
 * smaller id so the answer does not depend on storage order.
 */
function currentLink(links: PeriodLink[], date: string): string | null {
  let best: PeriodLink | null = null;
  for (const link of links) {
    if (!isValidAt(link, date)) continue;
    if (
      !best ||
      link.validFrom > best.validFrom ||
      (link.validFrom === best.validFrom && link.id < best.id)
    )
      best = link;
  }
  return best?.id ?? null;
}

/**
 * The council's history as it stood on `date`: exactly what SnapshotRepository.load reads
 * from the database for that date (a test compares the two), computed in memory so that a
 * timeline of many dates costs one read.
 */
export function rawAt(history: HistoryNetwork, date: string): RawNetwork {
  return {
    councilId: history.councilId,
    asOf: date,
    people: history.people
      .filter((p) => isValidAt(p, date))
      .map((p) => ({
        id: p.id,
        label: p.label,
        level: p.level,
        blendedRole: p.blendedRole,
        teamId: currentLink(p.teams, date),
        professionId: currentLink(p.professions, date),
      })),
    teams: history.teams
      .filter((t) => isValidAt(t, date))
      .map((t) => ({
        id: t.id,
        name: t.name,
        typeId: t.typeId,
        neighbourhoodId: t.neighbourhoodId,
        organisationId: currentLink(t.organisations, date),
      })),
    organisations: history.organisations
      .filter((o) => isValidAt(o, date))
      .map(({ id, name, typeId, sectorId }) => ({ id, name, typeId, sectorId })),
    ties: history.ties
      .filter((t) => isValidAt(t, date))
      .map((t) => ({
        id: t.id,
        typeId: t.typeId,
        directed: t.directed,
        strength: t.strength,
        integrationLevel: t.integrationLevel,
        fromId: t.fromId,
        fromKind: t.fromKind,
        toId: t.toId,
        toKind: t.toKind,
        validFrom: t.validFrom,
        validTo: t.validTo,
      })),
  };
}

/** Every date on which something in the history starts or ends, in order. */
export function changeDates(history: HistoryNetwork): string[] {
  const dates = new Set<string>();
  const add = (p: { validFrom: string; validTo: string | null }) => {
    dates.add(p.validFrom);
    if (p.validTo) dates.add(p.validTo);
  };
  for (const p of history.people) {
    add(p);
    p.teams.forEach(add);
    p.professions.forEach(add);
  }
  for (const t of history.teams) {
    add(t);
    t.organisations.forEach(add);
  }
  history.organisations.forEach(add);
  history.ties.forEach(add);
  return [...dates].sort();
}
