import { Injectable } from '@nestjs/common';
import { Label } from '../../graph/labels';
import { Neo4jService } from '../neo4j/neo4j.service';
import { AuditEvent } from './models/audit-event.model';

const AUDIT_PROJECTION = `e { .id, .action, .entityKind, .entityId, .snapshot, .reason, .at, .actor }`;

@Injectable()
export class AuditEventRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async list(
    councilId: string,
    entityId: string | null,
    offset: number,
    limit: number,
  ): Promise<{ items: AuditEvent[]; total: number }> {
    const result = await this.neo4j.query(
      `MATCH (e:${Label.AuditEvent}) WHERE e.councilId = $councilId
         AND ($entityId IS NULL OR e.entityId = $entityId)
       WITH e ORDER BY e.at DESC, e.id
       WITH collect(e) AS matched
       RETURN size(matched) AS total,
              [e IN matched[$offset..($offset + $limit)] | ${AUDIT_PROJECTION}] AS items`,
      { councilId, entityId, offset, limit },
    );
    const row = result.records[0];
    return { items: row.get('items') as AuditEvent[], total: row.get('total') as number };
  }
}
