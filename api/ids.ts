// Global ids are the node key in base64url: opaque to clients, stable across imports, and
// decodable without a lookup. Keys already carry their type (`Agency:国家数据局`), and base64url has
// no colon, so ID arguments also accept a key as typed.
import { isRunKey, parseKey, type RunKey } from '../core/model.ts';
import { apiError } from './errors.ts';

export function toGlobalId(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

/** A node key from an ID argument: a global id, or (for people typing queries) a key itself. */
export function fromGlobalId(id: string): string {
  if (id.includes(':')) return checkedKey(id);
  const key = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  return checkedKey(key, `不是有效的节点 id / Not a valid node id: "${id}". Use an id returned by this API.`);
}

/** An import run's key from its global id (or the key itself). */
export function fromRunId(id: string): RunKey {
  const key = id.includes(':') ? id : Buffer.from(id, 'base64url').toString('utf8');
  if (isRunKey(key)) return key;
  throw apiError(
    'BAD_USER_INPUT',
    `不是导入记录的 id / Not an import run id: "${id}". Use an id from \`imports\`.`,
  );
}

/** A key as `Type:name` with a known type, or a BAD_USER_INPUT error saying so. */
export function checkedKey(key: string, message = keyMessage(key)): string {
  try {
    parseKey(key);
    return key;
  } catch {
    throw apiError('BAD_USER_INPUT', message);
  }
}

function keyMessage(key: string): string {
  return `不是有效的节点键 / Not a valid node key: "${key}". Keys look like Agency:国家数据局 (Type:name).`;
}
