import { ManagedTransaction } from 'neo4j-driver';
import { Label, Rel } from '../../graph/labels';
import type { SheetName } from './sheets';

/** A stored record as the import compares it: its id, its key and its fields by column. */
export interface StoredRecord {
  id: string;
  /** What a file row's id matches: the record's externalId, else its own id. */
  key: string;
  /** The record's values under the sheet's column names; references as record ids. */
  fields: Record<string, unknown>;
}

export type StoredState = Map<SheetName, StoredRecord[]>;

/**
 * One statement per sheet, each reading every record of the council with the fields the
 * sheet compares (references as record ids). Needs $councilId. Ties are read only when the
 * import needs them (a ties sheet, or endMissing).
 */
const READS: Record<SheetName, string> = {
  organisations: `MATCH (o:${Label.Organisation}) WHERE o.councilId = $councilId
    RETURN o.id AS id, coalesce(o.externalId, o.id) AS key, {name: o.name, type: o.typeId,
      sector: o.sectorId, validFrom: o.validFrom, validTo: o.validTo,
      neighbourhoods: COLLECT { MATCH (o)-[:${Rel.Serves}]->(n:${Label.Neighbourhood}) RETURN n.id ORDER BY n.id }} AS fields`,
  teams: `MATCH (t:${Label.Team}) WHERE t.councilId = $councilId
    RETURN t.id AS id, coalesce(t.externalId, t.id) AS key, {name: t.name, type: t.typeId,
      neighbourhood: t.neighbourhoodId, validFrom: t.validFrom, validTo: t.validTo} AS fields`,
  people: `MATCH (p:${Label.Person}) WHERE p.councilId = $councilId
    RETURN p.id AS id, coalesce(p.externalId, p.id) AS key, {pseudonym: p.pseudonym,
      displayName: p.displayName, roleTitle: p.roleTitle, level: p.level,
      blendedRole: coalesce(p.blendedRole, false), validFrom: p.validFrom, validTo: p.validTo} AS fields`,
  memberships: `MATCH (a)-[m:${Rel.MemberOf}|${Rel.HasProfession}|${Rel.PartOf}]->(b)
    WHERE a.councilId = $councilId AND (a:${Label.Person} OR a:${Label.Team})
    RETURN m.id AS id, coalesce(m.externalId, m.id) AS key, {
      person: CASE WHEN a:${Label.Person} THEN a.id END,
      team: CASE WHEN type(m) = '${Rel.MemberOf}' THEN b.id WHEN type(m) = '${Rel.PartOf}' THEN a.id END,
      profession: CASE WHEN type(m) = '${Rel.HasProfession}' THEN b.id END,
      organisation: CASE WHEN type(m) = '${Rel.PartOf}' THEN b.id END,
      validFrom: m.validFrom, validTo: m.validTo} AS fields`,
  ties: `MATCH (t:${Label.Tie}) WHERE t.councilId = $councilId
    RETURN t.id AS id, coalesce(t.externalId, t.id) AS key, {from: t.fromId, fromKind: t.fromKind,
      to: t.toId, toKind: t.toKind, type: t.typeId, directed: t.directed, strength: t.strength,
      frequency: t.frequency, integrationLevel: t.integrationLevel, trust: t.trust,
      source: t.source, confidence: t.confidence, wave: t.waveId, validFrom: t.validFrom,
      validTo: t.validTo, note: t.note} AS fields`,
  waves: `MATCH (w:${Label.Wave}) WHERE w.councilId = $councilId
    RETURN w.id AS id, coalesce(w.externalId, w.id) AS key, {label: w.label, date: w.date,
      method: w.method, responseRate: w.responseRate} AS fields`,
  interventions: `MATCH (i:${Label.Intervention}) WHERE i.councilId = $councilId
    RETURN i.id AS id, coalesce(i.externalId, i.id) AS key, {date: i.date, label: i.label,
      kind: i.kind, description: i.description} AS fields`,
  notes: `MATCH (n:${Label.LearningNote}) WHERE n.councilId = $councilId
    RETURN n.id AS id, coalesce(n.externalId, n.id) AS key, {category: n.categoryId, text: n.text,
      date: n.date, authorRole: n.authorRole, targetKind: n.targetKind,
      target: CASE WHEN n.targetKind = 'COUNCIL' THEN null ELSE n.targetId END} AS fields`,
};

/** Reads the council's records (all sheets, ties only if asked), in one transaction. */
export async function readStoredState(
  tx: ManagedTransaction,
  councilId: string,
  withTies: boolean,
): Promise<StoredState> {
  const sheets = (Object.keys(READS) as SheetName[]).filter((s) => withTies || s !== 'ties');
  const results = await Promise.all(
    sheets.map((sheet) =>
      tx.run<{ id: string; key: string; fields: Record<string, unknown> }>(READS[sheet], {
        councilId,
      }),
    ),
  );
  return new Map(
    sheets.map((sheet, i) => [
      sheet,
      results[i].records.map((r) => ({
        id: r.get('id'),
        key: r.get('key'),
        fields: r.get('fields'),
      })),
    ]),
  );
}

/** The council's neighbourhoods (id, name), for the neighbourhood columns. */
export async function readNeighbourhoods(
  tx: ManagedTransaction,
  councilId: string,
): Promise<{ id: string; name: string }[]> {
  const result = await tx.run<{ id: string; name: string }>(
    `MATCH (:${Label.Council} {id: $councilId})-[:${Rel.HasNeighbourhood}]->(n:${Label.Neighbourhood})
     RETURN n.id AS id, n.name AS name ORDER BY n.name`,
    { councilId },
  );
  return result.records.map((r) => ({ id: r.get('id'), name: r.get('name') }));
}
