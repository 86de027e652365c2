// Prints the schema as SDL: `npx tsx api/print-schema.ts` rewrites api/schema.graphql (committed,
// read by the web explorer's codegen); tests/api/schema-file.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './yoga.ts';

export const SCHEMA_FILE = resolve(import.meta.dirname, 'schema.graphql');

export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(SCHEMA_FILE, printedSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
