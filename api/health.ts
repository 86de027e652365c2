// GET /healthz: 200 only when Neo4j answers a trivial read within a few seconds, else 503 with why.
import type { Plugin } from 'graphql-yoga';
import { reader, type Source } from '../graph/queries/read.ts';

const PING = 'RETURN 1 AS ok';

export function healthCheck(source: Source, path = '/healthz'): Plugin {
  const read = reader(source, { timeoutMs: 2_000 });
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      const body = await Promise.race([read(PING), timeout(5_000)]).then(
        () => ({ status: 'ok', neo4j: 'up' }),
        (error: unknown) => ({ status: 'unavailable', neo4j: 'down', reason: (error as Error).message }),
      );
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status: body.status === 'ok' ? 200 : 503,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
  );
}
