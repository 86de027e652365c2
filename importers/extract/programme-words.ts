// The words with which policy news names and carries out programmes, shared by the rules that
// read programme names (initiatives.ts, programme-forms.ts).

export const SUFFIX = '工程|行动|战略|试点|计划';
// Verbs with which a text carries out a programme.
export const DOING =
  '助力|争创|实施|推进|开展|部署开展|落实|深入实施|纵深推进|参与|启动|打造|建设|创建|用好|推动|深化|坚持|成为|加快建设|提出';
export const LAST_VERB = new RegExp(`^.*(?:${DOING})`);
// Words before a name that place or count it, not part of it: 全国, 第二批, 国家级.
export const ORDINAL = /^(全国|全省|全市|第[一二三四五六七八九十\d]+批|首批|一批|国家级)/;
