// GraphQL over HTTP: graphql-http's server audits (the spec's MUSTs, SHOULDs and MAYs) against
// `zhengtu serve` running as its own process on the test Neo4j. Every audit must pass, warnings
// included.
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServeProcess, startServe } from '../support/serve-process.ts';

let serve: ServeProcess;

beforeAll(async () => {
  serve = await startServe();
});
afterAll(() => {
  serve?.child.kill('SIGTERM');
});

describe('GraphQL over HTTP (graphql-http audits)', () => {
  for (const audit of serverAudits({ url: () => `${serve.url}/graphql` })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
    });
  }
});
