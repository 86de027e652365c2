// The Yoga server, built here and started elsewhere (serve.ts), so tests call `yoga.fetch` without
// a port. Expected errors carry `extensions.code`; anything else is masked ("Unexpected error.").
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { getOperationAST } from 'graphql';
import { createYoga, maskError, type Plugin } from 'graphql-yoga';
import type { Source } from '../graph/queries/read.ts';
import { builder } from './builder.ts';
import { type ApiContext, createContext } from './context.ts';
import { apiError } from './errors.ts';
import { EXAMPLES } from './examples.ts';
import { healthCheck } from './health.ts';
import type { Importer } from './importer.ts';
import { createLogger, type Logger, yogaLogger } from './log.ts';
import './schema/index.ts';

export const schema = builder.toSchema();

export interface ApiOptions {
  source: Source;
  /** Neo4j transaction timeout per statement (ZHENGTU_QUERY_TIMEOUT_MS, default 10 s). */
  timeoutMs?: number;
  /** Origins allowed by CORS (ZHENGTU_CORS_ORIGINS, comma-separated; `*` for any). */
  corsOrigins?: string[];
  logger?: Logger;
  /** Enables the importArticles mutation (with ZHENGTU_API_TOKEN set). */
  importer?: Importer;
}

export const LIMITS = { depth: 12, cost: 5000, aliases: 15, tokens: 1000, directives: 20, batch: 5 } as const;

export function createApi(options: ApiOptions) {
  const log = options.logger ?? createLogger();
  const timeoutMs = options.timeoutMs ?? envNumber('ZHENGTU_QUERY_TIMEOUT_MS', 10_000);
  const origins =
    options.corsOrigins ??
    envList('ZHENGTU_CORS_ORIGINS', ['http://localhost:5173', 'http://127.0.0.1:5173']);
  return createYoga<Record<string, unknown>, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: yogaLogger(log),
    batching: { limit: LIMITS.batch },
    cors: { origin: origins.includes('*') ? '*' : origins, methods: ['GET', 'POST'] },
    context: ({ request }) =>
      createContext({ source: options.source, timeoutMs, log, request, importer: options.importer }),
    graphiql: { title: '政图 Zhengtu GraphQL', defaultTabs: EXAMPLES.map((query) => ({ query })) },
    maskedErrors: {
      maskError: (error, message, isDev) => databaseError(error) ?? maskError(error, message, isDev),
    },
    plugins: [
      healthCheck(options.source),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.depth },
        costLimit: { maxCost: LIMITS.cost },
        maxAliases: { n: LIMITS.aliases },
        maxTokens: { n: LIMITS.tokens },
        maxDirectives: { n: LIMITS.directives },
      }),
      operationLog,
    ],
  });
}

export type Api = ReturnType<typeof createApi>;

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMED_OUT = /TransactionTimedOut|Transaction\.Terminated/;

/** Neo4j being away or too slow is expected: say so, with a code clients can act on. */
function databaseError(error: unknown) {
  const cause = (error as { originalError?: { code?: string } }).originalError;
  const code = cause?.code ?? '';
  if (UNAVAILABLE.has(code)) {
    return apiError(
      'DATABASE_UNAVAILABLE',
      '图数据库暂时不可用，请稍后重试 / Neo4j is unavailable; retry shortly.',
    );
  }
  if (TIMED_OUT.test(code)) {
    return apiError(
      'DATABASE_TIMEOUT',
      '查询超时，请缩小范围 / The query took too long; ask for less (depth, limit, first).',
    );
  }
  return undefined;
}

/** One log line per operation: request id, name, duration, Cypher round trips and error codes. */
const operationLog: Plugin<ApiContext> = {
  onExecute({ args }) {
    const started = performance.now();
    return {
      onExecuteDone({ result }) {
        if (Symbol.asyncIterator in result) return;
        const errors = (result.errors ?? []).map((e) => e.extensions?.code ?? 'INTERNAL');
        args.contextValue.log.info(
          {
            operation: args.operationName ?? getOperationAST(args.document)?.name?.value ?? null,
            ms: Math.round(performance.now() - started),
            queries: args.contextValue.roundTrips.count,
            errors,
          },
          'graphql',
        );
      },
    };
  },
};

function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function envList(name: string, fallback: string[]): string[] {
  const value = process.env[name];
  return value ? value.split(',').map((s) => s.trim()) : fallback;
}
