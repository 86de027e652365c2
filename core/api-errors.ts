// The codes with which the API reports an expected error in `extensions.code`: one list for the API
// that sends them and the explorer that tells its reader what went wrong. Any other error is masked.
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'DATABASE_UNAVAILABLE',
  'DATABASE_TIMEOUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return (API_ERROR_CODES as readonly unknown[]).includes(code);
}
