// Network metrics for Interweave: pure functions over an immutable CSR graph, no Nest, no I/O.
// Values reproduce networkx (version pinned in tests/unit/analytics/fixtures) unless a
// convention descriptor says otherwise.

export * from './assortativity';
export * from './betweenness';
export * from './brokerage';
export * from './centralisation';
export * from './closeness';
export * from './clustering';
export * from './communities';
export * from './components';
export * from './compute';
export * from './conventions';
export * from './cut-structure';
export * from './degree';
export * from './density';
export * from './ei-index';
export * from './eigenvector';
export * from './fragility';
export * from './graph';
export * from './groups';
export * from './kcore';
export * from './link-prediction';
export * from './mixing';
export * from './pagerank';
export * from './parallel';
export * from './paths';
export * from './projection';
export * from './structural-holes';
export * from './traversal';
