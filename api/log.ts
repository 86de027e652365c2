// Structured logs by pino: one JSON object per line on stderr (time, level, msg and fields), so they
// can be piped into any collector. ZHENGTU_LOG_LEVEL sets the level (info by default).
import type { YogaLogger } from 'graphql-yoga';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

export function createLogger(
  destination: DestinationStream = pino.destination({ dest: 2, sync: true }),
  level = process.env.ZHENGTU_LOG_LEVEL || 'info',
): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

type Level = 'debug' | 'info' | 'warn' | 'error';

/** Yoga logs as console does (message first, then details); pino takes the fields first. */
export function yogaLogger(log: Logger): YogaLogger {
  const at =
    (level: Level) =>
    (message: unknown, ...details: unknown[]) => {
      const error = [message, ...details].find((d) => d instanceof Error);
      const fields = Object.assign(
        {},
        ...details.filter((d) => d !== null && typeof d === 'object' && !(d instanceof Error)),
      );
      log[level](
        error ? { ...fields, err: error } : fields,
        message instanceof Error ? message.message : String(message),
      );
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
