// What every resolver gets: a reader bound to this request (timeout, round-trip count), its id and
// logger, and the cache that holds the request's DataLoaders (plugin-dataloader; api/loads.ts).
import { randomUUID } from 'node:crypto';
import { initContextCache } from '@pothos/core';
import { type Read, reader, type Source } from '../graph/queries/read.ts';
import type { Importer } from './importer.ts';
import type { Logger } from './log.ts';

export interface ApiContext {
  /** The client's x-request-id when it is a plain token, else a new one: on every log line. */
  requestId: string;
  /** The server's logger with this request's id. */
  log: Logger;
  read: Read;
  /** For whole-corpus reads shared by all requests (the related-policy text index). */
  corpusRead: Read;
  /** Cypher round trips made so far by this request (an object: Yoga copies the context). */
  roundTrips: { count: number };
  /** The bearer token the request carries, if any. */
  token: string | undefined;
  /** Writes articles through the import pipeline; absent when the server cannot write. */
  importer: Importer | undefined;
}

export const CORPUS_TIMEOUT_MS = 300_000;

export interface ContextOptions {
  source: Source;
  /** Neo4j transaction timeout for each statement of a request. */
  timeoutMs: number;
  log: Logger;
  request?: Request;
  importer?: Importer;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/;

export function createContext({ source, timeoutMs, log, request, importer }: ContextOptions): ApiContext {
  const roundTrips = { count: 0 };
  const given = request?.headers.get('x-request-id') ?? '';
  const requestId = REQUEST_ID.test(given) ? given : randomUUID();
  return {
    // Keeps the request's loaders when Yoga copies the context.
    ...initContextCache(),
    requestId,
    log: log.child({ requestId }),
    roundTrips,
    token: request?.headers.get('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1],
    importer,
    read: reader(source, { timeoutMs, onQuery: () => roundTrips.count++ }),
    corpusRead: reader(source, { timeoutMs: CORPUS_TIMEOUT_MS, onQuery: () => roundTrips.count++ }),
  };
}
