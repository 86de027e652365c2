import { tokenize } from '../../core/segment.ts';

// The words with which policy news names and carries out programmes, shared by the rules that
// read programme names (initiatives.ts, programme-forms.ts).

export const SUFFIX = '工程|行动|战略|试点|计划';
// Verbs with which a text carries out a programme, or aligns its work with one (围绕, 对接).
export const DOING =
  '助力|争创|实施|推进|开展|部署开展|落实|深入实施|纵深推进|参与|启动|打造|建设|创建|用好|推动|推广|深化|坚持|成为|加快建设|加快|提出|打好|打赢|围绕|对接|推出';
export const LAST_VERB = new RegExp(`^.*(?:${DOING})`);
const VERBS = new RegExp(DOING, 'g');

/**
 * `name` from after the last verb of doing that leaves `keep` characters: 推进实施X工程 is X工程, but
 * in 新型建筑电力系统建设试点 and 绿色建筑创建行动 the verb before the programme word names it, and
 * in 工程建设项目审批制度改革 建设 is no verb but part of the word 建设项目.
 */
export function afterLastVerb(name: string, keep: number): string {
  let from = 0;
  const words = new Set(tokenize(name).map((w) => w.start));
  for (const m of name.matchAll(VERBS)) {
    const end = (m.index ?? 0) + m[0].length;
    if (name.length - end >= keep && words.has(m.index ?? 0) && words.has(end)) from = end;
  }
  return name.slice(from);
}
// Words before a name that place or count it, not part of it: 全国, 第二批, 国家级.
export const ORDINAL = /^(全国|全省|全市|第[一二三四五六七八九十\d]+批|首批|一批|国家级)/;
