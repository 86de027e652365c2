// api/schema.graphql is what the web explorer codes against: it must match the code, and every
// type and field must say what it is, in Chinese and English.
import { readFileSync } from 'node:fs';
import { isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../../api/print-schema.ts';
import { schema } from '../../api/yoga.ts';

describe('api/schema.graphql', () => {
  it('is current (if not: npx tsx api/print-schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });

  it('describes every type and field in Chinese and English', () => {
    const missing: string[] = [];
    const bilingual = (text: string | null | undefined) =>
      !!text && /\p{Script=Han}/u.test(text) && /[A-Za-z]/.test(text);
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!bilingual(type.description)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!bilingual(field.description)) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
