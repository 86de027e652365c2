import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../importers/extract/numbers.ts';

const DIGITS = '零一二三四五六七八九';

// Writes n < 1e16 the way Chinese texts do: 一亿二千万零五, 三百二十.
function chinese(n: number): string {
  if (n === 0) return '零';
  const sections: string[] = [];
  for (const [size, name] of [
    [1e12, '万亿'],
    [1e8, '亿'],
    [1e4, '万'],
  ] as const) {
    const part = Math.floor(n / size) % (size === 1e12 ? 1e4 : 1e4);
    if (part) sections.push(`${below10k(part)}${name}`);
    else if (sections.length) sections.push('零');
  }
  const rest = n % 1e4;
  if (rest) sections.push(below10k(rest));
  return sections.join('').replace(/零+/g, '零').replace(/零$/, '');
}

function below10k(n: number): string {
  let out = '';
  for (const [size, name] of [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ] as const) {
    const d = Math.floor(n / size) % 10;
    if (d) out += `${DIGITS[d]}${name}`;
    else if (out && !out.endsWith('零')) out += '零';
  }
  return out.replace(/零$/, '');
}

describe('parseNumber', () => {
  it('reads Arabic figures with thousands separators and full-width digits', () => {
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('１５０')).toBe(150);
  });

  it('multiplies by 万, 亿 and 万亿 written after Arabic digits', () => {
    expect(parseNumber('1.88万亿')).toBe(1.88e12);
    expect(parseNumber('10.8亿')).toBe(1.08e9);
  });

  it('reads Chinese numerals with units and decimals', () => {
    expect(parseNumber('三百二十')).toBe(320);
    expect(parseNumber('十五')).toBe(15);
    expect(parseNumber('一亿二千万')).toBe(1.2e8);
    expect(parseNumber('一点八八万亿')).toBe(1.88e12);
  });

  it('reads a run of digits one by one, as years are written', () => {
    expect(parseNumber('二〇二四')).toBe(2024);
  });

  it('answers undefined for text that is no number', () => {
    expect(parseNumber('数据')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
  });

  test.prop([fc.integer({ min: 0, max: 999_999_999_999 })])(
    'reads back every integer written in Chinese',
    (n) => {
      expect(parseNumber(chinese(n))).toBe(n);
    },
  );

  test.prop([fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 })])(
    'reads back Arabic figures with separators and decimals',
    (whole, cents) => {
      const text = `${whole.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
      expect(parseNumber(text)).toBeCloseTo(whole + cents / 100, 6);
    },
  );
});
