// Listens on a port: /graphql and /healthz go to Yoga; everything else is the web explorer from
// web/dist, served by sirv, with unknown routes falling back to index.html for the SPA. No request
// can throw out of here: a path that is not valid percent-encoding (or holds NUL) is a 400, and a
// handler that fails answers 500 and is logged.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import sirv from 'sirv';
import { ZhengtuError } from '../core/errors.ts';
import { createLogger, type Logger } from './log.ts';
import type { Api } from './yoga.ts';

export const WEB_DIST = resolve(import.meta.dirname, '..', 'web', 'dist');

/** Vite names everything under assets/ by its content hash, so a cached copy never goes stale. */
const HASHED = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface Listening {
  url: string;
  /** Stops accepting, lets requests in flight finish (cut after `drainMs`), then resolves. */
  close(drainMs?: number): Promise<void>;
}

export async function listen(
  api: Api,
  options: { port: number; host: string; webDir?: string; log?: Logger },
): Promise<Listening> {
  const log = options.log ?? createLogger();
  const web = webHandler(options.webDir ?? WEB_DIST);
  const server = createServer((req, res) => {
    route(api, web, req, res).catch((error: unknown) => failed(res, error, log, req));
  });
  // Node hands CONNECT to this event and, with no listener, drops the socket without an answer.
  server.on('connect', (_req, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nallow: GET, HEAD, POST\r\ncontent-length: 0\r\n\r\n');
  });
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new ZhengtuError('PORT_TAKEN', `Port ${options.port} on ${options.host} is already in use.`, {
              hint: 'Pick another with `zhengtu serve --port 4001`, or stop what is listening there.',
              cause: error,
            })
          : error,
      ),
    );
    server.listen(options.port, options.host, done);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    close: (drainMs = 10_000) =>
      new Promise((done) => {
        const cut = setTimeout(() => server.closeAllConnections(), drainMs).unref();
        server.close(() => {
          clearTimeout(cut);
          done();
        });
      }),
  };
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function route(api: Api, web: Handler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (!decodes(path)) return text(res, 400, 'Bad request: the path is not valid percent-encoded UTF-8.');
  if (path.startsWith('/graphql') || path === '/healthz') return void (await api(req, res));
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return text(res, 405, `Method ${req.method} is not allowed here: the explorer is read with GET.`);
  }
  web(req, res);
}

function decodes(path: string): boolean {
  try {
    return !decodeURIComponent(path).includes('\0');
  } catch {
    return false;
  }
}

/**
 * The built explorer, indexed once at start (sirv serves only the files it listed, so nothing
 * outside the build can be named); a rebuild needs a restart. Without a build, `/` points to
 * GraphiQL.
 */
function webHandler(root: string): Handler {
  if (!existsSync(join(root, 'index.html'))) {
    return (req, res) => {
      if (req.url === '/') {
        res.writeHead(302, { location: '/graphql' });
        return void res.end();
      }
      text(res, 404, 'Not found. The web explorer is not built: npm run build.');
    };
  }
  return sirv(root, {
    single: true,
    etag: true,
    // A missing asset is a 404, never index.html under a year-long cache header.
    ignores: [`^${HASHED}`],
    setHeaders: (res, pathname) =>
      res.setHeader('cache-control', pathname.startsWith(HASHED) ? IMMUTABLE : 'no-cache'),
    onNoMatch: (_req, res) => text(res, 404, 'Not found.'),
  });
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

function failed(res: ServerResponse, error: unknown, log: Logger, req: IncomingMessage): void {
  log.error({ method: req.method, url: req.url, err: error }, 'request failed');
  if (res.headersSent) return void res.destroy();
  text(res, 500, 'Internal error; it has been logged.');
}
