// The lock two writers of the same tie take (api/neo4j/locks.ts lockTiePairs): a writer MERGEs
// a TiePairLock with the tie's pair key and deletes it again in the same transaction. The
// unique constraint makes a second MERGE of the same key wait for the first's commit, so the
// identical-tie check runs serialised per pair, while writers of other pairs (and the people
// at their ends) never wait on each other. No TiePairLock node is ever committed.
CREATE CONSTRAINT tie_pair_lock_key IF NOT EXISTS FOR (n:TiePairLock) REQUIRE n.key IS UNIQUE;
