// The last line of defence for a long-running server: what escapes a request (a rejected promise no
// one awaited, a stream error no one listened for) is logged and the server goes on serving the
// others. Node 20's default, ending the process, would let one request stop it for everyone.
import type { ErrorLog } from './serve.ts';

export function guardProcess(log: ErrorLog): void {
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { error: describe(reason) }));
  process.on('uncaughtException', (error) => log.error('uncaught exception', { error: describe(error) }));
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}
