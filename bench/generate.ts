// Deterministic synthetic articles for the import benchmarks: real regions from the gazetteer,
// agencies named by the grammar of Chinese bodies (region + department), policies, initiatives
// and metrics, reused with Zipf-like frequencies, 10–40 entities per article with evidence.

import {
  articleKey,
  type Entity,
  type EntityType,
  type Evidence,
  type ExtractedArticle,
  metricKey,
  type NodeKey,
  nodeKey,
  type Relation,
  type RelationType,
} from '../core/model.ts';
import { chineseDivisions } from '../importers/extract/gazetteer/chinese-divisions.ts';
import { regionAncestry } from '../importers/extract/regions.ts';

const DEPARTMENTS = [
  '人民政府',
  '人民政府办公厅',
  '大数据发展管理局',
  '发展和改革委员会',
  '工业和信息化局',
  '数据局',
  '财政局',
  '科学技术局',
];
const DOC_TYPES = ['实施意见', '行动计划', '管理办法', '若干措施', '实施方案', '工作要点'];
const TOPICS = [
  '数据要素',
  '算力基础设施',
  '公共数据授权运营',
  '数字政府',
  '人工智能',
  '数据标注',
  '政务服务',
  '数据安全',
  '智慧城市',
  '低空经济',
];
const PROGRAMMES = ['工程', '行动', '试点', '计划'];
const METRICS = [
  ['算力规模', 'EFlops'],
  ['交易额', '亿元'],
  ['数据商数量', '家'],
  ['覆盖率', '%'],
  ['产业规模', '亿元'],
] as const;

/** `count` articles from `seed`, produced one at a time so a run never holds them all. */
export function* generateArticles(count: number, seed = 1): Generator<ExtractedArticle> {
  const random = mulberry32(seed);
  const regions = chineseDivisions().filter((r) => r.level !== 'country');
  const pickRegion = zipf(regions.length, random);
  const pickDepartment = zipf(DEPARTMENTS.length, random);
  const pickTopic = zipf(TOPICS.length, random);
  const pickPolicy = zipf(Math.max(count, 1), random);
  const pickInitiative = zipf(400, random);
  for (let i = 0; i < count; i++) {
    const article = new ArticleBuilder(i, seed, random);
    const agencies = times(between(random, 3, 9), () => {
      const region = regions[pickRegion()];
      const name = `${region?.name}${DEPARTMENTS[pickDepartment()]}`;
      const agency = article.entity(
        'Agency',
        name,
        { kind: 'government' },
        region?.forms[0] && [`${region.forms[0]}${name.slice(region.name.length)}`],
      );
      if (region)
        article.relate(
          'LOCATED_IN',
          agency,
          article.entity('Region', region.name, { code: region.code, level: region.level }),
        );
      return agency;
    });
    const policies = times(between(random, 1, 5), () => {
      // Earlier articles' policies come back with Zipf frequency; only policies up to `i` exist.
      const n = Math.min(pickPolicy(), i);
      const title = `关于推进${TOPICS[n % TOPICS.length]}高质量发展的${DOC_TYPES[n % DOC_TYPES.length]}（第${n}号）`;
      return article.entity('Policy', title, {
        docType: DOC_TYPES[n % DOC_TYPES.length],
        status: 'final',
        date: '2025-01',
      });
    });
    for (const policy of policies) {
      for (const agency of agencies.slice(0, between(random, 1, Math.min(4, agencies.length)))) {
        article.relate('ISSUED_BY', policy, agency);
      }
      const region = regions[pickRegion()];
      if (region)
        article.relate(
          'APPLIES_TO',
          policy,
          article.entity('Region', region.name, { code: region.code, level: region.level }),
        );
    }
    times(between(random, 0, 4), () => {
      const n = pickInitiative();
      const initiative = article.entity(
        'Initiative',
        `${TOPICS[n % TOPICS.length]}${n}号${PROGRAMMES[n % PROGRAMMES.length]}`,
        {},
      );
      if (policies[0]) article.relate('IMPLEMENTS', policies[0], initiative);
    });
    times(between(random, 2, 7), (m) => {
      const [name, unit] = METRICS[pickTopic() % METRICS.length] ?? METRICS[0];
      const props = { value: between(random, 1, 5000), unit, year: 2024 + (m % 4), kind: 'target' as const };
      const region = regions[pickRegion()]?.name ?? '中国';
      const metric = article.entity('Metric', name, props, undefined, metricKey(name, props, region));
      if (policies[0]) article.relate('SETS_TARGET', policies[0], metric);
      article.relate('MEASURES', metric, article.entity('Region', region, {}));
    });
    yield article.done(pickTopic);
  }
}

/** The same articles as source records (NDJSON lines), for runs that read and extract too. */
export function generateNdjson(count: number, seed = 1): string {
  const lines: string[] = [];
  for (const { title, text, date, source, url } of generateArticles(count, seed)) {
    lines.push(JSON.stringify({ title, body: text, date, source, url }));
  }
  return `${lines.join('\n')}\n`;
}

class ArticleBuilder {
  readonly key: NodeKey;
  private readonly entities = new Map<NodeKey, Entity>();
  private readonly relations = new Map<string, Relation>();
  private text = '';

  constructor(
    private readonly index: number,
    private readonly seed: number,
    private readonly random: () => number,
  ) {
    this.key = articleKey({ title: '', url: `https://bench.zhengtu.test/${seed}/${index}` });
  }

  entity(type: EntityType, name: string, props: object, aliases?: string[] | '', key?: NodeKey): NodeKey {
    const id = key ?? nodeKey(type, name);
    const seen = this.entities.get(id);
    const evidence = this.sentence(`${name}相关工作稳步推进。`, name);
    if (seen) seen.evidence.push(evidence);
    else
      this.entities.set(id, {
        key: id,
        type,
        name,
        aliases: aliases || [],
        props: props as never,
        evidence: [evidence],
        ...(type === 'Region' ? { ancestors: regionAncestry(name) } : {}),
      });
    return id;
  }

  relate(type: RelationType, from: NodeKey, to: NodeKey): void {
    const evidence = this.sentence(`${this.name(from)}与${this.name(to)}密切相关。`, this.name(to));
    const id = `${type}\n${from}\n${to}`;
    const seen = this.relations.get(id);
    if (seen) seen.evidence.push(evidence);
    else this.relations.set(id, { type, from, to, evidence: [evidence] });
  }

  done(pickTopic: () => number): ExtractedArticle {
    const issue = Math.floor(this.index / 16);
    return {
      key: this.key,
      title: `${TOPICS[pickTopic()]}动态（第${this.index}篇）`,
      text: this.text,
      section: this.random() < 0.5 ? '国策要论' : '地方新政',
      source: '基准测试',
      url: `https://bench.zhengtu.test/${this.seed}/${this.index}`,
      date: '2025-01-13',
      issue: { publication: '基准动态', number: (issue % 24) + 1, serial: issue + 1, date: '2025-01-13' },
      file: `bench-${this.seed}.json`,
      entities: [...this.entities.values()],
      relations: [...this.relations.values()],
    };
  }

  private name(key: NodeKey): string {
    return this.entities.get(key)?.name ?? key;
  }

  private sentence(sentence: string, mention: string): Evidence {
    const start = this.text.length + sentence.indexOf(mention);
    this.text += sentence;
    return { article: this.key, sentence, start, end: start + mention.length };
  }
}

/** An index in [0, size) drawn with probability ∝ 1/(rank+1): a few very common, a long tail. */
function zipf(size: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function between(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function times<T>(n: number, make: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => make(i));
}
