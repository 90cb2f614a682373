import { Label } from '../../../graph/labels';
import { AuditEventRepository } from '../../../api/audit/audit-event.repository';
import { auditActor, AuditService } from '../../../api/audit/audit.service';
import { ensureStripes } from '../../../api/neo4j/data-version';
import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { PendingAudit, runInRequest } from '../../../api/common/request-context';
import { testConnection, uniqueId } from '../../support/test-neo4j';

/**
 * A write that names the records it changed (`changed(ids)`) writes the request's audit
 * event inside its own transaction (Neo4jService.writeInCouncil): the change and its audit
 * commit together, or neither does. Against the real Neo4j.
 */
describe('the audit event of a write commits with the write', () => {
  const neo4j = new Neo4jService(testConnection());
  const audit = new AuditService(new AuditEventRepository(neo4j));
  const councilId = uniqueId('audit-tx');
  const who = auditActor(undefined, '127.0.0.1');

  beforeAll(async () => {
    await neo4j.query(
      `CREATE (c:${Label.Council} {id: $councilId, name: 'Audit in transaction', uid: randomUUID()})
       WITH c ${ensureStripes('c')}`,
      { councilId },
      'WRITE',
    );
  });
  afterAll(async () => {
    await neo4j.query(
      `MATCH (n) WHERE n.councilId = $councilId OR (n:${Label.Council} AND n.id = $councilId)
       DETACH DELETE n`,
      { councilId },
      'WRITE',
    );
    await neo4j.driver.close();
  });

  /** The pending event the audit interceptor would leave for the request. */
  function pending(operation: string): PendingAudit {
    return {
      recorded: false,
      record: (tx, ids, known, then) =>
        audit.recordIn(
          tx,
          who,
          { action: 'CREATE', operation, councilId, entityKind: Label.Team, entityIds: ids },
          { label: Label.Team, councilId, ids, before: new Map() },
          known,
          then,
        ),
    };
  }

  /** Creates a team in the council, then optionally fails before commit. */
  function createTeam(id: string, failAfterWrite: boolean) {
    return neo4j.writeInCouncil(councilId, async (tx, changed) => {
      await tx.run(`CREATE (:${Label.Team} {id: $id, councilId: $councilId, name: 'T'})`, {
        id,
        councilId,
      });
      changed([id]);
      if (failAfterWrite) throw new Error('failed after the write, before commit');
      return id;
    });
  }

  async function stored(id: string): Promise<{ teams: number; events: string[] }> {
    const result = await neo4j.query<{ teams: number; events: string[] }>(
      `RETURN COUNT { MATCH (t:${Label.Team} {id: $id}) } AS teams,
              COLLECT { MATCH (e:${Label.AuditEvent}) WHERE $id IN e.entityIds RETURN e.changes } AS events`,
      { id },
    );
    return result.records[0].toObject();
  }

  it('a committed write has exactly one event, with the state after, and is marked recorded', async () => {
    const id = uniqueId('team');
    const event = pending('createTeamInTx');
    await runInRequest({ requestId: 'audit-tx-1', pendingAudit: event }, () =>
      createTeam(id, false),
    );
    expect(event.recorded).toBe(true);
    const after = await stored(id);
    expect(after.teams).toBe(1);
    expect(after.events).toHaveLength(1);
    const changes = JSON.parse(after.events[0]) as { field: string; after: string | null }[];
    expect(changes).toContainEqual(expect.objectContaining({ field: 'name', after: '"T"' }));
  });

  it('a write that fails before commit leaves neither the change nor its event', async () => {
    const id = uniqueId('team');
    const event = pending('createTeamInTx');
    await expect(
      runInRequest({ requestId: 'audit-tx-2', pendingAudit: event }, () => createTeam(id, true)),
    ).rejects.toThrow('failed after the write, before commit');
    expect(event.recorded).toBe(false);
    expect(await stored(id)).toEqual({ teams: 0, events: [] });
  });

  it('a write into a council that no longer exists rolls back with its event', async () => {
    const id = uniqueId('team');
    const event = pending('createTeamInTx');
    const elsewhere = uniqueId('no-such-council');
    await expect(
      runInRequest({ requestId: 'audit-tx-3', pendingAudit: event }, () =>
        neo4j.writeInCouncil(elsewhere, async (tx, changed) => {
          await tx.run(`CREATE (:${Label.Team} {id: $id, councilId: $councilId})`, {
            id,
            councilId,
          });
          changed([id]);
        }),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(event.recorded).toBe(false);
    expect(await stored(id)).toEqual({ teams: 0, events: [] });
  });
});
