// Memberships are relationships carrying {id, validFrom, validTo}; endMembership and
// deleteMembership look them up by id, one index per relationship type.
CREATE INDEX member_of_id IF NOT EXISTS FOR ()-[m:MEMBER_OF]-() ON (m.id);
CREATE INDEX has_profession_id IF NOT EXISTS FOR ()-[m:HAS_PROFESSION]-() ON (m.id);
CREATE INDEX part_of_id IF NOT EXISTS FOR ()-[m:PART_OF]-() ON (m.id);
// Team lists filter by neighbourhood; people lists reach it through their team.
CREATE INDEX team_neighbourhood IF NOT EXISTS FOR (n:Team) ON (n.neighbourhoodId);
