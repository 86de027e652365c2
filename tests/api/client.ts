// Calls the API in-process through `yoga.fetch`, as a client would over HTTP, without a port.

import type { Importer } from '../../api/importer.ts';
import { createLogger } from '../../api/log.ts';
import { type Api, createApi } from '../../api/yoga.ts';
import type { Source } from '../../graph/queries/read.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read responses by path, as a client would
type Json = any;

export interface GraphQLResponse<T = Json> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * An API on `source` whose log lines go to `log` instead of stderr. The transaction timeout is
 * generous: a fresh test server plans every statement for the first time on a busy machine.
 */
export function testApi(source: Source, log: string[] = [], importer?: Importer): Api {
  return createApi({
    source,
    importer,
    timeoutMs: 60_000,
    logger: createLogger({ write: (line: string) => log.push(line) }),
  });
}

/** The Cypher round trips the last logged operation made. */
export function lastRoundTrips(log: string[]): number {
  return (JSON.parse(log.at(-1) ?? '{}') as { queries?: number }).queries ?? Number.NaN;
}

export async function gql<T = Json>(
  api: Api,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await api.fetch('http://zhengtu.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}
