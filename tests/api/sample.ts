// The sample newsletter, imported through the pipeline `zhengtu import` runs.
import { resolve } from 'node:path';
import type { Db } from '../../graph/driver.ts';
import { importInputs } from '../../pipeline/index.ts';

export const SAMPLE = resolve(import.meta.dirname, '../../samples/dsj-2025-02.md');

export async function importSample(db: Db): Promise<void> {
  const summary = await importInputs(db, { paths: [SAMPLE] });
  if (summary.failed > 0) throw new Error(`sample import failed: ${JSON.stringify(summary.failures)}`);
}
