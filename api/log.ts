// Structured logs: one JSON object per line on stderr, so they can be piped into any collector.
import type { YogaLogger } from 'graphql-yoga';

type Level = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export type LogLine = (line: string) => void;

export function jsonLogger(
  minimum: Level = 'info',
  write: LogLine = (line) => process.stderr.write(`${line}\n`),
) {
  const at =
    (level: Level) =>
    (message: unknown, ...details: unknown[]) => {
      if (RANK[level] < RANK[minimum]) return;
      const fields = Object.assign({}, ...details.filter((d) => d !== null && typeof d === 'object'));
      write(JSON.stringify({ time: new Date().toISOString(), level, msg: describe(message), ...fields }));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } satisfies YogaLogger;
}

function describe(message: unknown): string {
  return message instanceof Error ? `${message.name}: ${message.message}` : String(message);
}
