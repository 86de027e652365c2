// CSV fields as neo4j-admin reads them with `--multiline-fields=true`: strings always quoted
// (quotes doubled), list elements joined with the array delimiter, a missing property left empty.
import { ZhengtuError } from '../../core/errors.ts';

/**
 * The unit separator (U+001F), a control character that prose never holds, where `;` (the
 * default) is common in Chinese policy text. neo4j-admin takes it as `--array-delimiter=U+001F`.
 */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

export function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return quote(value.map(element).join(ARRAY_DELIMITER));
  if (typeof value === 'string') return quote(value);
  return String(value);
}

export const line = (fields: string[]) => `${fields.join(',')}\n`;

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

function element(value: unknown): string {
  const text = String(value);
  if (!text.includes(ARRAY_DELIMITER)) return text;
  throw new ZhengtuError('BAD_INPUT', `A list element holds the control character U+001F: ${text}`, {
    hint: 'neo4j-admin would split it in two; remove the character from the source article and re-import it.',
  });
}
