// National programmes that policy news names by a fixed slogan, often with no programme word and
// no verb of doing (“一网通办”能力得到显著提升; 城市运行“一网统管”), and regional strategies
// (持续深化成渝地区双城经济圈建设): a reader knows them by name.
// Only slogans that name one programme nationwide stand here: not ways of serving that a text
// reports as results (实现网上受理和“最多跑一次”, 全程网办率), nor words it uses loosely (数字乡村).
import { FormTrie } from './trie.ts';

const PROGRAMMES = [
  '一网通办',
  '一网统管',
  '一网协同',
  '跨省通办',
  '高效办成一件事',
  '接诉即办',
  '互联网+政务服务',
  '互联网+监管',
  // the country's regional strategies, carried out by every plan of the places they span
  '成渝地区双城经济圈',
  '京津冀协同发展',
  '长江经济带',
  '长三角一体化发展',
];

let trie: FormTrie<string> | undefined;

/** The known programmes named in `text`, longest-leftmost. */
export function knownProgrammes(text: string): { start: number; end: number; form: string }[] {
  if (!trie) {
    trie = new FormTrie<string>();
    for (const name of PROGRAMMES) trie.set(name, [name]);
  }
  // 一网通办率 is a figure's name, not the programme
  return trie.scan(text).filter((m) => text[m.end] !== '率');
}
