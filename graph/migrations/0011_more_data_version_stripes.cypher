// 128 data-version stripes per council instead of 16 (DATA_VERSION_STRIPES in
// api/neo4j/data-version.ts). With 16, thirty concurrent writers in one council met on a stripe
// most of the time (each of them shares a stripe with another with probability
// 1 - (15/16)^29 ≈ 85%), and a writer that meets another waits for that one's whole commit:
// createTie at 30 clients spent more time in the bump's lock wait than in any other
// statement. With 128 that probability is 1 - (127/128)^29 ≈ 20%; reading the version sums
// 128 small nodes through the council index, still well under a millisecond.
MATCH (c:Council) UNWIND range(0, 127) AS slot
MERGE (s:DataVersionStripe {councilId: c.id, slot: slot})
ON CREATE SET s.councilUid = c.uid, s.version = 0;
