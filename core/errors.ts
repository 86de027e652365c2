// One error class for everything outside GraphQL: a stable `code` for programs, a message that
// says what happened, and a hint that says what to do next. The CLI catches it once, at the entry.

export type ErrorCode =
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'DOWNLOAD_FAILED'
  | 'PORT_TAKEN'
  | 'SERVER_EXITED'
  | 'SERVER_TIMEOUT'
  | 'AUTH_FAILED'
  | 'UNREACHABLE'
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'USAGE';

export class ZhengtuError extends Error {
  override name = 'ZhengtuError';
  readonly code: ErrorCode;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
  }
}

export function isZhengtuError(error: unknown, code?: ErrorCode): error is ZhengtuError {
  return error instanceof ZhengtuError && (code === undefined || error.code === code);
}
