// Named programmes, campaigns, strategies, projects and pilots that are not document titles:
// 东数西算工程, “数据要素×”三年行动 (→ 数据要素×三年行动), 数字人民币试点, 中国数谷, 厦门数据港.

import { tokenize } from '../../core/segment.ts';
import { programmesByForm } from './programme-forms.ts';
import { afterLastVerb, DOING, LAST_VERB, ORDINAL, SUFFIX } from './programme-words.ts';
import { type Mention, mention } from './types.ts';

// Unquoted, only these kinds are named often enough to be read without quotes; X行动 after 实施 is
// mostly a chapter of the plan itself (实施智算能力提升行动), X专项行动 a campaign of its own.
// A battle that is fought (打好污染防治攻坚战, 打赢蓝天保卫战) is a campaign too.
const UNQUOTED_SUFFIX = '工程|战略|试点|改革|专项行动|攻坚战|保卫战';
// A quoted name followed by one of these is a programme (“高效办成一件事”改革), or a service
// platform or app a government runs (“郑好办”APP, “渝快办”“渝快政”两大平台).
// … or that a mobilisation meeting launches (“营商环境提升年”动员会).
// … or a project or event it names (“城市大脑”项目, “四会一节”重大活动).
const FOLLOWERS = /^(改革|建设|项目|(?:系列|重大)活动|专项行动|动员大?会)/;
const PLATFORM = /^(?:[两三四五六七八九十]?大?|[\u4e00-\u9fa5]{1,4})(?:平台|APP|App|app|小程序)/;
// A quoted name that frames the work (以“浙政钉”为载体, 以“三高四新”作为引领) is a programme.
const FRAMING = /^[\u4e00-\u9fa5]{0,4}?(?:为|作为)(?:工作)?(?:载体|抓手|引领|牵引|主线|核心|主导)/;
// A count of things (“四个意识”, “两个提升”) is a slogan, not a programme.
const COUNTED = /^[一二两三四五六七八九十]+个/;
// … and by one of these it is a principle or a slogan, not a programme.
const NOT_AFTER = /^(思路|理念|精神|要求|原则|目标|机制|模式|格局|需求|机遇|业务|队伍|品牌|[“等])/;

// A quoted name with 、 in it (“一网、一门、一次”改革) is one only before a programme word.
// A programme word that begins a longer word names nothing: 战略合作, 战略定位, 试点经验.
const COMPOUND = /^(?:合作|定位|方向|意义|经验|成果|性)/;
const QUOTED = /“([^“”\n，。；：！？]{2,16})”/g;
const JOINED = new RegExp(`^[\\u4e00-\\u9fa5]{0,4}?(?:${SUFFIX})(?:计划)?`);
const UNQUOTED = new RegExp(
  `(?:${DOING})([\\u4e00-\\u9fa5×0-9A-Za-z]{2,24}?(?:${UNQUOTED_SUFFIX})(?:试点)?)`,
  'g',
);
// A campaign or scheme is launched (开展绿色建筑创建行动, 开展星级绿色建筑推广计划); one that is 实施ed is
// mostly a chapter of the plan that names it.
// … and so is a build-out a text says is carried out as a campaign (开展绿色低碳城市建设).
const LAUNCHED =
  /(?:开展|启动|推广)([\u4e00-\u9fa5×]{2,24}?(?:行动|计划))(?![\u4e00-\u9fa5])|开展([\u4e00-\u9fa5]{4,16}?建设)(?![\u4e00-\u9fa5])/g;
const NAME_PART = '(?:(?![和及与])[\\u4e00-\\u9fa5（）()])';
// National nodes, networks, platforms and zones, each with a name of its own between 国家 and its
// kind (not 国家平台, 国家和省监管平台), and the place a node serves in brackets after it:
// 成渝国家枢纽节点（四川）.
const NATIONAL = new RegExp(
  `(?:全国一体化${NAME_PART}{0,16}?|国家(?!级)${NAME_PART}{2,16}?)(?:枢纽节点|算力网(?!络)|平台|试验区|体系)(?:[（(][\\u4e00-\\u9fa5]{2,4}[)）])?`,
  'g',
);
// The national data-centre clusters, each named for its place: 天府数据中心集群, 中卫数据中心集群.
const CLUSTER = /数据中心集群/g;
const NOT_CLUSTER_NAME = /^(国家|全国|大型|超大型|区域|城市|数据)$/;
// The national strategies named for what China is to become: 数字中国建设, 网络强国战略.
const STRATEGY =
  /(?:数字|网络|制造|质量|科技|交通|文化|教育|体育|人才|航天|海洋|农业|贸易|金融|知识产权)(?:中国|强国)(?:建设|战略)?/g;
const PLACE = /^(?:大数据|数据|数字)[\u4e00-\u9fa5]{0,3}?(?:港|谷|科创城)/;
// The digital province or city a region builds: 深入实施数字重庆建设 (数字中国 is a strategy above).
const DIGITAL_PLACE = /^(?:建设|战略)/;
// A programme joined to one already read, under the same verb: 实施“宽带中国”战略和数字乡村发展行动.
const CONJUNCT = new RegExp(
  `^(?:和|及|以及|与|、)((?:(?![和及与])[\\u4e00-\\u9fa5]){2,14}(?:${SUFFIX}))(?=[，。；：、）和及与]|$)`,
);
// The short name a text introduces for a programme: （以下简称“开发利用试点”）.
const SHORT_NAME = /^[”"]?[（(](?:以下)?简称[：:]?[“"]([^”"]{2,12})[”"][)）]/;
// A quoted name the text serves: 为“强省会”提供有力支撑.
const SERVED = /^(?:提供|作出|做出|贡献|注入)/;

/** Programmes named in the text; `title` contributes the names it quotes. */
export function findInitiatives(
  text: string,
  title = '',
  regions: Mention<'Region'>[] = [],
): Mention<'Initiative'>[] {
  const titles = [...text.matchAll(/《[^《》]*》/g)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const plain = [
    ...unquoted(text),
    ...national(text),
    ...clusters(text),
    ...strategies(text),
    ...places(text, regions),
  ].filter((m) => !within(titles, m));
  const own = quoted(text, titleQuotes(title)).filter((m) => !ownPlan(text, titles, m));
  const read = [...own, ...plain];
  const more = [
    ...[...conjuncts(text, read), ...bracketedPlace(text, regions)].filter((m) => !within(titles, m)),
    ...programmesByForm(text, titles),
  ];
  for (const m of more) if (!read.some((r) => r.start < m.end && m.start < r.end)) read.push(m);
  return abbreviated(text, read).sort((a, b) => a.start - b.start);
}

// 组织实施X试点（以下简称“Y试点”）: Y is X's short name, and wherever it stands after, X is meant.
function abbreviated(text: string, found: Mention<'Initiative'>[]): Mention<'Initiative'>[] {
  const out = [...found];
  for (const m of found) {
    const short = SHORT_NAME.exec(text.slice(m.end, m.end + 24));
    const name = short?.[1];
    if (!short || !name || name === m.name) continue;
    m.aliases.push(name);
    const after = m.end + short[0].length;
    for (const other of out) if (other.start >= after && other.name === name) other.name = m.name;
    for (const at of occurrences(text, name, after)) {
      if (out.some((o) => o.start < at + name.length && at < o.end)) continue;
      const again = mention('Initiative', m.name, { form: name, start: at, end: at + name.length }, {});
      again.aliases.push(name);
      out.push(again);
    }
  }
  return out;
}

function occurrences(text: string, name: string, from: number): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + name.length)) out.push(at);
  return out;
}

// 《“数据要素×”三年行动计划（2024—2026年）》 is the programme's own plan: a document, no programme.
function ownPlan(text: string, titles: { start: number; end: number }[], m: Mention): boolean {
  const title = titles.find((t) => t.start + 1 === m.start && m.end < t.end);
  return !!title && /^(计划|方案|规划)?([（(][^）)]*[)）])?》$/.test(text.slice(m.end, title.end));
}

function titleQuotes(title: string): Set<string> {
  return new Set([...title.matchAll(QUOTED)].map((m) => m[1] ?? ''));
}

function quoted(text: string, fromTitle: Set<string>): Mention<'Initiative'>[] {
  const out: Mention<'Initiative'>[] = [];
  const runs = quoteRuns([...text.matchAll(QUOTED)]);
  for (const run of runs) {
    const found = run.flatMap((m) => quotedOne(text, m, fromTitle, run));
    // Names quoted side by side (推进“一网通办”“跨省通办”) are alike: one programme makes all of them.
    const listed = run.length > 1 && found.length > 0 && found.length < run.length;
    out.push(...(listed ? run.flatMap((m) => quotedOne(text, m, new Set([m[1] ?? '']), run)) : found));
  }
  return out;
}

// Runs of quotations next to each other or joined by 、 和 及 与.
function quoteRuns(matches: RegExpExecArray[]): RegExpExecArray[][] {
  const runs: RegExpExecArray[][] = [];
  let end = -1;
  for (const m of matches) {
    const last = runs.at(-1);
    const start = m.index ?? 0;
    if (last && /^[、和及与]?$/.test(m.input.slice(end, start))) last.push(m);
    else runs.push([m]);
    end = start + m[0].length;
  }
  return runs;
}

// One quoted name: a programme when a verb of doing calls it, a programme word follows it, or the
// title quotes it. Context is read around the whole run it stands in.
function quotedOne(
  text: string,
  m: RegExpExecArray,
  fromTitle: Set<string>,
  run: RegExpExecArray[],
): Mention<'Initiative'>[] {
  const name = m[1] ?? '';
  const start = m.index ?? 0;
  const end = start + m[0].length;
  const runStart = run[0]?.index ?? start;
  const last = run.at(-1);
  const runEnd = last ? (last.index ?? 0) + last[0].length : end;
  const after = text.slice(runEnd, runEnd + 8);
  const before = text.slice(Math.max(0, runStart - 8), runStart);
  if (/^[一二三四五六七八九十]+$/.test(name) || COUNTED.test(name) || /简称[：:]?$/.test(before)) return [];
  const joined = joinedSuffix(text, end);
  if (joined) {
    if (NOT_AFTER.test(text.slice(end + joined.length, end + joined.length + 4))) return [];
    const full = `${name}${joined.replace(/计划$/, '')}`;
    const at = { form: text.slice(start, end + joined.length), start, end: end + joined.length };
    const found = mention('Initiative', full, at, {});
    found.aliases.push(name);
    return [found];
  }
  const topical = topicBefore(text, m, run);
  if (topical) return [topical];
  const follower = FOLLOWERS.exec(after)?.[1];
  if (NOT_AFTER.test(after) || (name.includes('、') && !follower)) return [];
  // a list after 坚持 or 提出 is a row of slogans (坚持“稳中求进”“以进促稳”)
  const verbs = run.length > 1 ? DOING.replace(/\|?(坚持|提出|成为|用好)/g, '') : DOING;
  const called = new RegExp(`(?:${verbs})[\\u4e00-\\u9fa5]{0,2}$`).test(before);
  const served = /为$/.test(before) && SERVED.test(after);
  const framing = /以$/.test(before) && FRAMING.test(after);
  if (!called && !follower && !served && !framing && !PLATFORM.test(after) && !fromTitle.has(name)) return [];
  const found = mention('Initiative', name, { form: m[0], start, end }, {});
  if (follower) found.aliases.push(`${name}${follower}`);
  return [found];
}

// A quoted programme word that a verb of doing puts after the field it is for (狠抓招商引资“一号工程”,
// 实施数字经济“一号工程”) is that field's programme: 招商引资一号工程, also “一号工程”.
const TOPIC = new RegExp(`(?:${DOING}|抓)([\\u4e00-\\u9fa5]{2,6})$`);
const PROGRAMME_WORD = new RegExp(`(?:${SUFFIX})$`);

function topicBefore(
  text: string,
  m: RegExpExecArray,
  run: RegExpExecArray[],
): Mention<'Initiative'> | undefined {
  const name = m[1] ?? '';
  const start = m.index ?? 0;
  const topic = TOPIC.exec(text.slice(Math.max(0, start - 10), start))?.[1];
  if (run.length > 1 || !topic || !PROGRAMME_WORD.test(name)) return undefined;
  const from = start - topic.length;
  const end = start + m[0].length;
  const found = mention(
    'Initiative',
    `${topic}${name}`,
    { form: text.slice(from, end), start: from, end },
    {},
  );
  found.aliases.push(name);
  return found;
}

// “东数西算”工程, “万企融合”大赋能行动: the suffix must end a word (“东数西算”战略机遇 is no 战略).
function joinedSuffix(text: string, at: number): string | undefined {
  const tail = JOINED.exec(text.slice(at, at + 10))?.[0];
  if (!tail) return undefined;
  const words = tokenize(text.slice(at, at + tail.length + 4));
  let length = 0;
  for (const w of words) {
    length += w.word.length;
    if (length === tail.length) return tail;
    if (length > tail.length) return undefined;
  }
  return tail;
}

function unquoted(text: string): Mention<'Initiative'>[] {
  const out: Mention<'Initiative'>[] = [];
  for (const m of [...text.matchAll(UNQUOTED), ...text.matchAll(LAUNCHED)]) {
    const written = m[1] ?? m[2] ?? '';
    const suffix = /(专项行动|行动|计划|[\u4e00-\u9fa5]{2})$/.exec(written)?.[0] ?? '';
    let name = afterLastVerb(written, suffix.length + 2)
      .replace(ORDINAL, '')
      .replace(ORDINAL, '');
    // A long coordination names two programmes: keep the one the suffix belongs to.
    if (name.length > 16 && /[和及]/.test(name))
      name = name.slice(Math.max(name.lastIndexOf('和'), name.lastIndexOf('及')) + 1);
    const end = (m.index ?? 0) + m[0].length;
    // 坚持把X改革作为…: a phrase under a preposition names nothing, nor one with 的 in it (开展的专项
    // 改革), nor a programme word inside a longer word (数字城市建设战略合作)
    if (
      name.length < 4 ||
      /^[把将对向了]/.test(name) ||
      name.includes('的') ||
      COMPOUND.test(text.slice(end))
    )
      continue;
    out.push(mention('Initiative', name, { form: name, start: end - name.length, end }, {}));
  }
  return out;
}

// 数字中国, 数字中国建设 and 数字中国战略 are one strategy, named by its root.
function strategies(text: string): Mention<'Initiative'>[] {
  return [...text.matchAll(STRATEGY)].map((m) => {
    const start = m.index ?? 0;
    const root = m[0].replace(/(建设|战略)$/, '');
    const found = mention('Initiative', root, { form: m[0], start, end: start + m[0].length }, {});
    if (root !== m[0]) found.aliases.push(m[0]);
    return found;
  });
}

function national(text: string): Mention<'Initiative'>[] {
  return [...text.matchAll(NATIONAL)].map((m) => {
    const start = m.index ?? 0;
    return mention('Initiative', m[0], { form: m[0], start, end: start + m[0].length }, {});
  });
}

function clusters(text: string): Mention<'Initiative'>[] {
  const out: Mention<'Initiative'>[] = [];
  for (const m of text.matchAll(CLUSTER)) {
    const at = m.index ?? 0;
    const place = tokenize(text.slice(Math.max(0, at - 6), at)).at(-1);
    if (!place || place.word.length < 2 || !/^n[srz]?$/.test(place.tag) || NOT_CLUSTER_NAME.test(place.word))
      continue;
    const start = at - place.word.length;
    const name = text.slice(start, at + m[0].length);
    out.push(mention('Initiative', name, { form: name, start, end: at + m[0].length }, {}));
  }
  return out;
}

// A region's own data port, data valley or science city: 厦门数据港, 贵阳大数据科创城.
function places(text: string, regions: Mention<'Region'>[]): Mention<'Initiative'>[] {
  const out: Mention<'Initiative'>[] = [];
  for (const r of regions) {
    const digital = text.slice(r.start - 2, r.start) === '数字' && r.name !== '中国';
    const built = DIGITAL_PLACE.exec(text.slice(r.end, r.end + 2))?.[0];
    if (digital && built) {
      const found = mention(
        'Initiative',
        `数字${r.form}`,
        { form: `数字${r.form}`, start: r.start - 2, end: r.end },
        {},
      );
      found.aliases.push(`数字${r.form}${built}`);
      out.push(found);
    }
    const tail = PLACE.exec(text.slice(r.end, r.end + 10))?.[0];
    if (tail)
      out.push(
        mention(
          'Initiative',
          `${r.form}${tail}`,
          { form: `${r.form}${tail}`, start: r.start, end: r.end + tail.length },
          {},
        ),
      );
  }
  return out;
}

// A project or zone named with its place in brackets inside it: 西部（重庆）科学城,
// 中新（重庆）国际互联网数据专用通道建设 (the 建设 after it is the work, not the name).
function bracketedPlace(text: string, regions: Mention<'Region'>[]): Mention<'Initiative'>[] {
  const out: Mention<'Initiative'>[] = [];
  for (const r of regions) {
    if (!/^[（(]$/.test(text[r.start - 1] ?? '') || !/^[）)]$/.test(text[r.end] ?? '')) continue;
    // the name starts after a verb of doing, or where its run of characters starts
    const run = /[\u4e00-\u9fa5]{1,12}$/.exec(text.slice(Math.max(0, r.start - 13), r.start - 1))?.[0] ?? '';
    const left = run.replace(LAST_VERB, '');
    if (left === run && /[\u4e00-\u9fa5]/.test(text[r.start - 2 - run.length] ?? '')) continue;
    // … and ends before 建设, a conjunction or where the sentence goes on (…对接会在哈尔滨市举行)
    const right = /^[\u4e00-\u9fa5]{2,16}?(?=建设|[和及与在于将]|[^\u4e00-\u9fa5]|$)/.exec(
      text.slice(r.end + 1, r.end + 18),
    )?.[0];
    if (!left || !right) continue;
    const start = r.start - 1 - left.length;
    const end = r.end + 1 + right.length;
    const name = text.slice(start, end);
    out.push(mention('Initiative', name, { form: name, start, end }, {}));
  }
  return out;
}

// … and down a list: 开展A试点、B试点和C试点.
function conjuncts(text: string, found: Mention<'Initiative'>[]): Mention<'Initiative'>[] {
  const out: Mention<'Initiative'>[] = [];
  for (let last = found; last.length > 0; ) {
    last = last.flatMap((m) => {
      const next = CONJUNCT.exec(text.slice(m.end, m.end + 24));
      const name = next?.[1];
      if (!next || !name) return [];
      const end = m.end + next[0].length;
      return [mention('Initiative', name, { form: name, start: end - name.length, end }, {})];
    });
    out.push(...last);
  }
  return out;
}

function within(spans: { start: number; end: number }[], m: { start: number; end: number }): boolean {
  return spans.some((s) => m.start >= s.start && m.end <= s.end);
}
