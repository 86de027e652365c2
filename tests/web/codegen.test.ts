import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, OPERATIONS_FILE, OUTPUT_FILE, SCHEMA_FILE } from '../../web/scripts/codegen.ts';

const SCHEMA = `
  interface Node { id: ID! name: String! }
  type Policy implements Node { id: ID! name: String! date: String issuedBy: [Agency!]! }
  type Agency implements Node { id: ID! name: String! kind: String }
  enum NodeType { Agency Policy }
  type Query { node(id: ID!): Node  search(text: String!, types: [NodeType!], first: Int = 20): [Node!]! }
`;

describe('typed operations from the API schema', () => {
  it('are up to date with api/schema.graphql and operations.graphql (run web/scripts/codegen.ts)', () => {
    const expected = generate(readFileSync(SCHEMA_FILE, 'utf8'), readFileSync(OPERATIONS_FILE, 'utf8'));
    expect(readFileSync(OUTPUT_FILE, 'utf8')).toBe(expected);
  });

  it('refuse an operation that asks for a field the schema does not have', () => {
    expect(() => generate(SCHEMA, 'query Q { node(id: "1") { id issuer } }')).toThrow(/does not match/);
  });

  it('type the fields of a narrower type as optional and those of a covering interface as required', () => {
    const code = generate(
      SCHEMA,
      `fragment Ref on Node { id name }
       query Details($id: ID!) { node(id: $id) { ...Ref ... on Policy { date issuedBy { ...Ref kind } } } }`,
    );
    expect(code).toContain('date?: string | null;');
    expect(code).toMatch(/issuedBy\?: Array<\{\s+id: string;\s+name: string;\s+kind: string \| null;/);
    expect(code).toMatch(/node: \{\s+id: string;\s+name: string;/);
  });

  it('make variables with defaults optional and enums string unions', () => {
    const code = generate(
      SCHEMA,
      'query Search($text: String!, $types: [NodeType!], $first: Int = 5) { search(text: $text, types: $types, first: $first) { id } }',
    );
    expect(code).toContain('text: string;');
    expect(code).toContain('types?: Array<NodeType> | null;');
    expect(code).toContain('first?: number | null;');
    expect(code).toContain("export const NodeTypeValues = ['Agency', 'Policy'] as const;");
  });
});
