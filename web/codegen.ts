// GraphQL Code Generator: every operation in src/lib/operations.graphql, checked against the API's
// printed schema, becomes a typed document in src/lib/generated/graphql.ts (result and variable
// types with it), so the web never copies a server type by hand. `npm run codegen` writes it (and
// `npm run build` does first); tests/web/codegen.test.ts fails while the committed output is stale.
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export const GENERATED_DIR = path('src/lib/generated/');

const config: CodegenConfig = {
  schema: path('../api/schema.graphql'),
  documents: path('src/lib/operations.graphql'),
  generates: {
    [GENERATED_DIR]: {
      preset: 'client',
      // Results are read where they are fetched: no masking of fragments, no GraphQL runtime in the
      // bundle (documents are strings), enums as unions of their values.
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', enumType: 'string-literal', useTypeImports: true },
    },
  },
  silent: true,
};

export default config;
