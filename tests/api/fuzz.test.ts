// Fuzzing the running server over loopback, on the sample graph in the real Neo4j: hostile paths
// (bad percent-encoding, `..` in every encoding, NUL, very long), methods, headers, bodies and
// GraphQL documents. Every request gets an HTTP answer below 500, no file outside the web build is
// ever served, and after each batch /healthz answers and the graph is what it was. The server runs
// in this process, so anything escaping a request (an unhandled rejection, a stream error) fails
// the run, where `zhengtu serve`'s guard would only log it. Writes are armed (token and importer
// set) so that a fuzzed mutation could change the graph if auth let it through.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importer } from '../../api/importer.ts';
import { type Listening, listen } from '../../api/serve.ts';
import type { Db } from '../../graph/driver.ts';
import { testDb, wipe } from '../support/db.ts';
import { testApi } from './client.ts';
import { importSample } from './sample.ts';

const SECRET = 'ZHENGTU-FUZZ-SECRET-7c1d';
const TOKEN = 'fuzz-token-0f9e8d7c6b5a';
/** Per batch: runs, and a time limit after which fast-check stops starting new ones. */
const BUDGET = { numRuns: 300, interruptAfterTimeLimit: 25_000 };

let db: Db;
let dir: string;
let server: Listening;
let port: number;
let keys: string[];
let before: string;
const previousToken = process.env.ZHENGTU_API_TOKEN;

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  await importSample(db);
  keys = (
    await db.read<{ key: string }>('MATCH (n) WHERE n.key IS NOT NULL RETURN n.key AS key LIMIT 40')
  ).map((row) => row.key);
  dir = await mkdtemp(join(tmpdir(), 'zhengtu-fuzz-'));
  const web = join(dir, 'web');
  await mkdir(join(web, 'assets'), { recursive: true });
  await writeFile(join(web, 'index.html'), '<!doctype html><title>政图</title>');
  await writeFile(join(web, 'assets', 'app-3f2a1b.js'), 'console.log("政图")');
  await writeFile(join(dir, 'secret.txt'), SECRET);
  process.env.ZHENGTU_API_TOKEN = TOKEN;
  server = await listen(testApi(db, [], importer(db)), { port: 0, host: '127.0.0.1', webDir: web });
  port = Number(new URL(server.url).port);
  before = await fingerprint();
}, 180_000);

afterAll(async () => {
  if (previousToken === undefined) delete process.env.ZHENGTU_API_TOKEN;
  else process.env.ZHENGTU_API_TOKEN = previousToken;
  await server?.close();
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every node and relationship with its properties, hashed: equal only if nothing changed. */
async function fingerprint(): Promise<string> {
  const nodes = await db.read<{ row: unknown }>('MATCH (n) RETURN [labels(n), properties(n)] AS row');
  const edges = await db.read<{ row: unknown }>(
    'MATCH (a)-[r]->(b) RETURN [type(r), elementId(a), elementId(b), properties(r)] AS row',
  );
  const lines = [...nodes, ...edges].map((r) => JSON.stringify(r.row)).sort();
  return `${nodes.length}/${edges.length}/${createHash('sha256').update(lines.join('\n')).digest('hex')}`;
}

interface Answer {
  status: number;
  text: string;
}

/** One request as raw bytes over a fresh socket, so that nothing a client library refuses is off limits. */
function raw(request: string | Buffer): Promise<Answer> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(20_000, () => socket.destroy(new Error('no answer within 20 s')));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error) => (chunks.length > 0 ? finish() : fail(error)));
    socket.on('end', finish);
    // Not end(): a client that half-closes early is answered with nothing. `connection: close` ends it.
    socket.write(request);
    function finish() {
      const text = Buffer.concat(chunks).toString('latin1');
      done({ status: Number(text.match(/^HTTP\/1\.[01] (\d{3})/)?.[1] ?? 0), text });
    }
  });
}

function request(method: string, path: string, headers: [string, string][] = [], body = ''): Buffer {
  const bytes = Buffer.from(body);
  const head = [
    `${method} ${path} HTTP/1.1`,
    'host: 127.0.0.1',
    'connection: close',
    ...headers.map(([name, value]) => `${name}: ${value}`),
    ...(bytes.length > 0 ? [`content-length: ${bytes.length}`] : []),
  ];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), bytes]);
}

/** What every answer must be: an HTTP response, never a server error, never a file from outside. */
function expectHandled(answer: Answer, what: string): void {
  expect(answer.status, what).toBeGreaterThanOrEqual(100);
  expect(answer.status, `${what}\n${answer.text.slice(0, 500)}`).toBeLessThan(500);
  expect(answer.text, what).not.toContain(SECRET);
  expect(answer.text, what).not.toContain('root:x:');
}

async function expectServingAndUnchanged(): Promise<void> {
  const health = await raw(request('GET', '/healthz'));
  expect(health.status).toBe(200);
  expect(await fingerprint()).toBe(before);
}

// --- paths ---------------------------------------------------------------------------------------

const DOTS = [
  '..',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%2e.',
  '%252e%252e',
  '%c0%ae%c0%ae',
  '%e0%80%ae%e0%80%ae',
  '..%00',
];
const SLASHES = ['/', '%2f', '%2F', '\\', '%5c', '%255c', '%c0%af', '//'];
const segment = fc.oneof(
  fc.constantFrom(...DOTS, 'secret.txt', 'index.html', 'assets', 'app-3f2a1b.js', 'graphql', 'healthz', '.'),
  fc.constantFrom('%', '%E0', '%zz', '%0', '%00', '%FF%FE', '%ED%A0%80', '\0', '~', '?', '#', ';'),
  fc.stringMatching(/^(%[0-9A-Fa-f]{2}){1,6}$/),
  fc.string({ maxLength: 12 }).map((s) => encodeURIComponent(s)),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const climbing = fc
  .tuple(fc.array(fc.tuple(segment, fc.constantFrom(...SLASHES)), { maxLength: 10 }), segment)
  .map(([parts, last]) => `/${parts.map(([s, slash]) => s + slash).join('')}${last}`);
const long = fc
  .tuple(
    fc.constantFrom('/', '/assets/', '/graphql?query=', '/%2e%2e/'),
    fc.integer({ min: 1_000, max: 20_000 }),
  )
  .map(([prefix, n]) => prefix + 'a'.repeat(n));
const path = fc.oneof({ weight: 6, arbitrary: climbing }, { weight: 1, arbitrary: long });

// --- methods and headers -------------------------------------------------------------------------

const method = fc.oneof(
  fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'PROPFIND'),
  fc.stringMatching(/^[A-Za-z]{1,12}$/),
);
const headerName = fc.oneof(
  fc.constantFrom(
    'content-type',
    'accept',
    'accept-encoding',
    'range',
    'if-none-match',
    'authorization',
    'x-request-id',
    'origin',
    'expect',
    'transfer-encoding',
    'cookie',
  ),
  fc.stringMatching(/^[A-Za-z-]{1,20}$/),
);
const headerValue = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/graphql-response+json',
    'multipart/form-data; boundary=x',
    'text/plain',
    'bytes=0-0',
    'bytes=999999-',
    'bytes=-5',
    'gzip, br',
    'Bearer wrong',
    `Bearer ${TOKEN}x`,
    '100-continue',
    'chunked',
    '*',
  ),
  fc.string({ maxLength: 60 }).map((s) => s.replace(/[\r\n]/g, ' ')),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const headers = fc.array(fc.tuple(headerName, headerValue), { maxLength: 6 });

// --- bodies and GraphQL documents -----------------------------------------------------------------

const OPERATIONS = [
  'query($t: String!, $f: Int, $ty: [NodeType!]) { search(text: $t, first: $f, types: $ty) { score highlight node { id key name } } }',
  'query($ids: [ID!]!, $d: Int, $l: Int) { neighborhood(ids: $ids, depth: $d, limit: $l) { nodes { id name } edges { id type evidenceCount } truncated } }',
  'query($a: ID!, $b: ID!, $m: Int) { paths(from: $a, to: $b, maxLength: $m) { nodes { id } edges { type } } }',
  'query($p: ID!, $f: Int) { related(policy: $p, first: $f) { score reasons policy { name } } }',
  'query($f: Int, $l: Int, $a: String, $b: String) { policies(first: $f, last: $l, after: $a, before: $b) { edges { cursor node { name issuedBy { name } } } pageInfo { hasNextPage } } }',
  'query($id: ID!, $f: Int) { node(id: $id) { id name mentions(first: $f) { sentence article { title } } } }',
  'query($k: String!) { nodeByKey(key: $k) { name ... on Policy { issuedBy { name } } } }',
  'query($s: ID!, $t: ID!, $ty: RelationType!) { relation(source: $s, target: $t, type: $ty) { evidenceCount } }',
  'query($f: Int) { timeline(first: $f) { name } stats { articles } }',
  'mutation($a: [ArticleInput!]!) { importArticles(articles: $a) { new updated failed } }',
];
const VARIABLES = ['t', 'f', 'ty', 'ids', 'd', 'l', 'a', 'b', 'm', 'p', 'id', 'k', 's'];
/** Built once the sample is loaded, so that real keys are among the values. */
const variables = () => fc.dictionary(fc.constantFrom(...VARIABLES), value(), { maxKeys: 6 });
const value = () =>
  fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom(...keys, 'Policy:', ':', 'UG9saWN5Og', 'POLICY', 'ISSUED_BY', null, ''),
      fc.string({ maxLength: 30 }),
      fc.integer(),
      fc.constantFrom(0, -1, 2 ** 31, 2 ** 53, 1e308, Number.MAX_SAFE_INTEGER),
      fc.double(),
      fc.boolean(),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom('title', 'text', 'url', 'date', '__proto__'), tie('value'), {
        maxKeys: 4,
      }),
    ),
  })).value;
const nested = fc
  .integer({ min: 1, max: 60 })
  .map((n) => `{ ${'policies { edges { node { '.repeat(n)}name${' } } }'.repeat(n)} }`);
const document = fc.oneof(
  fc.constantFrom(...OPERATIONS),
  fc.string({ maxLength: 200 }),
  nested,
  fc
    .integer({ min: 1, max: 200 })
    .map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { articles }`).join(' ')} }`),
  fc.integer({ min: 1, max: 200 }).map((n) => `{ stats ${'@include(if: true) '.repeat(n)}{ articles } }`),
  fc.constantFrom(
    'fragment A on Query { ...A } { ...A }',
    '{ __schema { types { name fields { name } } } }',
    'subscription { stats { articles } }',
    `{ search(text: "${'数'.repeat(5000)}") { score } }`,
    '{ nodeByKey(key: "\\u0000") { name } }',
  ),
);
const graphqlBody = () =>
  fc.oneof(
    fc
      .record({
        query: document,
        variables: fc.option(variables()),
        operationName: fc.option(fc.string({ maxLength: 10 })),
      })
      .map((b) => JSON.stringify(b)),
    fc
      .array(fc.record({ query: document, variables: variables() }), { maxLength: 8 })
      .map((b) => JSON.stringify(b)),
    fc.jsonValue({ maxDepth: 4 }).map((b) => JSON.stringify(b)),
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
  );

describe('the running server under fuzzed requests', () => {
  it('answers hostile paths, never with a file from outside the build', async () => {
    await fc.assert(
      fc.asyncProperty(path, fc.constantFrom('GET', 'HEAD'), async (p, m) => {
        const answer = await raw(request(m, p));
        expectHandled(answer, `${m} ${p.slice(0, 200)}`);
      }),
      BUDGET,
    );
    await expectServingAndUnchanged();
  });

  it('answers any method and headers on any path', async () => {
    await fc.assert(
      fc.asyncProperty(
        method,
        fc.oneof(path, fc.constantFrom('/graphql', '/healthz', '/')),
        headers,
        async (m, p, h) => {
          expectHandled(await raw(request(m, p, h)), `${m} ${p.slice(0, 200)} ${JSON.stringify(h)}`);
        },
      ),
      BUDGET,
    );
    await expectServingAndUnchanged();
  });

  it('answers any body, content type and GraphQL document sent to /graphql', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('POST', 'GET'),
        graphqlBody(),
        headers,
        fc.constantFrom(
          'application/json',
          'application/graphql+json',
          'text/plain',
          'application/x-www-form-urlencoded',
          '',
        ),
        async (m, body, h, type) => {
          const typed: [string, string][] = type ? [['content-type', type], ...h] : h;
          const target = m === 'GET' ? `/graphql?query=${encodeURIComponent(body)}` : '/graphql';
          expectHandled(
            await raw(request(m, target, typed, m === 'GET' ? '' : body)),
            `${m} ${body.slice(0, 300)}`,
          );
        },
      ),
      BUDGET,
    );
    await expectServingAndUnchanged();
  });

  it('answers well-formed operations with hostile variables, and writes nothing without the token', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...OPERATIONS), variables(), headers, async (query, vars, h) => {
        const body = JSON.stringify({ query, variables: vars });
        const answer = await raw(
          request('POST', '/graphql', [['content-type', 'application/json'], ...h], body),
        );
        expectHandled(answer, `${query.slice(0, 80)} ${JSON.stringify(vars).slice(0, 300)}`);
        expect(answer.text, query).not.toContain('Unexpected error');
      }),
      BUDGET,
    );
    await expectServingAndUnchanged();
  });
});
