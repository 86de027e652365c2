// Numbers as Chinese policy texts write them: 1,234.5, 1.88万亿, 一点八八万亿, 三百二十, 二〇二四.
// No package handled 1.88万亿 / 一点八八万亿 correctly when this was written, so this parser is ours.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters a Chinese numeral is written with, for building scanners. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿点';

/** The value of a written number, or undefined when the text is not one. */
export function parseNumber(text: string): number | undefined {
  const s = text.normalize('NFKC').replace(/[,\s]/g, '');
  if (s === '') return undefined;
  const mixed = /^(\d+(?:\.\d+)?)([万亿]*)$/.exec(s);
  if (mixed?.[1] !== undefined) return Number(mixed[1]) * multiplier(mixed[2] ?? '');
  if ([...s].every((c) => c in DIGITS)) return positional(s);
  return parseChinese(s);
}

/** 万亿 → 1e12, 亿 → 1e8, '' → 1; undefined when the text holds anything else. */
export function multiplier(text: string): number {
  let factor = 1;
  for (const c of text) factor *= BIG_UNITS[c] ?? Number.NaN;
  return factor;
}

// 二〇二四 reads digit by digit.
function positional(s: string): number {
  return [...s].reduce((value, c) => value * 10 + (DIGITS[c] ?? 0), 0);
}

function parseChinese(s: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit = 0;
  let decimals: string | undefined;
  for (const c of s) {
    if (decimals !== undefined && c in DIGITS) decimals += String(DIGITS[c]);
    else if (c in DIGITS) digit = DIGITS[c] ?? 0;
    else if (c === '点' && decimals === undefined) decimals = '';
    else if (c in SMALL_UNITS && decimals === undefined) {
      section += (digit || 1) * (SMALL_UNITS[c] ?? 0);
      digit = 0;
    } else if (c in BIG_UNITS) {
      const base = decimals ? Number(`${digit}.${decimals}`) : digit;
      decimals = undefined;
      if (c === '万') {
        total += (section + base) * 1e4;
      } else {
        total = (total + section + base) * 1e8;
      }
      section = 0;
      digit = 0;
    } else return undefined;
  }
  const tail = decimals ? Number(`${digit}.${decimals}`) : digit;
  return total + section + tail;
}
