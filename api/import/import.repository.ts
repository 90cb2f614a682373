import { Injectable } from '@nestjs/common';
import { ManagedTransaction } from 'neo4j-driver';
import { newId } from '../common/ids';
import { Label, LabelName, Rel } from '../../graph/labels';
import { DATA_VERSION } from '../neo4j/data-version';
import { lockRecords, lockTiePairs } from '../neo4j/locks';
import { pairKey, TieIdentity } from '../tie/tie-rules';
import { Neo4jService } from '../neo4j/neo4j.service';
import { ACTOR_LABEL, ActorKind } from '../tie/models/tie.enums';
import { CONFLICT_LOOKUP } from '../tie/tie.cypher';
import { TARGET_LABEL } from '../learning-note/note-target';
import { NoteTargetKind } from '../learning-note/models/learning-note.model';
import type { ImportPlan, PlannedRecord } from './import-plan';
import type { SheetName } from './sheets';
import type { StoredState } from './stored-state';

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

/**
 * For each candidate in $candidates (identity + index = its row) identical to stored ties:
 * its index and all of their ids (the plan's own ties among them are then set aside), as
 * STORED_CONFLICTS in tie.cypher.ts. Needs $councilId and $candidates.
 */
const IDENTICAL_STORED = `UNWIND $candidates AS c
  ${CONFLICT_LOOKUP}
  RETURN c.index AS index, collect(t.id) AS ids`;

/** Rows per UNWIND statement (as the tie batch writes them). */
export const IMPORT_CHUNK = 2000;

const chunks = <T>(items: T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += IMPORT_CHUNK) out.push(items.slice(i, i + IMPORT_CHUNK));
  return out;
};

const SYNC_ORGANISATION = `
  CALL (o) { MATCH (o)-[r:${Rel.OfType}|${Rel.InSector}]->() DELETE r }
  CALL (o) { MATCH (x:${Label.OrganisationType} {id: o.typeId}) CREATE (o)-[:${Rel.OfType}]->(x) }
  CALL (o) { MATCH (s:${Label.Sector} {id: o.sectorId}) CREATE (o)-[:${Rel.InSector}]->(s) }
  CALL (o, row) { MATCH (o)-[r:${Rel.Serves}]->() WHERE row.neighbourhoodIds IS NOT NULL DELETE r }
  CALL (o, row) {
    UNWIND coalesce(row.neighbourhoodIds, []) AS nid
    MATCH (n:${Label.Neighbourhood} {id: nid}) WHERE n.councilId = o.councilId
    CREATE (o)-[:${Rel.Serves}]->(n)
  }`;

const SYNC_TEAM = `
  CALL (t) { MATCH (t)-[r:${Rel.OfType}|${Rel.InNeighbourhood}]->() DELETE r }
  CALL (t) { MATCH (x:${Label.TeamType} {id: t.typeId}) CREATE (t)-[:${Rel.OfType}]->(x) }
  CALL (t) {
    MATCH (n:${Label.Neighbourhood} {id: t.neighbourhoodId}) WHERE n.councilId = t.councilId
    CREATE (t)-[:${Rel.InNeighbourhood}]->(n)
  }`;

/** Node records: label, and the statement fragment that keeps their links in step. */
const NODES: Partial<Record<SheetName, { label: LabelName; sync: string; alias: string }>> = {
  organisations: { label: Label.Organisation, sync: SYNC_ORGANISATION, alias: 'o' },
  teams: { label: Label.Team, sync: SYNC_TEAM, alias: 't' },
  people: { label: Label.Person, sync: '', alias: 'p' },
  waves: { label: Label.Wave, sync: '', alias: 'w' },
  interventions: { label: Label.Intervention, sync: '', alias: 'i' },
};

const MEMBERSHIP_SHAPE = {
  TEAM: { rel: Rel.MemberOf, from: Label.Person, to: Label.Team, scoped: true },
  PROFESSION: { rel: Rel.HasProfession, from: Label.Person, to: Label.Profession, scoped: false },
  ORGANISATION: { rel: Rel.PartOf, from: Label.Team, to: Label.Organisation, scoped: true },
} as const;

export interface ChangeStamp {
  at: string;
  actor: string;
  reason: string;
}

/**
 * The import's reads and its one write. Everything happens in one transaction of
 * writeInCouncil: the caller reads the stored state, plans, and only if no row has an
 * error calls `write`, which takes the locks, checks identical ties again under them and
 * writes every chunk; any failure rolls the whole import back.
 */
@Injectable()
export class ImportRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** The import's one transaction: a write in the council (see Neo4jService.writeInCouncil). */
  transaction<T>(
    councilId: string,
    work: (tx: ManagedTransaction, changed: (ids?: string[]) => void) => Promise<T>,
  ): Promise<T> {
    return this.neo4j.writeInCouncil(councilId, work);
  }

  /** A read of the council in one read transaction (the export's consistent state). */
  reading<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.neo4j.read(work);
  }

  /**
   * Locks the council's node: imports into one council run one after another, so ten
   * identical files sent at once create their records once (new records have nothing to
   * lock yet). Only imports and a forced delete take it (both first), so other writers
   * never queue behind it. (A council deleted meanwhile is caught by the data-version bump.)
   */
  async lockCouncil(tx: ManagedTransaction, councilId: string): Promise<void> {
    await tx.run(`MATCH (c:${Label.Council} {id: $councilId}) SET c._lock = true REMOVE c._lock`, {
      councilId,
    });
  }

  /** The council's data version (see data-version.ts), read in transaction `tx`. */
  async dataVersion(tx: ManagedTransaction, councilId: string): Promise<number | null> {
    const result = await tx.run<{ v: number }>(DATA_VERSION, { councilId });
    return result.records[0]?.get('v') ?? null;
  }

  /** Reads the council's records (all sheets, ties only if asked), in transaction `tx`. */
  async readState(
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
  async neighbourhoods(
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

  /**
   * Locks what the plan writes or depends on (in the global order), then looks again for
   * stored ties identical to the new or changed ones (another writer may have added one
   * since the plan was made). Returns the rows that now conflict: row → stored tie id.
   */
  async lockAndRecheck(
    tx: ManagedTransaction,
    councilId: string,
    plan: ImportPlan,
  ): Promise<Map<number, string>> {
    const request: Partial<Record<LabelName, string[]>> = {};
    const add = (label: LabelName, id: unknown) => {
      if (typeof id === 'string') (request[label] ??= []).push(id);
    };
    for (const [sheet, records] of plan.records) {
      const node = NODES[sheet];
      for (const r of records) {
        if (r.action === 'unchanged') continue;
        if (node && r.action === 'update') add(node.label, r.id);
        if (sheet === 'memberships' && r.membershipKind) {
          add(MEMBERSHIP_SHAPE[r.membershipKind].from, r.props.fromId);
          if (MEMBERSHIP_SHAPE[r.membershipKind].scoped)
            add(MEMBERSHIP_SHAPE[r.membershipKind].to, r.props.toId);
        }
        if (sheet === 'ties') {
          add(ACTOR_LABEL[r.props.fromKind as ActorKind], r.props.fromId);
          add(ACTOR_LABEL[r.props.toKind as ActorKind], r.props.toId);
          add(Label.Wave, r.props.waveId);
          if (r.action === 'update') add(Label.Tie, r.id);
        }
        if (sheet === 'notes' && r.action === 'update') add(Label.LearningNote, r.id);
      }
    }
    for (const e of plan.ended) add(Label.Tie, e.id);
    const ties = (plan.records.get('ties') ?? []).filter((r) => r.action !== 'unchanged');
    // The records, then the pairs of the new and changed ties (as createTie and updateTie
    // take them), before the identical-tie check below.
    const locked = lockRecords(tx, councilId, request);
    const paired = lockTiePairs(
      tx,
      councilId,
      ties.map((r) => pairKey(r.props as unknown as TieIdentity)),
    );
    await Promise.all([locked, paired]);
    const ended = new Set(plan.ended.map((e) => e.id));
    const mine = new Set((plan.records.get('ties') ?? []).map((r) => r.id));
    const conflicts = new Map<number, string>();
    for (const chunk of chunks(ties)) {
      const candidates = chunk.map((r) => ({
        index: r.row,
        fromId: r.props.fromId,
        fromKind: r.props.fromKind,
        toId: r.props.toId,
        toKind: r.props.toKind,
        typeId: r.props.typeId,
        directed: r.props.directed,
        validFrom: r.props.validFrom,
        validTo: r.props.validTo,
      }));
      const result = await tx.run<{ index: number; ids: string[] }>(IDENTICAL_STORED, {
        councilId,
        candidates,
      });
      for (const record of result.records) {
        // Ties of this file (matched) and ties being ended are judged by the plan already.
        const ids = record.get('ids').filter((id) => !mine.has(id) && !ended.has(id));
        if (ids.length > 0) conflicts.set(record.get('index'), ids[0]);
      }
    }
    return conflicts;
  }

  /** Writes the plan: creates and updates per sheet in dependency order, UNWIND in chunks. */
  async write(
    tx: ManagedTransaction,
    councilId: string,
    plan: ImportPlan,
    stamp: ChangeStamp,
  ): Promise<string[]> {
    const written: string[] = [];
    const of = (sheet: SheetName, action: PlannedRecord['action']) =>
      (plan.records.get(sheet) ?? []).filter((r) => r.action === action);
    for (const sheet of ['organisations', 'teams', 'people', 'waves', 'interventions'] as const) {
      const node = NODES[sheet]!;
      const a = node.alias;
      for (const chunk of chunks(of(sheet, 'create'))) {
        await tx.run(
          `UNWIND $rows AS row
           CREATE (${a}:${node.label}) SET ${a} = row.props, ${a}.councilId = $councilId, ${a}.createdAt = toString(datetime())
           ${node.sync ? `WITH ${a}, row ${node.sync}` : ''}`,
          {
            councilId,
            rows: chunk.map((r) => ({
              props: r.props,
              neighbourhoodIds: r.neighbourhoodIds ?? null,
            })),
          },
        );
        written.push(...chunk.map((r) => r.id));
      }
      for (const chunk of chunks(of(sheet, 'update'))) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (${a}:${node.label} {id: row.id}) WHERE ${a}.councilId = $councilId
           SET ${a} += row.changes
           ${node.sync ? `WITH ${a}, row ${node.sync}` : ''}`,
          {
            councilId,
            rows: chunk.map((r) => ({
              id: r.id,
              changes: r.changes,
              neighbourhoodIds: r.neighbourhoodIds ?? null,
            })),
          },
        );
        written.push(...chunk.map((r) => r.id));
      }
    }
    for (const kind of ['TEAM', 'PROFESSION', 'ORGANISATION'] as const) {
      const shape = MEMBERSHIP_SHAPE[kind];
      const create = of('memberships', 'create').filter((r) => r.membershipKind === kind);
      for (const chunk of chunks(create)) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (a:${shape.from} {id: row.fromId}) WHERE a.councilId = $councilId
           MATCH (b:${shape.to} {id: row.toId}) ${shape.scoped ? 'WHERE b.councilId = $councilId' : ''}
           CREATE (a)-[:${shape.rel} {id: row.id, externalId: row.externalId, validFrom: row.validFrom, validTo: row.validTo}]->(b)`,
          { councilId, rows: chunk.map((r) => r.props) },
        );
        written.push(...chunk.map((r) => r.id));
      }
      const update = of('memberships', 'update').filter((r) => r.membershipKind === kind);
      for (const chunk of chunks(update)) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (a:${shape.from})-[m:${shape.rel} {id: row.id}]->() WHERE a.councilId = $councilId
           SET m += row.changes`,
          { councilId, rows: chunk.map((r) => ({ id: r.id, changes: r.changes })) },
        );
        written.push(...chunk.map((r) => r.id));
      }
    }
    await this.writeTies(tx, councilId, plan, stamp, written);
    await this.writeNotes(tx, councilId, plan, written);
    return written;
  }

  private async writeTies(
    tx: ManagedTransaction,
    councilId: string,
    plan: ImportPlan,
    stamp: ChangeStamp,
    written: string[],
  ): Promise<void> {
    const ties = plan.records.get('ties') ?? [];
    const byKinds = new Map<string, PlannedRecord[]>();
    for (const r of ties.filter((t) => t.action === 'create')) {
      const key = `${String(r.props.fromKind)}|${String(r.props.toKind)}`;
      // Appended in place: copying the group per tie made a 100,000-tie import quadratic.
      const group = byKinds.get(key);
      if (group) group.push(r);
      else byKinds.set(key, [r]);
    }
    for (const group of byKinds.values()) {
      const from = ACTOR_LABEL[group[0].props.fromKind as ActorKind];
      const to = ACTOR_LABEL[group[0].props.toKind as ActorKind];
      for (const chunk of chunks(group)) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (a:${from} {id: row.fromId}) WHERE a.councilId = $councilId
           MATCH (b:${to} {id: row.toId}) WHERE b.councilId = $councilId
           MATCH (tt:${Label.TieType} {id: row.typeId})
           CREATE (t:${Label.Tie}) SET t = row, t.councilId = $councilId, t.version = 1, t.recordedAt = $at
           CREATE (t)-[:${Rel.From}]->(a), (t)-[:${Rel.To}]->(b), (t)-[:${Rel.OfType}]->(tt)`,
          { councilId, at: stamp.at, rows: chunk.map((r) => r.props) },
        );
        written.push(...chunk.map((r) => r.id));
      }
    }
    // Changes keep history exactly as updateTie does: the state before goes into a TieVersion.
    const updates = [
      ...ties
        .filter((t) => t.action === 'update')
        .map((r) => ({ id: r.id, changes: r.changes, versionId: newId('tiev') })),
      ...plan.ended.map((e) => ({
        id: e.id,
        changes: { validTo: e.validTo },
        versionId: newId('tiev'),
      })),
    ];
    for (const chunk of chunks(updates)) {
      await tx.run(
        `UNWIND $rows AS row
         MATCH (t:${Label.Tie} {id: row.id}) WHERE t.councilId = $councilId
         SET t.version = t.version + 1
         CREATE (v:${Label.TieVersion})
         SET v = properties(t), v.id = row.versionId, v.tieId = t.id,
             v.version = t.version - 1, v.changedAt = $at,
             v.changedBy = $actor, v.changeReason = $reason
         CREATE (v)-[:${Rel.VersionOf}]->(t)
         SET t += row.changes, t.recordedAt = $at
         WITH t, row WHERE row.changes.typeId IS NOT NULL
         CALL (t) {
           MATCH (t)-[r:${Rel.OfType}]->() DELETE r
           WITH DISTINCT t MATCH (tt:${Label.TieType} {id: t.typeId}) CREATE (t)-[:${Rel.OfType}]->(tt)
         }`,
        { councilId, rows: chunk, at: stamp.at, actor: stamp.actor, reason: stamp.reason },
      );
      written.push(...chunk.map((r) => r.id));
    }
  }

  private async writeNotes(
    tx: ManagedTransaction,
    councilId: string,
    plan: ImportPlan,
    written: string[],
  ): Promise<void> {
    const notes = (plan.records.get('notes') ?? []).filter((r) => r.action !== 'unchanged');
    const byKind = new Map<NoteTargetKind, PlannedRecord[]>();
    for (const r of notes) {
      const kind = r.props.targetKind as NoteTargetKind;
      if (kind === NoteTargetKind.COUNCIL) r.props.targetId = councilId;
      const group = byKind.get(kind);
      if (group) group.push(r);
      else byKind.set(kind, [r]);
    }
    for (const [kind, group] of byKind) {
      const label = TARGET_LABEL[kind];
      const inCouncil =
        kind === NoteTargetKind.COUNCIL ? 'x.id = $councilId' : 'x.councilId = $councilId';
      for (const chunk of chunks(group)) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (x:${label} {id: row.props.targetId}) WHERE ${inCouncil}
           MATCH (c:${Label.NoteCategory} {id: row.props.categoryId})
           MERGE (n:${Label.LearningNote} {id: row.props.id})
           ON CREATE SET n.createdAt = toString(datetime())
           SET n += row.props, n.councilId = $councilId
           WITH n, x, c
           CALL (n) { MATCH (n)-[r:${Rel.About}|${Rel.InCategory}]->() DELETE r }
           CREATE (n)-[:${Rel.About}]->(x), (n)-[:${Rel.InCategory}]->(c)`,
          { councilId, rows: chunk.map((r) => ({ props: r.props })) },
        );
        written.push(...chunk.map((r) => r.id));
      }
    }
  }
}
