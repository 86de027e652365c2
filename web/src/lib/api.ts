// The explorer's only door to the server: typed operations POSTed to /graphql.
import type { Operation } from './operations.generated.ts';

export const GRAPHQL_PATH = '/graphql';

/** Why a request failed: the server is unreachable, its database is down, or the query was refused. */
export type FailureKind = 'offline' | 'database' | 'query';

export class ApiError extends Error {
  override name = 'ApiError';
  readonly kind: FailureKind;

  constructor(kind: FailureKind, message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.kind = kind;
  }
}

// Extension codes with which the API reports that Neo4j does not answer.
const DATABASE_CODES = new Set([
  'UNREACHABLE',
  'DATABASE_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  'SERVER_TIMEOUT',
]);

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function request<R, V>(
  operation: Operation<R, V>,
  variables: V,
  signal?: AbortSignal,
): Promise<R> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: operation.document, variables, operationName: operation.name }),
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError('offline', 'The Zhengtu server does not answer.', { cause });
  }
  if (response.status === 503) throw new ApiError('database', 'The server is up but Neo4j does not answer.');
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<R>;
  const error = body.errors?.[0];
  if (error) {
    const kind = DATABASE_CODES.has(error.extensions?.code ?? '') ? 'database' : 'query';
    throw new ApiError(kind, error.message);
  }
  if (!body.data) throw new ApiError('query', `The server answered ${response.status} without data.`);
  return body.data;
}

/** A GraphiQL link (served by the API at GET /graphql) that opens `operation` with `variables`. */
export function graphiqlUrl<R, V>(operation: Operation<R, V>, variables: V): string {
  const params = new URLSearchParams({
    query: operation.document,
    variables: JSON.stringify(variables, null, 2),
  });
  return `${GRAPHQL_PATH}?${params}`;
}
