// The typed CSV columns of neo4j-admin import: each stored property becomes `name:type`, the type
// read from the graph itself (valueType), so the header matches what a transactional import wrote.
import { ZhengtuError } from '../../core/errors.ts';

export type CsvType =
  | 'string'
  | 'long'
  | 'double'
  | 'boolean'
  | 'string[]'
  | 'long[]'
  | 'double[]'
  | 'boolean[]';

export interface Column {
  name: string;
  type: CsvType;
}

const SCALARS: Record<string, CsvType> = {
  STRING: 'string',
  INTEGER: 'long',
  FLOAT: 'double',
  BOOLEAN: 'boolean',
};

/** One column from the Cypher value types a property has across a label or relationship type. */
export function column(name: string, valueTypes: string[]): Column {
  const types = new Set(valueTypes.map(csvType).filter((type) => type !== undefined));
  // A property that is only ever an empty list has no element type; string[] holds it.
  if (types.size === 0) return { name, type: 'string[]' };
  const [type] = types;
  if (types.size === 1 && type) return { name, type };
  throw new ZhengtuError(
    'BAD_INPUT',
    `Property "${name}" is stored with mixed types: ${valueTypes.join(', ')}.`,
    {
      hint: 'neo4j-admin import needs one type per column; re-import the articles so the property is written one way.',
    },
  );
}

/** `STRING NOT NULL` → string, `LIST<INTEGER NOT NULL> NOT NULL` → long[], `LIST<NOTHING>` → undefined. */
function csvType(valueType: string): CsvType | undefined {
  const bare = valueType.replaceAll(' NOT NULL', '');
  const list = /^LIST<(.*)>$/.exec(bare);
  const scalar = SCALARS[list ? (list[1] ?? '') : bare];
  if (list?.[1] === 'NOTHING') return undefined;
  if (!scalar) {
    throw new ZhengtuError(
      'BAD_INPUT',
      `A stored property has type ${valueType}, which the export cannot write.`,
      {
        hint: 'Only strings, numbers, booleans and lists of them are exported.',
      },
    );
  }
  return list ? (`${scalar}[]` as CsvType) : scalar;
}

export const header = (column: Column) => `${column.name}:${column.type}`;
