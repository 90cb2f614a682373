// A council's data version (the analytics cache key) is spread over 16 stripe nodes: each
// write moves one of them, chosen at random, so concurrent writers in a council rarely wait
// on the same lock (one counter on the Council node made them all queue). The version is
// the council's own counter plus the sum of its stripes. Stripes carry councilId (a forced
// delete removes them with everything else) and the council's uid.
CREATE CONSTRAINT data_version_stripe_slot IF NOT EXISTS FOR (n:DataVersionStripe) REQUIRE (n.councilId, n.slot) IS UNIQUE;
CREATE INDEX data_version_stripe_council IF NOT EXISTS FOR (n:DataVersionStripe) ON (n.councilId);
MATCH (c:Council) UNWIND range(0, 15) AS slot
MERGE (s:DataVersionStripe {councilId: c.id, slot: slot})
ON CREATE SET s.councilUid = c.uid, s.version = 0;
