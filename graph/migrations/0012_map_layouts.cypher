// Saved map layouts: one per council, level and grouping, shared by everyone who opens that
// map. Two first saves of the same layout at once must not make two: MERGE relies on this.
CREATE CONSTRAINT map_layout_key IF NOT EXISTS FOR (n:MapLayout) REQUIRE (n.councilId, n.key) IS UNIQUE;
