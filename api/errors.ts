// Expected errors reach clients with a stable `extensions.code`; everything else is masked by Yoga.
import { GraphQLError } from 'graphql';
import type { ApiErrorCode } from '../core/api-errors.ts';

export function apiError(code: ApiErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** Rejects a size argument above its cap with a message naming the argument and the cap. */
export function capped(name: string, value: number, max: number, min = 1): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw apiError(
      'BAD_USER_INPUT',
      `参数 ${name} 须在 ${min}–${max} 之间 / ${name} must be between ${min} and ${max}, got ${value}.`,
    );
  }
  return value;
}
