// The explorer's only door to the server: typed operations POSTed to /graphql.
import { type ApiErrorCode, isApiErrorCode } from '../../../core/api-errors.ts';
import type { TypedDocumentString } from './generated/graphql.ts';

export const GRAPHQL_PATH = '/graphql';

/**
 * Why a request failed: the server is unreachable, its database is down, the database took too
 * long, or the query was refused.
 */
export type FailureKind = 'offline' | 'database' | 'timeout' | 'query';

export class ApiError extends Error {
  override name = 'ApiError';
  readonly kind: FailureKind;

  constructor(kind: FailureKind, message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.kind = kind;
  }
}

// Every code the API sends has its kind here, so a code added to the list must be placed.
const FAILURES: Record<ApiErrorCode, FailureKind> = {
  BAD_USER_INPUT: 'query',
  NOT_FOUND: 'query',
  DATABASE_UNAVAILABLE: 'database',
  DATABASE_TIMEOUT: 'timeout',
  UNAUTHENTICATED: 'query',
  FORBIDDEN: 'query',
};

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function request<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  signal?: AbortSignal,
): Promise<R> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: document.toString(), variables }),
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
    const code = error.extensions?.code;
    throw new ApiError(isApiErrorCode(code) ? FAILURES[code] : 'query', error.message);
  }
  if (!body.data) throw new ApiError('query', `The server answered ${response.status} without data.`);
  return body.data;
}

/** A GraphiQL link (served by the API at GET /graphql) that opens `document` with `variables`. */
export function graphiqlUrl<R, V>(document: TypedDocumentString<R, V>, variables: V): string {
  const params = new URLSearchParams({
    query: document.toString(),
    variables: JSON.stringify(variables, null, 2),
  });
  return `${GRAPHQL_PATH}?${params}`;
}
