// What the per-concern extractors hand to relations and resolution: mentions with offsets.
import type { EntityType, PropsByType, RelationType } from '../../core/model.ts';
import type { Span } from './sentences.ts';

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

// What relations and resolution work on: every mention of an article, with its text and setting.
export interface Found {
  policies: Mention<'Policy'>[];
  agencies: Mention<'Agency'>[];
  regions: Mention<'Region'>[];
  initiatives: Mention<'Initiative'>[];
  metrics: Mention<'Metric'>[];
}

export interface Context extends Found {
  text: string;
  sentences: Span[];
  paragraphs: Span[];
  /** the regions the article is about, canonical names */
  home: string[];
  /** the issuing body named by the article's 来源, when it is one */
  sourceAgency?: Mention<'Agency'>;
  /** the document the article's title names as its own, with the bodies the title puts before it */
  titled?: { policy: Mention<'Policy'>; issuers: Mention<'Agency'>[] };
  /** the article's title */
  title?: string;
  /** ISO date of the article, which dates 1月8日 */
  date?: string;
}

/** A relation between two mentions (or a mention and a canonical region), with where it was read. */
export interface Link {
  type: RelationType;
  from: Mention;
  to: Mention | { type: EntityType; name: string };
  start: number;
  end: number;
}
