import type { Config } from 'jest';

// Four test layers, one jest run. Layers that need Neo4j share one real local server,
// started (or reused) by tests/support/global-setup.ts when NEO4J_URI is unset.
const tsJest: Config['transform'] = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
};

function layer(name: string, extra: Partial<Config> = {}): Config {
  return {
    displayName: name,
    testEnvironment: 'node',
    transform: tsJest,
    testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`],
    moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    ...extra,
  };
}

const needsNeo4j: Partial<Config> = {
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
};

const config: Config = {
  projects: [
    layer('unit'),
    layer('integration', needsNeo4j),
    layer('api', needsNeo4j),
    layer('browser', needsNeo4j),
  ],
  // Neo4j-backed layers share one database; running files one after another keeps
  // timing-sensitive tests (restarts, outages) from disturbing each other.
  maxWorkers: 1,
  // Room for a loaded machine: a browser test once timed out at 60 s while CI shared the
  // cores. Tests wait for conditions, so a generous ceiling only matters when one hangs.
  testTimeout: 180_000,
};

export default config;
