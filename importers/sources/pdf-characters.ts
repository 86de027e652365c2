// Characters that PDF text layers name wrongly. A font draws 大 and the radical ⼤ with one glyph,
// and the text layer's glyph-to-character map may name the radical: the Kangxi Radicals block
// (U+2F00–U+2FDF) has compatibility decompositions, so NFKC mends it; the CJK Radicals Supplement
// (U+2E80–U+2EFF) mostly has none, so its equivalents come from Unicode's
// EquivalentUnifiedIdeograph.txt (U+2E81–U+2EF3; no installed package carries the table). The
// dash of 2024——2026 shares its glyph with the horizontal bar U+2015, as in old GB2312 tables.

/** The text with radicals as their unified ideographs and horizontal bars as dashes. */
export function mendCharacters(text: string): string {
  return text
    .replace(RADICAL, (radical) => SUPPLEMENT.get(radical) ?? radical.normalize('NFKC'))
    .replace(/\u2015/g, '\u2014');
}

const RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF]/gu;

/** Radical and ideograph, written side by side (some ideographs lie outside the BMP). */
const PAIRS = [
  '⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢',
  '⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕彐 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵',
  '⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 ⺯糹 ⺰纟 ⺱罓',
  '⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎',
  '⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長',
  '⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐',
  '⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜',
  '⻲亀 ⻳龟',
];

const SUPPLEMENT = new Map(
  PAIRS.join(' ')
    .split(' ')
    .map((pair) => [...pair] as [string, string]),
);
