// Listens on a port: /graphql and /healthz go to Yoga; everything else is the web explorer from
// web/dist (when it has been built), with unknown paths falling back to index.html for the SPA.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { ZhengtuError } from '../core/errors.ts';
import type { Api } from './yoga.ts';

export const WEB_DIST = resolve(import.meta.dirname, '..', 'web', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export async function listen(
  api: Api,
  options: { port: number; host: string; webDir?: string },
): Promise<Listening> {
  const webDir = options.webDir ?? WEB_DIST;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/graphql') || path === '/healthz') return void api(req, res);
    void serveStatic(webDir, path, req, res);
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
    close: () => new Promise((done) => server.close(() => done())),
  };
}

async function serveStatic(root: string, path: string, req: IncomingMessage, res: ServerResponse) {
  const file = await existingFile(root, path);
  const index = await existingFile(root, '/index.html');
  if (!file && !index) {
    res.writeHead(path === '/' ? 302 : 404, path === '/' ? { location: '/graphql' } : {});
    return void res.end(path === '/' ? '' : 'Not found. The web explorer is not built: npm run build.');
  }
  const chosen = (file ?? index) as string;
  res.writeHead(200, {
    'content-type': TYPES[extname(chosen)] ?? 'application/octet-stream',
    // Hashed assets never change; index.html must be re-read to pick up new builds.
    'cache-control': chosen.includes(`${join('dist', 'assets')}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(chosen).pipe(res);
}

/** The file under `root` that `path` names, refusing anything that climbs out of it. */
async function existingFile(root: string, path: string): Promise<string | undefined> {
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(root)) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? file : undefined;
}
