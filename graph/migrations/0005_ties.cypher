// Ties are looked up by their ends ("ties of this actor"), by their pair (the identical-tie
// check, in both orientations) and audit events by the record they are about.
CREATE INDEX tie_from IF NOT EXISTS FOR (n:Tie) ON (n.fromId);
CREATE INDEX tie_to IF NOT EXISTS FOR (n:Tie) ON (n.toId);
CREATE INDEX tie_pair IF NOT EXISTS FOR (n:Tie) ON (n.fromId, n.toId);
CREATE INDEX audit_event_entity IF NOT EXISTS FOR (n:AuditEvent) ON (n.entityId);
