// Every council-scoped node carries councilId; these indexes make the tenant filter cheap.
CREATE INDEX organisation_council IF NOT EXISTS FOR (n:Organisation) ON (n.councilId);
CREATE INDEX team_council IF NOT EXISTS FOR (n:Team) ON (n.councilId);
CREATE INDEX person_council IF NOT EXISTS FOR (n:Person) ON (n.councilId);
CREATE INDEX tie_council IF NOT EXISTS FOR (n:Tie) ON (n.councilId);
CREATE INDEX neighbourhood_council IF NOT EXISTS FOR (n:Neighbourhood) ON (n.councilId);
CREATE INDEX wave_council IF NOT EXISTS FOR (n:Wave) ON (n.councilId);
CREATE INDEX intervention_council IF NOT EXISTS FOR (n:Intervention) ON (n.councilId);
CREATE INDEX learning_note_council IF NOT EXISTS FOR (n:LearningNote) ON (n.councilId);
CREATE INDEX tie_version_tie IF NOT EXISTS FOR (n:TieVersion) ON (n.tieId);
CREATE INDEX audit_event_council IF NOT EXISTS FOR (n:AuditEvent) ON (n.councilId);
CREATE CONSTRAINT person_pseudonym IF NOT EXISTS FOR (n:Person) REQUIRE (n.councilId, n.pseudonym) IS UNIQUE;
