// Cursor pagination over offsets (plugin-relay), with the page-size cap enforced loudly.
import { PothosValidationError } from '@pothos/core';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { apiError, capped } from './errors.ts';

export const MAX_PAGE = 100;
const DEFAULT_PAGE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export async function offsetPage<T extends {}>(
  args: PageArgs,
  fetch: (offset: number, limit: number) => Promise<T[]>,
) {
  const first = capped('first', args.first ?? DEFAULT_PAGE, MAX_PAGE, 0);
  if (args.last != null) capped('last', args.last, MAX_PAGE, 0);
  try {
    return await resolveOffsetConnection(
      { args: { ...args, first }, maxSize: MAX_PAGE },
      ({ offset, limit }) => fetch(offset, limit),
    );
  } catch (error) {
    if (error instanceof PothosValidationError) throw apiError('BAD_USER_INPUT', error.message);
    throw error;
  }
}
