// The last line of defence for a long-running server: what escapes a request (a rejected promise no
// one awaited, a stream error no one listened for) is logged and the server goes on serving the
// others. Node 20's default, ending the process, would let one request stop it for everyone.
import type { Logger } from './log.ts';

export function guardProcess(log: Logger): void {
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
  process.on('uncaughtException', (error) => log.error({ err: error }, 'uncaught exception'));
}
