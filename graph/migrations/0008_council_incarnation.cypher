// A council id can be used again after a forced delete; the audit trail outlives the old
// council. Each council carries a uid, and audit events the uid of the council they were
// recorded in, so a new council with an old id starts with an empty audit.
MATCH (c:Council) WHERE c.uid IS NULL SET c.uid = randomUUID();
MATCH (e:AuditEvent) WHERE e.councilUid IS NULL AND e.councilId IS NOT NULL
MATCH (c:Council {id: e.councilId}) SET e.councilUid = c.uid;
CREATE INDEX audit_event_council_uid IF NOT EXISTS FOR (n:AuditEvent) ON (n.councilUid);
