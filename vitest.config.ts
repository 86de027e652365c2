import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/neo4j.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: suites share one Neo4j, so run files one or two at a time.
    maxWorkers: 2,
  },
});
