import { readdirSync, readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config, { GENERATED_DIR } from '../../web/codegen.ts';

describe('the typed documents in web/src/lib/generated/', () => {
  it('are what `npm run codegen` makes of api/schema.graphql and operations.graphql today', async () => {
    const files = (await generate(config, false)) as { filename: string; content: string }[];
    expect(readdirSync(GENERATED_DIR).sort()).toEqual(
      files.map((f) => f.filename.slice(GENERATED_DIR.length)).sort(),
    );
    for (const file of files) {
      expect(readFileSync(file.filename, 'utf8'), `${file.filename} is stale: run npm run codegen`).toBe(
        file.content,
      );
    }
  });

  it('carry each operation as the text the API is sent, fragments included', async () => {
    const { RelationDocument } = await import('../../web/src/lib/generated/graphql.ts');
    const text = RelationDocument.toString();
    expect(text).toMatch(/^\s*query Relation\(/);
    expect(text).toContain('fragment EvidenceParts on Evidence');
  });
});
