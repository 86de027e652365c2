// `zhengtu serve`: the GraphQL API (GraphiQL at /graphql), /healthz, and the web explorer at `/`.
import { defineCommand } from 'citty';
import { CORPUS_TIMEOUT_MS } from '../../api/context.ts';
import { guardProcess } from '../../api/guard.ts';
import { importer } from '../../api/importer.ts';
import { createLogger } from '../../api/log.ts';
import { listen } from '../../api/serve.ts';
import { createApi } from '../../api/yoga.ts';
import { ZhengtuError } from '../../core/errors.ts';
import { findServer, openDb } from '../../graph/driver.ts';
import { reader } from '../../graph/queries/read.ts';
import { warmTextIndex } from '../../graph/related/related.ts';

export default defineCommand({
  meta: { name: 'serve', description: 'Serve the GraphQL API and the web explorer over HTTP' },
  args: {
    port: { type: 'string', default: '4000', description: 'Port to listen on (0 picks a free one)' },
    host: { type: 'string', default: '127.0.0.1', description: 'Address to listen on (0.0.0.0 for all)' },
  },
  async run({ args }) {
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
      throw new ZhengtuError('USAGE', `Not a port: ${args.port}`, {
        hint: 'Use a number such as --port 4000.',
      });
    }
    const log = createLogger();
    guardProcess(log);
    const { info, kind } = await findServer();
    const database = await openDb(info, { kind, serving: true });
    // Only a server given a token can write (the importArticles mutation), with the importer's retries.
    const writer = process.env.ZHENGTU_API_TOKEN ? await openDb(info, { kind }) : undefined;
    const api = createApi({ source: database, importer: writer && importer(writer), logger: log });
    const server = await listen(api, { port, host: args.host, log });
    console.log(`政图 Zhengtu is serving the graph in ${database.uri}`);
    console.log(`  GraphQL (GraphiQL): ${server.url}/graphql`);
    console.log(`  Health:             ${server.url}/healthz`);
    console.log(`  Explorer:           ${server.url}/`);
    console.log(
      `  Imports over GraphQL: ${writer ? 'enabled (bearer token)' : 'disabled (set ZHENGTU_API_TOKEN)'}`,
    );
    // Requests in flight finish (for up to 10 s) before the drivers close.
    const stop = async (signal: string) => {
      log.info({ signal }, 'shutting down');
      await server.close();
      await Promise.all([database.close(), writer?.close()]);
      log.info({ signal }, 'stopped');
      process.exit(0);
    };
    // Build the related-policy text index now rather than on the first request that needs it.
    warmTextIndex(reader(database, { timeoutMs: CORPUS_TIMEOUT_MS })).then(
      (policies) => console.log(`  Related-policy text index ready (${policies} policies).`),
      (error: unknown) =>
        console.error(`  Related-policy text index not built yet: ${(error as Error).message}`),
    );
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () =>
        stop(signal).catch((error: unknown) => {
          log.error({ signal, err: error }, 'shutdown failed');
          process.exit(1);
        }),
      );
    }
  },
});
