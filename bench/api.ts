// API speed: autocannon against `zhengtu serve` on a synthetic graph, beside the same graph/queries
// functions called directly through the driver in the same run (no GraphQL, no HTTP), for search,
// neighborhood (depth 2) and related; then every query mixed, 50 clients for 30 s, zero errors.
// BENCH_API_ARTICLES (default 10000), BENCH_API_SECONDS per measurement (default 10),
// BENCH_API_CONNECTIONS (default 50), BENCH_API_SOAK seconds (default 30). BENCH_API_HOME keeps
// the Neo4j home (and its graph) there between runs: the import is skipped when it holds enough.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { CORPUS_TIMEOUT_MS } from '../api/context.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../core/model.ts';
import { type ConnectionInfo, connectionEnv } from '../graph/config.ts';
import { type Db, openDb } from '../graph/driver.ts';
import { importArticles } from '../graph/import/index.ts';
import { neighborhood } from '../graph/queries/neighborhood.ts';
import { nodesByKeys } from '../graph/queries/nodes.ts';
import { type Read, reader } from '../graph/queries/read.ts';
import { search } from '../graph/queries/search.ts';
import { relatedPolicies } from '../graph/related/related.ts';
import { applySchema, FULLTEXT_INDEX } from '../graph/schema.ts';
import { startServer, stopServer } from '../graph/server/lifecycle.ts';
import { freePort } from '../graph/server/ports.ts';
import { tempHome, testSettings } from '../harness/neo4j.ts';
import { generateArticles } from './generate.ts';

const ARTICLES = Number(process.env.BENCH_API_ARTICLES ?? 10_000);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 50);
const SOAK = Number(process.env.BENCH_API_SOAK ?? 30);
const KEPT_HOME = process.env.BENCH_API_HOME;

/** Per-query runs wait this long for an answer, so that queueing shows as latency, not as a gap. */
const MEASURE_TIMEOUT_S = 30;
/** The mixed run keeps autocannon's default: an answer later than this is an error. */
const SOAK_TIMEOUT_S = 10;

interface Figures {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  /** Network errors other than timeouts, non-2xx answers and 200s whose body has `errors` */
  errors: number;
  timeouts: number;
  non2xx: number;
}

interface Case {
  name: string;
  query: string;
  inputs: Record<string, unknown>[];
  direct: (input: Record<string, unknown>) => Promise<unknown>;
}

const home = KEPT_HOME ?? (await tempHome());
await mkdir(home, { recursive: true });
// The tests' C1-only JVM option saves start-up CPU but slows queries: not for a benchmark.
const settings = {
  ...(await testSettings(home)),
  heap: '1g',
  pageCache: '512m',
  transactionTimeout: '120s',
  jvmOptions: [],
};
const { connection } = await startServer(settings);
let serve: ChildProcess | undefined;
let database: Db | undefined;
try {
  await load(connection);
  database = await openDb(connection, { serving: true });
  const read = reader(database, { timeoutMs: 10_000 });
  const corpusRead = reader(database, { timeoutMs: CORPUS_TIMEOUT_MS });
  const port = await freePort();
  serve = await startServe(connection, port);
  const cases = await benchCases(read, corpusRead);
  // Every case warmed on both sides before any is measured: the first related call on each side
  // builds that process's text index, which must not fall inside another case's measurement.
  for (const c of cases) {
    await warm(port, c);
    for (const input of c.inputs.slice(0, 10)) await c.direct(input);
  }
  const rows: string[] = [];
  for (const c of cases) {
    const api = await cannon(port, [c], SECONDS, MEASURE_TIMEOUT_S);
    const direct = await directly(c, SECONDS);
    rows.push(row(c.name, api, direct));
    console.error(`${c.name}: api p50 ${api.p50} ms, direct p50 ${direct.p50.toFixed(1)} ms`);
  }
  const soak = await cannon(port, cases, SOAK, SOAK_TIMEOUT_S);
  print(rows, soak);
  if (soak.errors + soak.timeouts + soak.non2xx > 0) process.exitCode = 1;
} finally {
  serve?.kill('SIGTERM');
  await database?.close();
  await stopServer(settings);
  if (!KEPT_HOME) await rm(home, { recursive: true, force: true });
}

async function load(info: ConnectionInfo): Promise<void> {
  const db = await openDb(info);
  try {
    await applySchema(db);
    const [kept] = await db.read<{ articles: number }>('MATCH (a:Article) RETURN count(a) AS articles');
    if ((kept?.articles ?? 0) >= ARTICLES) {
      console.error(`kept graph in ${home}: ${kept?.articles} articles, import skipped`);
      return;
    }
    const t0 = performance.now();
    const items = (function* () {
      for (const article of generateArticles(ARTICLES, 1)) yield { article };
    })();
    const summary = await importArticles(db, items);
    console.error(`imported ${summary.new} articles in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  } finally {
    await db.close();
  }
}

async function startServe(info: ConnectionInfo, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, '..', 'bin', 'zhengtu.js'), 'serve', '--port', String(port)],
    {
      env: { ...process.env, ...connectionEnv(info) },
      stdio: ['ignore', 'inherit', 'ignore'],
    },
  );
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((done) => setTimeout(done, 500));
  }
  child.kill();
  throw new Error('zhengtu serve did not become healthy within 60 s');
}

async function benchCases(read: Read, corpusRead: Read): Promise<Case[]> {
  const policies = await read<{ key: string }>(
    'MATCH (p:Policy) RETURN p.key AS key ORDER BY p.key LIMIT 50',
  );
  const regions = await read<{ name: string }>(
    'MATCH (r:Region)<-[:APPLIES_TO]-() RETURN DISTINCT r.name AS name ORDER BY name LIMIT 25',
  );
  const texts = [...regions.map((r) => r.name), '数据', '人工智能', '算力', '公共数据', '数字经济'];
  return [
    {
      name: 'search',
      query:
        'query($t: String!) { search(text: $t, first: 20) { score highlight node { id key type name } } }',
      inputs: texts.map((t) => ({ t })),
      direct: ({ t }) => search(read, FULLTEXT_INDEX, t as string, ENTITY_TYPES, 20),
    },
    {
      name: 'neighborhood (depth 2)',
      query: `query($id: ID!) { neighborhood(ids: [$id], depth: 2, limit: 200) {
        nodes { id key type name date status region } edges { id type source target evidenceCount } truncated } }`,
      inputs: policies.map((p) => ({ id: p.key })),
      direct: ({ id }) =>
        neighborhood(read, [id as string], {
          depth: 2,
          nodeTypes: ENTITY_TYPES,
          relationTypes: RELATION_TYPES,
          limit: 200,
        }),
    },
    {
      name: 'related',
      query: 'query($p: ID!) { related(policy: $p, first: 10) { score reasons policy { id name date } } }',
      inputs: policies.map((p) => ({ p: p.key })),
      // As the resolver: the policy looked up, related policies scored, their nodes read.
      direct: async ({ p }) => {
        await nodesByKeys(read, [p as string]);
        const found = await relatedPolicies(read, p as string, 10, corpusRead);
        return nodesByKeys(
          read,
          found.map((r) => r.key),
        );
      },
    },
  ];
}

/** One request per input first: plans every statement and builds the related text index. */
async function warm(port: number, c: Case): Promise<void> {
  for (const variables of c.inputs.slice(0, 10)) {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: c.query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`${c.name}: ${JSON.stringify(body.errors)}`);
  }
}

async function cannon(port: number, cases: Case[], seconds: number, timeout: number): Promise<Figures> {
  let graphqlErrors = 0;
  const requests = cases.flatMap((c) =>
    c.inputs.map((variables) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: c.query, variables }),
      onResponse: (_status: number, body: string) => {
        if (body.includes('"errors"')) graphqlErrors++;
      },
    })),
  );
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    timeout,
    requests,
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    requests: result.requests.total,
    // autocannon counts timeouts among its errors
    errors: result.errors - result.timeouts + graphqlErrors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** The same work without GraphQL or HTTP: CONNECTIONS loops calling the query functions. */
async function directly(c: Case, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, lane) => {
      for (let i = lane; Date.now() < end; i++) {
        const t0 = performance.now();
        await c.direct(c.inputs[i % c.inputs.length] ?? {}).catch(() => errors++);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    p50: at(0.5),
    p99: at(0.99),
    rps: latencies.length / seconds,
    requests: latencies.length,
    errors,
    timeouts: 0,
    non2xx: 0,
  };
}

// The machine is shared: each row carries the 1-minute load average at the end of its measurement.
function row(name: string, api: Figures, direct: Figures): string {
  const ratio = direct.p50 > 0 ? api.p50 / direct.p50 : Number.NaN;
  const f = (n: number) => n.toFixed(1);
  return `| ${name} | ${f(api.rps)} | ${f(api.p50)} | ${f(api.p99)} | ${f(direct.rps)} | ${f(direct.p50)} | ${f(direct.p99)} | ${ratio.toFixed(2)}× | ${api.errors} / ${api.timeouts} / ${api.non2xx} | ${direct.errors} | ${loadavg()[0]?.toFixed(1)} |`;
}

function print(rows: string[], soak: Figures): void {
  console.log(
    `API on ${ARTICLES} synthetic articles, ${CONNECTIONS} concurrent clients, ${SECONDS} s each (client timeout ${MEASURE_TIMEOUT_S} s):\n`,
  );
  console.log(
    '| query | API req/s | API p50 ms | API p99 ms | direct req/s | direct p50 ms | direct p99 ms | API / direct (p50) | API errors / timeouts / non-2xx | direct errors | load |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const line of rows) console.log(line);
  console.log(
    `\nAll three mixed, ${CONNECTIONS} clients for ${SOAK} s (client timeout ${SOAK_TIMEOUT_S} s): ${soak.requests} requests, ${soak.rps.toFixed(1)} req/s, p50 ${soak.p50} ms, p99 ${soak.p99} ms; ${soak.errors} errors, ${soak.timeouts} timeouts, ${soak.non2xx} non-2xx; load ${loadavg()[0]?.toFixed(1)}.`,
  );
}
