// Characters that PDF text layers name wrongly. A font draws 大 and the radical ⼤ with one glyph,
// and the text layer's glyph-to-character map may name the radical: the Kangxi Radicals block
// (U+2F00–U+2FDF) has compatibility decompositions, so NFKC mends it; the CJK Radicals Supplement
// (U+2E80–U+2EFF) mostly has none, so its equivalents come from Unicode's
// EquivalentUnifiedIdeograph.txt (U+2E81–U+2EF3; no installed package carries the table). The
// dash of 2024——2026 shares its glyph with the horizontal bar U+2015, as in old GB2312 tables.
//
// Z-variants are one character drawn two ways (Unicode's Unihan kZVariant: 户 and 戶, 吴 and 吳):
// a font may draw both with one glyph, and its map may name either. Simplified Chinese writes
// the one that GB 2312, its national character set, encodes; so in a text that is simplified
// Chinese the others become that one, and a text in traditional characters is left as it is.

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

/** The text with each z-variant written as simplified Chinese writes it, when the text is so written. */
export function simplifiedVariants(text: string): string {
  const han = text.match(/\p{Script=Han}/gu) ?? [];
  const simplified = han.filter((char) => GB2312.has(char)).length >= SIMPLIFIED_SHARE * han.length;
  return simplified ? text.replace(/\p{Script=Han}/gu, (char) => SIMPLIFIED_FORM.get(char) ?? char) : text;
}

/** Share of a text's ideographs in GB 2312 from which it is simplified Chinese (≥ 99.7% in the real set; traditional text has far fewer). */
const SIMPLIFIED_SHARE = 0.95;

/** The 6,763 ideographs of GB 2312 (rows 16–87), decoded from their GBK bytes. */
const GB2312 = new Set(
  new TextDecoder('gbk').decode(
    new Uint8Array(
      Array.from({ length: 72 * 94 }, (_, i) => [0xb0 + Math.floor(i / 94), 0xa1 + (i % 94)])
        .filter(([row, cell]) => row !== 0xd7 || (cell as number) <= 0xf9)
        .flat(),
    ),
  ),
);

/**
 * The groups of the Unihan database's kZVariant (kZVariant.txt, 71 groups) that have a member in
 * GB 2312, each of which has exactly one; the other groups (說説, 鎭鎮…) have none to prefer.
 */
const Z_VARIANTS =
  '値值 叱𠮟 吳吴呉 塡填 娛娯娱 媲𡠌 志𢖽 恆恒 悅悦 戶户戸 挿插揷 揺搖摇 晚晩 研硏 稅税 稽𥡴 胼腁 脫脱 苿茉 蛻蜕 跥跺 逸𨓜 郎郞 隆𨺓 黑黒';

const SIMPLIFIED_FORM = new Map(
  Z_VARIANTS.split(' ').flatMap((group) => {
    const chars = [...group];
    const simplified = chars.find((char) => GB2312.has(char)) as string;
    return chars.filter((char) => char !== simplified).map((char) => [char, simplified] as const);
  }),
);
