// What the per-concern extractors hand to relations and resolution: mentions with offsets.
import type { EntityType, PropsByType } from '../../core/model.ts';

export interface Mention<T extends EntityType = EntityType> {
  type: T;
  /** Canonical name (docs/annotation.md) */
  name: string;
  /** The text as written at this place */
  form: string;
  start: number;
  end: number;
  props: PropsByType[T];
  /** Other names this mention introduces: 以下简称《X》, an alternative official name … */
  aliases: string[];
  /** Agencies: the canonical region of their jurisdiction */
  region?: string;
  /** Agencies: the canonical name of the body a sub-unit belongs to */
  parent?: string;
}

export function mention<T extends EntityType>(
  type: T,
  name: string,
  at: { form: string; start: number; end: number },
  props: PropsByType[T],
): Mention<T> {
  return { type, name, form: at.form, start: at.start, end: at.end, props, aliases: [] };
}
