// The agency gazetteer: China's central bodies, foreign and international bodies, each under
// its full name with the short forms writers use (国家发改委, 最高法, 中国信通院). Local bodies
// are too many to list; the extraction grammar builds them from a region and AGENCY_SUFFIXES.

import type { AgencyKind } from '../../../core/model.ts';
import { CENTRAL_BODIES } from './central-bodies.ts';
import { FOREIGN_BODIES, INTERNATIONAL_BODIES } from './foreign-bodies.ts';
import { scanRegions } from './regions.ts';
import { FormTrie } from './trie.ts';

export { AGENCY_SUFFIXES } from './agency-suffixes.ts';

export interface AgencyEntry {
  name: string;
  forms: string[];
  kind: AgencyKind;
  /** canonical region name: '中国', or the foreign country ('美国', '欧盟'); none for
   * international bodies (联合国) */
  region?: string;
}

export interface AgencyMatch {
  start: number;
  /** exclusive */
  end: number;
  form: string;
  entry: AgencyEntry;
}

/** Every entry, for dictionaries and tests. */
export function allAgencies(): readonly AgencyEntry[] {
  return table().entries;
}

/** The body a name or short form denotes: 国家发改委 → 国家发展和改革委员会. */
export function agencyByForm(form: string): AgencyEntry | undefined {
  return table().byForm.get(form);
}

/** Longest-leftmost, non-overlapping mentions of known bodies in `text`. */
export function scanAgencies(text: string): AgencyMatch[] {
  return table()
    .trie.scan(text)
    .map(({ start, end, form, values }) => ({ start, end, form, entry: values[0] as AgencyEntry }))
    .filter((m) => standsAlone(text, m) && !(m.entry.region === CHINA && local(text, m.start)));
}

// 教育部门, 财政部门, 公安部队 are a field's departments or troops, not the ministry; an ASCII
// form (FTC) inside a longer Latin word is not the body.
function standsAlone(text: string, { start, end }: AgencyMatch): boolean {
  const next = text[end] ?? '';
  if (text[end - 1] === '部' && /[门队]/.test(next)) return false;
  const ascii = /[A-Za-z0-9]/;
  return !(ascii.test(text[start] ?? '') && (ascii.test(text[start - 1] ?? '') || ascii.test(next)));
}

const CHINA = '中国';

// A central body's name after another place is that place's body: 市发改委, 贵州省网信办 are
// local offices, 省委网信办 a provincial party committee's, 印度国防部 and 日本央行 foreign ones;
// the grammar names them.
function local(text: string, start: number): boolean {
  if (/[省市区县州]委?$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  const from = Math.max(0, start - 12);
  const before = scanRegions(text.slice(from, start)).at(-1);
  return before !== undefined && before.end === start - from && before.candidates[0]?.name !== CHINA;
}

// Ordinary words that contain a short form: 集中办理 is not 中办, 最高法律效力 not 最高法; 各国央行
// are central banks in general.
const NOT_AGENCY_WORDS = ['集中办', '全国办', '中国办', '最高法律', '中央行', '各国央行', '多边央行'];

// ---- the table, built on first use -------------------------------------------------------

interface Table {
  entries: AgencyEntry[];
  byForm: Map<string, AgencyEntry>;
  trie: FormTrie<AgencyEntry>;
}

let cache: Table | undefined;

function table(): Table {
  cache ??= build([...central(), ...foreign()]);
  return cache;
}

function central(): AgencyEntry[] {
  return Object.entries(CENTRAL_BODIES).flatMap(([kind, lines]) =>
    lines.map((line) => {
      const entry = parse(line, kind as AgencyKind, CHINA);
      // the State Council's own style: 中华人民共和国工业和信息化部
      if (kind === 'government' && !entry.name.startsWith('中'))
        entry.forms.push(`中华人民共和国${entry.name}`);
      return entry;
    }),
  );
}

function foreign(): AgencyEntry[] {
  return [
    ...Object.entries(FOREIGN_BODIES).flatMap(([region, lines]) =>
      lines.map((l) => parse(l, 'foreign', region)),
    ),
    ...INTERNATIONAL_BODIES.map((line) => parse(line, 'other')),
  ];
}

function parse(line: string, kind: AgencyKind, region?: string): AgencyEntry {
  const [name, ...forms] = line.split(' ') as [string, ...string[]];
  return region ? { name, forms, kind, region } : { name, forms, kind };
}

function build(entries: AgencyEntry[]): Table {
  const byForm = new Map<string, AgencyEntry>();
  for (const entry of entries) {
    for (const form of [entry.name, ...entry.forms]) {
      // a form listed twice is a data error that the tests catch; the first listing wins
      if (!byForm.has(form)) byForm.set(form, entry);
    }
  }
  const trie = new FormTrie<AgencyEntry>();
  for (const [form, entry] of byForm) trie.set(form, [entry]);
  for (const word of NOT_AGENCY_WORDS) trie.set(word, []);
  return { entries, byForm, trie };
}
