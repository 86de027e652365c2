import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql instance: Pothos and Yoga load it through Node (index.js); without this alias Vite
  // would give test and api code index.mjs, and graphql refuses types from "another module".
  resolve: { alias: [{ find: /^graphql$/, replacement: fileURLToPath(import.meta.resolve('graphql')) }] },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/neo4j.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Neo4j takes ~10 s to checkpoint and shut down at the end of the run.
    teardownTimeout: 120_000,
    // Community Neo4j has one user database that every suite shares: files run one at a time and
    // each suite that writes wipes the graph first (tests/support/db.ts).
    fileParallelism: false,
  },
});
